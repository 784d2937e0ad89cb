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

        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words > maxWords)
                {
                    return text[..i].TrimEnd().TrimEnd(',', ';', ':') + "…";
                }
            }
        }

        return text;
    }
}
