using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking;

/// <summary>
/// A model's merge (<see cref="MergedSummary.ClaimedCitations"/>): its citations are verified as written, each claim then
/// cites every source that verifiably says it, and what more than one original source says is a key point.
/// </summary>
public class ClaimedCitationsTests
{
    private static readonly CleanedArticle[] Sources =
    [
        Article(1, "The bridge repairs will cost $240 million, the council said on Tuesday. Replacement buses run between the two banks."),
        Article(2, "The council said on Tuesday that the bridge repairs would cost $240m. Replacement buses are running between the two banks of the river."),
        Article(3, "Engineers found cracks in two of the bridge's supports last month. The bridge will stay closed until the repairs are finished."),
    ];

    private static Brief BriefWith(MergedSummary merged, params SourceSummary[] summaries) =>
        new(DateTimeOffset.UnixEpoch, "test", null, [.. Sources.Select(a => new BriefSource(a, summaries.FirstOrDefault(s => s.SourceId == a.Id), null))], merged, CheckReport.Empty, UsageReport.None, []);

    private static Task<Brief> CheckAsync(Brief brief) => new GroundingEnricher(GroundingChecker.Create()).EnrichAsync(brief, CancellationToken.None);

    [Fact]
    public async Task A_model_claim_cites_every_source_that_says_it_and_moves_between_key_points_and_single_source()
    {
        var merged = new MergedSummary(
            "Bridge repairs",
            "The bridge repairs will cost $240 million [1]. Engineers found cracks in two of the supports.",
            [new Claim("The bridge will stay closed until the repairs are finished.", [3, 1])],
            [],
            [new Claim("Replacement buses are running between the two banks.", [1])])
        { ClaimedCitations = true };

        var result = (await CheckAsync(BriefWith(merged))).Merged!;

        Assert.Equal(["The bridge repairs will cost $240 million. [1,2]", "Engineers found cracks in two of the supports. [3]"], result.SummaryClaims.Select(Shown));
        Assert.Equal(["Replacement buses are running between the two banks. [1,2]"], result.KeyPoints.Select(Shown));
        Assert.Equal(["The bridge will stay closed until the repairs are finished. [3]"], result.SingleSource.Select(Shown));
    }

    [Fact]
    public async Task An_outlet_that_tells_a_single_source_item_in_its_own_words_is_judged_beside_the_cited_one()
    {
        // [2] alone does not say it strictly ("stopped by the wall", no "emergency"); beside [1], which does, it tells the
        // same event in its own words, as when the model cites both: the item is not [1]'s alone.
        CleanedArticle[] ferry =
        [
            Article(1, "The ferry made an emergency stop near the harbour wall after its engine failed."),
            Article(2, "Its engine failed and the ferry stopped by the wall."),
            Article(3, "The harbour master said the port would reopen on Friday."),
        ];
        var merged = new MergedSummary("Ferry", "", [], [], [new Claim("The ferry made an emergency stop near the harbour wall.", [1])]) { ClaimedCitations = true };
        var brief = new Brief(DateTimeOffset.UnixEpoch, "test", null, [.. ferry.Select(a => new BriefSource(a, null, null))], merged, CheckReport.Empty, UsageReport.None, []);

        var result = (await CheckAsync(brief)).Merged!;

        Assert.Equal(["The ferry made an emergency stop near the harbour wall. [1,2]"], result.KeyPoints.Select(Shown));
        Assert.Empty(result.SingleSource);
    }

    [Fact]
    public async Task A_model_claim_gets_the_passages_where_its_sources_say_it()
    {
        var merged = new MergedSummary(
            "Bridge repairs",
            "The bridge repairs will cost $240 million [1].",
            [new Claim("Replacement buses run between the two banks.", [1])],
            [],
            [new Claim("The bridge will stay closed until the repairs are finished.", [3])])
        { ClaimedCitations = true };

        var result = (await CheckAsync(BriefWith(merged))).Merged!;

        var single = Assert.Single(result.SingleSource);
        var span = Assert.Single(single.Spans ?? []);
        Assert.Equal((3, "The bridge will stay closed until the repairs are finished."), (span.SourceId, Sources[2].Text[span.Start..span.End]));
        var point = Assert.Single(result.KeyPoints);
        Assert.Equal(
            ["1: Replacement buses run between the two banks.", "2: Replacement buses are running between the two banks of the river."],
            (point.Spans ?? []).Select(s => $"{s.SourceId}: {Sources[s.SourceId - 1].Text[s.Start..s.End]}"));
    }

    [Fact]
    public async Task Computed_citations_are_checked_but_not_completed()
    {
        var merged = new MergedSummary("Bridge repairs", "", [new Claim("The bridge repairs will cost $240 million.", [1])], [], [])
        {
            SummaryClaims = [new Claim("The bridge repairs will cost $240 million.", [1])],
        };

        var result = (await CheckAsync(BriefWith(merged))).Merged!;

        Assert.Equal(["The bridge repairs will cost $240 million. [1]"], result.KeyPoints.Select(Shown));
    }

    [Fact]
    public async Task A_source_summary_sentence_its_article_does_not_say_is_reported_even_without_a_figure()
    {
        var summary = new SourceSummary(3, "Engineers found cracks in two of the supports. The mayor blamed the contractor for the delays.", ["The bridge stays closed until repairs end."]);
        var merged = new MergedSummary("Bridge repairs", "The bridge repairs will cost $240 million [1].", [], [], []) { ClaimedCitations = true };

        var checks = (await CheckAsync(BriefWith(merged, summary))).Checks.Ungrounded;

        var finding = Assert.Single(checks, u => u.Sources.SequenceEqual([3]));
        Assert.Equal(("The mayor blamed the contractor for the delays.", "[3]"), (finding.Text, finding.Token));
    }

    [Fact]
    public async Task The_story_analysis_leaves_a_model_claims_citations_to_the_check()
    {
        var merged = new MergedSummary("Bridge repairs", "Repairs.", [new Claim("The bridge repairs will cost $240 million.", [1, 3])], [], []) { ClaimedCitations = true };
        var enricher = new StoryAnalysisEnricher(new StoryAnalysisOptions());

        var result = (await enricher.EnrichAsync(BriefWith(merged), CancellationToken.None)).Merged!;

        Assert.Equal([1, 3], result.KeyPoints[0].Sources); // as the model wrote it: the check, not the analysis, judges [3]
        var checkedResult = (await CheckAsync(BriefWith(result))).Merged!;
        Assert.Equal([1, 2], checkedResult.KeyPoints[0].Sources);
    }

    private static string Shown(Claim c) => $"{c.Text} [{string.Join(',', c.Sources)}]";
}
