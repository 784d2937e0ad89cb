using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Chunking;
using Summarizer.Documents;

namespace Summarizer.Merging;

/// <summary>
/// A merge reply in plain prose (a model that ignores JSON mode) that cites its sources as [n]: it becomes the
/// merged summary as written, markers in the form the renderers and the grounding check read ([1][3]), with a
/// headline from its first sentence and no key points. Prose that cites nothing, or cites an id that is not
/// a source, carries no usable attribution and is not used here.
/// </summary>
internal static partial class MergeProse
{
    // The merge prompt asks for a headline of at most this many words.
    private const int HeadlineWords = 14;

    public static MergedSummary? FromCitedProse(string prose, IReadOnlySet<int> knownIds)
    {
        ArgumentNullException.ThrowIfNull(prose);
        ArgumentNullException.ThrowIfNull(knownIds);
        var markers = Marker().Matches(prose);
        var cited = markers.SelectMany(m => Ids(m.Groups[1].Value)).ToList();
        if (cited.Count == 0 || !cited.TrueForAll(knownIds.Contains))
        {
            return null;
        }

        var summary = Marker().Replace(prose, m => string.Concat(Ids(m.Groups[1].Value).Select(id => $"[{id}]")));
        return new MergedSummary(Headline(summary), summary, [], [], []);
    }

    private static IEnumerable<int> Ids(string list) =>
        list.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.Parse(v, NumberStyles.None, CultureInfo.InvariantCulture));

    // The first sentence without its markers; cut to the headline length when longer.
    private static string Headline(string summary)
    {
        var sentences = SentenceSplitter.Instance.Split(summary);
        var first = sentences.Count > 0 ? sentences[0].Text : summary;
        var plain = Spaces().Replace(Marker().Replace(first, " "), " ").Trim().TrimEnd('.', '!', '?', ',', ';', ':', ' ');
        var cut = WordCount.FirstWords(plain, HeadlineWords).TrimEnd().TrimEnd(',', ';', ':');
        return cut.Length < plain.Length ? cut + "…" : plain;
    }

    [GeneratedRegex(@"\[(\d{1,6}(?:\s*[,;]\s*\d{1,6})*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
