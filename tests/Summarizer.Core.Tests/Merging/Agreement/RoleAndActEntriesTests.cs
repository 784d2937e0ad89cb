using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>One conflict over who did an act, read both as a role and as an act: listed once, with every source that names each person.</summary>
public sealed class RoleAndActEntriesTests
{
    private const string Ferry = "The Skerry ferry was suspended on Monday.";

    [Fact]
    public void An_act_entry_citing_more_sources_for_the_same_people_takes_the_role_entrys_place()
    {
        // The first two outlets give a role ("found the crack", "was discovered by"); the third credits the discovery
        // only as an act ("was the first to discover the problem"), which the role reader does not read.
        var found = Disagreements(
            $"{Ferry} Deckhand Dev Marsh found the crack in the hull when she arrived at the pier on Monday morning.",
            $"{Ferry} The crack was discovered on Sunday by a harbour inspector, Ola Brennick, who noticed water in the bilge.",
            $"{Ferry} Dev Marsh was the first to discover the problem, when she called in to check the moorings.");

        var conflict = Assert.Single(found, d => d.Claims.Any(c => c.Text.Contains("Marsh", StringComparison.Ordinal)));
        Assert.Equal([1, 3], conflict.Claims.Single(c => c.Text.Contains("Marsh", StringComparison.Ordinal)).Sources.Order());
        Assert.Equal([2], conflict.Claims.Single(c => c.Text.Contains("Brennick", StringComparison.Ordinal)).Sources.Order());
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
