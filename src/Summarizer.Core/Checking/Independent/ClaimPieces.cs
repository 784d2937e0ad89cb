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
    /// <summary>Each piece of <paramref name="text"/> as the texts that state it: one text, or one per end of its range.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Of(string text, ReportedSpeech? speech, IReadOnlySet<string> knownNames)
    {
        var clauses = ClauseSplitter.Split(text, speech, knownNames);
        return [.. (speech is null ? clauses.SelectMany(SplitAtVerb) : clauses).Select(Ends)];
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
            var unit = SharedUnit(clause, low, high);
            if (!joint.Success || (!Comparable(low, high) && unit is null))
            {
                continue;
            }

            var before = clause[..low.Start];
            var opener = RangeOpener().Match(before);
            // "Estimates range from €95 million to €120 million": the verb that says it is a range goes with the range.
            var head = RangeVerb().Replace(opener.Success ? before[..opener.Index] : before, " ");
            var tail = clause[high.End..];
            var highText = gap[(joint.Groups["joint"].Index + joint.Groups["joint"].Length)..].TrimStart() + clause[high.Start..high.End];
            return [head + clause[low.Start..low.End] + (unit ?? string.Empty) + tail, head + highText + tail];
        }

        return [clause];
    }

    // "between 15 and 20 years", "12 to 15%": the low end is a bare number that takes the unit written after the high one.
    private static string? SharedUnit(string clause, Figure low, Figure high)
    {
        if (low.Kind != FigureKind.Count || high.Kind is not (FigureKind.Duration or FigureKind.Percent))
        {
            return null;
        }

        var number = WordScanner.Scan(clause[high.Start..high.End]).FirstOrDefault();
        return number is { Kind: WordKind.Digits } ? clause[(high.Start + number.End)..high.End] : null;
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
