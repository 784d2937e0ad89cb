using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Pipeline;

/// <summary>Finds articles whose cleaned text is the same as an earlier one's, ignoring case, accents and punctuation.</summary>
internal static class SameText
{
    /// <summary>For each article, the index of the first article with the same text (itself when it is the first).</summary>
    public static int[] FirstOfEach(IReadOnlyList<CleanedArticle> articles)
    {
        var first = new int[articles.Count];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            var key = Folding.Flatten(articles[i].Text);
            first[i] = seen.TryAdd(key, i) ? i : seen[key];
        }

        return first;
    }
}
