using System.Text.RegularExpressions;

namespace Summarizer.Checking.Independent;

/// <summary>
/// A sentence that merges what several sources say, cut into the pieces each source may say on its own: its clauses
/// (as <see cref="ClaimReading.Clauses"/> cuts them, and at "and" before a verb: "raises tax by 4.9% and cuts ..."),
/// and for a range built from two figures ("between 4,812 and about 6,000 votes", "€38m-€40m", "from €95 million to
/// €120 million") the clause with each end alone. Every piece must still be said, and each end of a range by some source.
/// </summary>
internal static partial class ClaimPieces
{
    private static readonly string[] Joints =
        [";", ", and ", ", with ", ", while ", ", but ", ", after ", ", as ", ", which ", " and then ", " when ", ", where ", " where ", " after ", " before ", " because ", " following "];

    /// <summary>Each piece of <paramref name="text"/> as the texts that state it: one text, or one per end of its range.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string text, bool speech)
    {
        var clauses = speech
            ? text.Split([";", ", with "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : text.Split(Joints, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).SelectMany(SplitAtVerb).ToArray();
        return [.. clauses.Select(Ends)];
    }

    // "It raises tax by 4.9% and cuts €5m from libraries": "and" before a verb (an auxiliary, or a word in -s or -ed
    // written in lower case) joins two clauses; "Northgate and Cressy Park", "34 and 38" are not cut.
    private static IEnumerable<string> SplitAtVerb(string clause)
    {
        var start = 0;
        foreach (Match m in AndVerb().Matches(clause))
        {
            var left = clause[start..m.Index].Trim();
            if (left.Split(' ').Length >= 3 && clause[(m.Index + 5)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            {
                yield return left;
                start = m.Index + 5;
            }
        }

        yield return clause[start..].Trim();
    }

    // The clause with the range replaced by each of its ends, or the clause alone.
    private static IReadOnlyList<string> Ends(string clause)
    {
        var words = WordScanner.Scan(clause);
        var figures = FigureReader.Read(clause, words);
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            var (low, high) = (figures[i], figures[i + 1]);
            var gap = clause[low.End..high.Start];
            var joint = RangeGap().Match(gap);
            if (!joint.Success || !Comparable(low, high))
            {
                continue;
            }

            var before = clause[..low.Start];
            var opener = RangeOpener().Match(before);
            // "Estimates range from €95 million to €120 million": the verb that says it is a range goes with the range.
            var head = RangeVerb().Replace(opener.Success ? before[..opener.Index] : before, " ");
            var tail = clause[high.End..];
            var highText = gap[(joint.Groups["joint"].Index + joint.Groups["joint"].Length)..].TrimStart() + clause[high.Start..high.End];
            return [head + clause[low.Start..low.End] + tail, head + highText + tail];
        }

        return [clause];
    }

    private static bool Comparable(Figure a, Figure b) =>
        a.Kind == b.Kind || (a.Kind == FigureKind.Count && b.Kind == FigureKind.Money) || (a.Kind == FigureKind.Money && b.Kind == FigureKind.Count);

    [GeneratedRegex(@"\sand\s+(?=(will|would|could|can|may|might|has|have|had|is|are|was|were|[a-z]+ed|[a-z]+s)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex AndVerb();

    [GeneratedRegex(@"^\s*(?<joint>and|to|-|–|—)\s*(about|around|roughly|nearly|some|almost)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeGap();

    [GeneratedRegex(@"\s(range|ranges|ranged|ranging|vary|varies|varied)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangeVerb();

    [GeneratedRegex(@"\b(between|from)\s+$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RangeOpener();
}
