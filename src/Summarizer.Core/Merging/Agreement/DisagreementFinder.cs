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

        // An office-holder conflict the role facts already show is listed once.
        var shown = result.SelectMany(r => r.Item.Claims).SelectMany(c => c.Spans ?? []).ToList();
        result.AddRange(ParticipantFinder.Find(sources, minVariantLength: 6)
            .Where(p => !p.Item.Claims.SelectMany(c => c.Spans ?? []).Any(s => shown.Any(o => o.SourceId == s.SourceId && o.Start < s.End && s.Start < o.End))));

        // Who did an act the sources tell in different words: listed unless a role or office entry already names the two people.
        var named = result.Select(r => string.Join(' ', r.Item.Claims.Select(c => c.Text))).ToList();
        result.AddRange(EventAgentFinder.Find(sources, minVariantLength: 6, acts)
            .Where(p => !p.Item.Claims.SelectMany(c => c.Spans ?? []).Any(s => shown.Any(o => o.SourceId == s.SourceId && o.Start < s.End && s.Start < o.End)))
            .Where(p => !named.Any(n => p.Item.Claims.All(c => n.Contains(c.Text.Split(' ')[^1], StringComparison.OrdinalIgnoreCase)))));
        result.AddRange(CauseFinder.Find(sources));
        return result.OrderBy(r => r.Source).ThenBy(r => r.Start).Select(r => r.Item).ToList();
    }
}
