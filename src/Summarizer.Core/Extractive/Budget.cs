using Summarizer.Documents;

namespace Summarizer.Extractive;

/// <summary>Word-budget helpers using the project's one definition of a word.</summary>
internal static class Budget
{
    /// <summary>The first <paramref name="maxWords"/> words, with "…" when something was cut.</summary>
    public static string Truncate(string text, int maxWords)
    {
        if (WordCount.Of(text) <= maxWords)
        {
            return text;
        }

        return WordCount.FirstWords(text, maxWords).TrimEnd().TrimEnd(',', ';', ':') + "…";
    }
}
