using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What sources state differently about the same thing: the Disagree and Update groups of the aligned typed facts
/// (<see cref="FactAligner"/>), and named office-holders the sources disagree on (<see cref="ParticipantFinder"/>), people credited with one act
/// told in different words (<see cref="EventAgentFinder"/>), and the causes they give
/// (<see cref="CauseFinder"/>).
/// Format and spelling variants ("75%"/"75 percent", "three"/"3", Zelensky/Zelenskyy) are the same value.
/// </summary>
internal static class DisagreementFinder
{
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<SourceIndex> sources, IReadOnlyList<AlignedGroup> groups, CancellationToken cancellationToken, ClauseActs? acts = null, CauseFinder.StoryCauses? causes = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = FactDisagreements.From(groups, sources.ToDictionary(s => s.Article.Id, s => s.Article.Text));

        // An office-holder conflict the role facts already show is listed once: as the entry that cites more of the
        // sources naming the same people (an office read from "Harbour master Ruth Okafor said" holds a source whose
        // sentence tells no act).
        var shown = SpansOf(result);
        foreach (var office in ParticipantFinder.Find(sources, minVariantLength: 6))
        {
            var spans = SpansOf([office]);
            var overlapping = result.FindIndex(r => CitesAny(r.Item, spans));
            if (overlapping < 0)
            {
                result.Add(office);
            }
            else if (CitesMoreOfTheSamePeople(office.Item, result[overlapping].Item))
            {
                result[overlapping] = result[overlapping] with { Item = office.Item };
            }
        }

        // Who did an act the sources tell in different words: listed unless a role or office entry already names the two people.
        var named = TextsOf(result);
        // As with offices, the act entry takes the place of a role entry about the same people when it cites every source
        // that one cites for them and more: "Technician Bethan Pawlak found the failure" read as a role, and "was the
        // first to discover the problem" in a third outlet only as an act.
        var agents = EventAgentFinder.FindBoth(sources, minVariantLength: 6, acts);
        foreach (var told in agents.Told)
        {
            var same = result.FindIndex(r => CitesMoreOfTheSamePeople(told.Item, r.Item));
            if (same >= 0)
            {
                result[same] = result[same] with { Item = told.Item };
            }
            else if (!CitesAny(told.Item, shown) && !NamedIn(told.Item, named))
            {
                result.Add(told);
            }
        }

        // The one holder of a role the sources name differently: listed unless an entry already names the two people.
        named = TextsOf(result);
        result.AddRange(UniqueRoleFinder.Find(sources, minVariantLength: 6)
            .Where(p => !NamedIn(p.Item, named)));
        // A terse act held by a longer one is weaker evidence than either: listed last, unless an entry names the two people
        // or cites the same words.
        shown = SpansOf(result);
        named = TextsOf(result);
        result.AddRange(agents.Held
            .Where(p => !CitesAny(p.Item, shown))
            .Where(p => !NamedIn(p.Item, named)));
        result.AddRange(CauseFinder.Find(sources, causes ?? CauseFinder.Read(sources)));
        return result.OrderBy(r => r.Source).ThenBy(r => r.Start).Select(r => r.Item).ToList();
    }

    private static List<SourceSpan> SpansOf(IEnumerable<(int Source, int Start, Disagreement Item)> entries) =>
        [.. entries.SelectMany(r => r.Item.Claims).SelectMany(c => c.Spans ?? [])];

    private static List<string> TextsOf(IEnumerable<(int Source, int Start, Disagreement Item)> entries) =>
        [.. entries.Select(r => string.Join(' ', r.Item.Claims.Select(c => c.Text)))];

    // The entry cites words one of <paramref name="spans"/> already covers.
    private static bool CitesAny(Disagreement item, List<SourceSpan> spans) =>
        item.Claims.SelectMany(c => c.Spans ?? []).Any(s => spans.Any(o => o.SourceId == s.SourceId && o.Start < s.End && s.Start < o.End));

    // Every person of the entry (by the last word of each version) is named by one entry already listed.
    private static bool NamedIn(Disagreement item, List<string> named) =>
        named.Any(n => item.Claims.All(c => n.Contains(c.Text.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)));

    // Each version of <paramref name="shown"/> is one of <paramref name="wider"/>'s people (by surname), and
    // <paramref name="wider"/> cites every source it cites for them and more.
    private static bool CitesMoreOfTheSamePeople(Disagreement wider, Disagreement shown) =>
        wider.Claims.Count == shown.Claims.Count
        && shown.Claims.All(c => wider.Claims.Any(w => Surname(w.Text) == Surname(c.Text) && c.Sources.All(w.Sources.Contains)))
        && wider.Claims.Sum(c => c.Sources.Count) > shown.Claims.Sum(c => c.Sources.Count);

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
}
