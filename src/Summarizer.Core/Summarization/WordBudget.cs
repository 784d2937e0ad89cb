using System.Text;
using Summarizer.Chunking;
using Summarizer.Documents;

namespace Summarizer.Summarization;

/// <summary>Keeps generated prose within a word budget without cutting a sentence in half when it can.</summary>
internal static class WordBudget
{
    /// <summary>
    /// Whole sentences while they fit; if even the first sentence is too long, its first
    /// <paramref name="maxWords"/> words followed by an ellipsis.
    /// </summary>
    public static string Trim(string text, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (WordCount.Of(text) <= maxWords)
        {
            return text.Trim();
        }

        var kept = new StringBuilder();
        var words = 0;
        foreach (var sentence in SentenceSplitter.Instance.Split(text))
        {
            var count = WordCount.Of(sentence.Text);
            if (words + count > maxWords)
            {
                break;
            }

            kept.Append(kept.Length > 0 ? " " : string.Empty).Append(sentence.Text);
            words += count;
        }

        if (kept.Length > 0)
        {
            return kept.ToString();
        }

        var firstWords = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(maxWords);
        return string.Join(' ', firstWords).TrimEnd(',', ';', ':') + "…";
    }
}
