using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Pipeline;
using Summarizer.Rendering;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking;

/// <summary>What the checker rejects is dropped from the brief and reported, never kept as supported.</summary>
public class GroundingEnricherTests
{
    private static readonly CleanedArticle[] Sources =
    [
        Article(1, "The bridge repairs will cost $240 million, the council said on Tuesday. Mayor Jane Holm called the closure \"heartbreaking\" for local shops."),
        Article(2, "The council said on Tuesday that the bridge repairs would cost $310m. Mayor Jane Holm said the closure was hard for local shops."),
        Article(3, "Engineers found cracks in two of the bridge's supports last month. The bridge will stay closed until the repairs are finished."),
    ];

    private static Brief BriefWith(MergedSummary merged) =>
        new(DateTimeOffset.UnixEpoch, "test", null, [.. Sources.Select(a => new BriefSource(a, null, null))], merged, CheckReport.Empty, UsageReport.None, []);

    [Fact]
    public async Task A_bad_citation_is_dropped_and_reported_and_a_claim_left_without_sources_is_removed()
    {
        var merged = new MergedSummary(
            "Bridge repairs",
            "The bridge repairs will cost $240 million [1][2]. Regulators have already agreed to fast-track the repairs [3].",
            [
                new Claim("Mayor Jane Holm called the closure \"heartbreaking\" for local shops.", [1, 2]),
                new Claim("The bridge repairs will cost $240m.", [2]),
            ],
            [
                new Disagreement("cost of the repairs", [new Claim("$240 million", [1, 2]), new Claim("$310 million", [2])]),
                new Disagreement("cracks found", [new Claim("two supports", [3]), new Claim("five supports", [3])]),
            ],
            [new Claim("Engineers found cracks in two of the bridge's supports.", [3]), new Claim("The union said it would call a strike.", [3])]);

        var brief = await Enrich(merged);

        var result = brief.Merged!;
        Assert.Equal(["Mayor Jane Holm called the closure \"heartbreaking\" for local shops. [1]"], result.KeyPoints.Select(Shown));
        Assert.Equal(["The bridge repairs will cost $240 million. [1]"], result.SummaryClaims.Select(Shown));
        Assert.Equal("The bridge repairs will cost $240 million.", result.Summary);
        var disagreement = Assert.Single(result.Disagreements); // the other is left with one version
        Assert.Equal(["$240 million [1]", "$310 million [2]"], disagreement.Claims.Select(Shown));
        Assert.Equal(["Engineers found cracks in two of the bridge's supports. [3]"], result.SingleSource.Select(Shown));
        var reported = brief.Checks.Ungrounded.Select(u => $"{u.Token}@{string.Join(",", u.Sources)}").ToList();
        Assert.Contains("\"heartbreaking\"@2", reported);
        Assert.Contains("$240m@2", reported);
        Assert.Contains("$240 million@2", reported);
        Assert.Contains("[3]@3", reported);
        Assert.Contains("five@3", reported);
    }

    [Fact]
    public async Task A_rejected_citation_never_reaches_the_rendered_brief_and_is_listed_under_the_findings()
    {
        // The grounding check is added first, the enricher that writes the bad citation after it: the check still runs last.
        var pipeline = new SummaryPipelineBuilder()
            .UseCleaner(new Support.PassThroughCleaner())
            .UseSummarizer(new Support.FirstLineSummarizer())
            .UseMerger(new Support.CiteAllMerger())
            .UseGroundingCheck()
            .UseEnricher(new AddKeyPoint(new Claim("Mayor Jane Holm called the closure \"heartbreaking\" for local shops.", [1, 2])))
            .Build();
        var input = Sources.Select(a => new RawArticle(a.Origin, ContentKind.PlainText, a.Text, ArticleMetadata.Empty)).ToList();

        var brief = await pipeline.RunAsync(new IngestionResult(input, []), progress: null, CancellationToken.None);
        var markdown = new MarkdownBriefRenderer().Render(brief);

        Assert.Contains("- Mayor Jane Holm called the closure \"heartbreaking\" for local shops. [1] *(1 of 3 sources)*", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("for local shops. [1][2]", markdown, StringComparison.Ordinal);
        var findings = markdown[markdown.IndexOf("## Not found in the cited sources", StringComparison.Ordinal)..];
        Assert.Contains("`\"heartbreaking\"` in “Mayor Jane Holm called the closure \"heartbreaking\" for local shops.” [2]", findings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_point_with_a_rejected_citation_gives_way_to_a_spare_whose_citations_all_hold()
    {
        var merged = WithSpares([
                new Claim("Mayor Jane Holm called the closure \"heartbreaking\" for local shops.", [1, 2]),
                new Claim("Engineers found cracks in two of the bridge's supports last month.", [3]),
            ], [
                new Claim("The bridge repairs will cost $240 million.", [1, 2]),
                new Claim("Mayor Jane Holm said the closure was hard for local shops.", [1, 2]),
            ]);

        var brief = await Enrich(merged);

        Assert.Equal(
            ["Mayor Jane Holm said the closure was hard for local shops. [1][2]", "Engineers found cracks in two of the bridge's supports last month. [3]"],
            brief.Merged!.KeyPoints.Select(Shown));
        Assert.Empty(brief.Merged.SpareKeyPoints);
        Assert.Empty(brief.Checks.Ungrounded);
    }

    [Fact]
    public async Task A_key_point_two_sources_still_verifiably_say_is_recited_to_them()
    {
        var merged = WithSpares([new Claim("The council spoke about the bridge repairs on Tuesday.", [1, 2, 3])], [new Claim("Mayor Jane Holm said the closure was hard for local shops.", [1, 2])]);

        var brief = await Enrich(merged);

        Assert.Equal(["The council spoke about the bridge repairs on Tuesday. [1][2]"], brief.Merged!.KeyPoints.Select(Shown));
        Assert.Empty(brief.Checks.Ungrounded);
    }

    [Fact]
    public async Task With_no_spare_that_holds_a_key_point_keeps_its_verified_citations_and_the_rejection_is_reported()
    {
        var merged = WithSpares([new Claim("Mayor Jane Holm called the closure \"heartbreaking\" for local shops.", [1, 2])], [new Claim("The bridge repairs will cost $240 million.", [1, 2])]);

        var brief = await Enrich(merged);

        Assert.Equal(["Mayor Jane Holm called the closure \"heartbreaking\" for local shops. [1]"], brief.Merged!.KeyPoints.Select(Shown));
        Assert.Contains(brief.Checks.Ungrounded, u => u.Token == "\"heartbreaking\"");
    }

    [Fact]
    public async Task A_key_point_one_source_still_says_is_kept_over_a_spare_no_better_corroborated()
    {
        // The spare ranks below the key point (less central or concrete) and one source says it too: no better key point.
        var merged = WithSpares([new Claim("Mayor Jane Holm called the closure \"heartbreaking\" for local shops.", [1, 2])], [new Claim("Engineers found cracks in two of the bridge's supports last month.", [3])]);

        var brief = await Enrich(merged);

        Assert.Equal(["Mayor Jane Holm called the closure \"heartbreaking\" for local shops. [1]"], brief.Merged!.KeyPoints.Select(Shown));
        Assert.Contains(brief.Checks.Ungrounded, u => u.Token == "\"heartbreaking\"");
    }

    [Fact]
    public async Task A_failed_key_point_gives_way_to_the_first_spare_two_sources_still_verifiably_say_recited_to_them()
    {
        // The first spare holds but only one source says it; the second loses a citation yet two sources still say it.
        var merged = WithSpares([new Claim("Mayor Jane Holm called the closure \"heartbreaking\" for local shops.", [1, 2])], [
                new Claim("Engineers found cracks in two of the bridge's supports last month.", [3]),
                new Claim("The council spoke about the bridge repairs on Tuesday.", [1, 2, 3]),
            ]);

        var brief = await Enrich(merged);

        Assert.Equal(["The council spoke about the bridge repairs on Tuesday. [1][2]"], brief.Merged!.KeyPoints.Select(Shown));
        Assert.Empty(brief.Checks.Ungrounded);
    }

    [Fact]
    public async Task A_key_point_left_with_no_source_gives_way_to_a_spare_whose_citations_all_hold_even_from_one_source()
    {
        var merged = WithSpares([new Claim("Regulators agreed to fast-track the repairs.", [3])], [new Claim("Engineers found cracks in two of the bridge's supports last month.", [3])]);

        var brief = await Enrich(merged);

        Assert.Equal(["Engineers found cracks in two of the bridge's supports last month. [3]"], brief.Merged!.KeyPoints.Select(Shown));
    }

    private sealed class AddKeyPoint(Claim claim) : IBriefEnricher
    {
        public Task<Brief> EnrichAsync(Brief brief, CancellationToken cancellationToken) =>
            Task.FromResult(brief with { Merged = brief.Merged! with { KeyPoints = [.. brief.Merged.KeyPoints, claim] } });
    }

    // The bridge story's merged summary with these key points and spares.
    private static MergedSummary WithSpares(Claim[] keyPoints, Claim[] spares) =>
        new("Bridge repairs", "The bridge will stay closed until the repairs are finished.", keyPoints, [], []) { SpareKeyPoints = spares };

    private static Task<Brief> Enrich(MergedSummary merged) =>
        new GroundingEnricher(GroundingChecker.Create()).EnrichAsync(BriefWith(merged), CancellationToken.None);

    private static string Shown(Claim claim) => claim.Text + " " + string.Concat(claim.Sources.Select(s => $"[{s}]"));
}
