namespace Summarizer.Checking.Independent;

/// <summary>
/// The two sides of a vote or result written as one figure: "voted 6-3", "a 5-2 split", "by seven votes to two", "by 31 to
/// 19". News gives such a result as a pair, and each number means something only beside the other: the 7 and the 2 of
/// "voted 7-2" are not stated by "seven lifeguards" and "two summers" elsewhere in a report that gives the vote as 6-3.
/// </summary>
internal static class Tally
{
    /// <summary>The tallies written in <paramref name="text"/>, each as its two counts, the larger first as news writes it.</summary>
    public static List<(Figure First, Figure Second)> Of(string text, IReadOnlyList<Figure> figures)
    {
        var tallies = new List<(Figure, Figure)>();
        var counts = figures.Where(f => f.Kind == FigureKind.Count && f.Bound == FigureBound.Exact && !f.IsAppositive && !f.IsInformants)
            .OrderBy(f => f.Start).ToList();
        for (var i = 0; i + 1 < counts.Count; i++)
        {
            var (first, second) = (counts[i], counts[i + 1]);
            if (second.Start < first.End || second.Start > text.Length || first.Value < second.Value)
            {
                continue; // "20-30 people" is a range, low to high; a result names the winning side first
            }

            var gap = text[first.End..second.Start];
            var dash = gap is "-" or "–" or "—";
            // "by seven votes to two", "by 31 to 19": not "rose from 31 to 19", a change
            var votes = gap.Trim() is "votes to" or "vote to" || (gap.Trim() == "to" && ByBefore(text, first.Start));
            if ((dash && !UnitAfter(text, second.End)) || votes)
            {
                tallies.Add((first, second));
            }
        }

        return tallies;
    }

    /// <summary>Whether <paramref name="tally"/> is one of <paramref name="stated"/>: the same two counts.</summary>
    public static bool IsAmong((Figure First, Figure Second) tally, IEnumerable<(Figure First, Figure Second)> stated) =>
        stated.Any(s => Figure.SameValue(s.First.Value, tally.First.Value) && Figure.SameValue(s.Second.Value, tally.Second.Value));

    private static bool ByBefore(string text, int start)
    {
        var before = text[..start].TrimEnd();
        return before.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || before.Equals("by", StringComparison.OrdinalIgnoreCase);
    }

    // A letter glued to the second count ("6-3pm", "4-2nd") makes it a time or a rank, not a side of a result.
    private static bool UnitAfter(string text, int end) => end < text.Length && char.IsLetter(text[end]);
}
