using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>A sentence that states a value a later source updated is marked, not shown as current.</summary>
public sealed class SupersededClaimsTests
{
    private static readonly string[] Texts =
    [
        "Four people were killed when the Corran footbridge collapsed into the canal. Divers searched the canal through the night.",
        "Four people were killed when the Corran footbridge collapsed into the canal, police said. The footbridge opened in 1974.",
        "The death toll from the Corran footbridge collapse has risen to six, police said. The footbridge opened in 1974.",
    ];

    private static readonly DateTimeOffset Start = new(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static Task<Brief> EnrichAsync(MergedSummary merged) =>
        new StoryAnalysisEnricher(new StoryAnalysisOptions()).EnrichAsync(
            new Brief(
                DateTimeOffset.UnixEpoch,
                "test",
                null,
                [.. Texts.Select((t, i) => new BriefSource(
                    new CleanedArticle(i + 1, $"{i + 1}.txt", null, new ArticleMetadata { PublishedAt = Start.AddDays(i) }, t, 10, CleaningReport.Empty), null, null))],
                merged,
                CheckReport.Empty,
                UsageReport.None,
                []),
            CancellationToken.None);

    [Fact]
    public async Task A_summary_sentence_with_the_earlier_toll_is_marked_as_earlier()
    {
        const string Stale = "Four people were killed when the Corran footbridge collapsed into the canal.";
        const string Current = "Divers searched the canal through the night.";
        var brief = await EnrichAsync(new MergedSummary("h", $"{Stale} {Current}", [], [], [])
        {
            SummaryClaims = [new Claim(Stale, [1]), new Claim(Current, [1])],
        });

        var merged = brief.Merged!;
        Assert.Contains(merged.Disagreements, d => d.Kind == DisagreementKind.Update);
        Assert.Equal($"Four people were killed when the Corran footbridge collapsed into the canal {SupersededClaims.Marker}.", merged.SummaryClaims[0].Text);
        Assert.Equal(Current, merged.SummaryClaims[1].Text);
        Assert.Equal($"{merged.SummaryClaims[0].Text} {Current}", merged.Summary);
    }

    [Fact]
    public async Task A_key_point_from_the_same_sentence_without_the_figure_is_not_marked()
    {
        const string Clause = "The Corran footbridge collapsed into the canal.";
        var brief = await EnrichAsync(new MergedSummary("h", "s", [new Claim(Clause, [1, 2])], [], []));

        Assert.Contains(brief.Merged!.KeyPoints.Concat(brief.Merged.SingleSource), c => c.Text == Clause);
    }

    [Fact]
    public async Task The_later_figure_is_not_marked()
    {
        const string Later = "The death toll from the Corran footbridge collapse has risen to six, police said.";
        var brief = await EnrichAsync(new MergedSummary("h", "s", [new Claim(Later, [3])], [], []));

        Assert.DoesNotContain(brief.Merged!.KeyPoints.Concat(brief.Merged.SingleSource), c => c.Text.Contains(SupersededClaims.Marker, StringComparison.Ordinal));
    }
}
