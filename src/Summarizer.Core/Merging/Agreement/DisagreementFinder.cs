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
    public static IReadOnlyList<Disagreement> Find(IReadOnlyList<SourceIndex> sources, IReadOnlyList<AlignedGroup> groups, CancellationToken cancellationToken, ClauseActs? acts = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var result = FactDisagreements.From(groups, sources.ToDictionary(s => s.Article.Id, s => s.Article.Text));

        // An office-holder conflict the role facts already show is listed once: as the entry that cites more of the
        // sources naming the same people (an office read from "Harbour master Ruth Okafor said" holds a source whose
        // sentence tells no act).
        var shown = result.SelectMany(r => r.Item.Claims).SelectMany(c => c.Spans ?? []).ToList();
        foreach (var office in ParticipantFinder.Find(sources, minVariantLength: 6))
        {
            var spans = office.Item.Claims.SelectMany(c => c.Spans ?? []).ToList();
            var overlapping = result.FindIndex(r => r.Item.Claims.SelectMany(c => c.Spans ?? []).Any(o => spans.Any(s => o.SourceId == s.SourceId && o.Start < s.End && s.Start < o.End)));
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
        var named = result.Select(r => string.Join(' ', r.Item.Claims.Select(c => c.Text))).ToList();
        var agents = EventAgentFinder.FindBoth(sources, minVariantLength: 6, acts);
        result.AddRange(agents.Told
            .Where(p => !p.Item.Claims.SelectMany(c => c.Spans ?? []).Any(s => shown.Any(o => o.SourceId == s.SourceId && o.Start < s.End && s.Start < o.End)))
            .Where(p => !named.Any(n => p.Item.Claims.All(c => n.Contains(c.Text.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)))));
        // The one holder of a role the sources name differently: listed unless an entry already names the two people.
        named = result.Select(r => string.Join(' ', r.Item.Claims.Select(c => c.Text))).ToList();
        result.AddRange(UniqueRoleFinder.Find(sources, minVariantLength: 6)
            .Where(p => !named.Any(n => p.Item.Claims.All(c => n.Contains(c.Text.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)))));
        // A terse act held by a longer one is weaker evidence than either: listed last, unless an entry names the two people
        // or cites the same words.
        shown = result.SelectMany(r => r.Item.Claims).SelectMany(c => c.Spans ?? []).ToList();
        named = result.Select(r => string.Join(' ', r.Item.Claims.Select(c => c.Text))).ToList();
        result.AddRange(agents.Held
            .Where(p => !p.Item.Claims.SelectMany(c => c.Spans ?? []).Any(s => shown.Any(o => o.SourceId == s.SourceId && o.Start < s.End && s.Start < o.End)))
            .Where(p => !named.Any(n => p.Item.Claims.All(c => n.Contains(c.Text.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)))));
        result.AddRange(CauseFinder.Find(sources));
        return result.OrderBy(r => r.Source).ThenBy(r => r.Start).Select(r => r.Item).ToList();
    }

    // Each version of <paramref name="shown"/> is one of <paramref name="wider"/>'s people (by surname), and
    // <paramref name="wider"/> cites every source it cites for them and more.
    private static bool CitesMoreOfTheSamePeople(Disagreement wider, Disagreement shown) =>
        wider.Claims.Count == shown.Claims.Count
        && shown.Claims.All(c => wider.Claims.Any(w => Surname(w.Text) == Surname(c.Text) && c.Sources.All(w.Sources.Contains)))
        && wider.Claims.Sum(c => c.Sources.Count) > shown.Claims.Sum(c => c.Sources.Count);

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].ToLowerInvariant();
}
