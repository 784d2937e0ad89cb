using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>What "reported by one source" lists and in what order, on invented stories.</summary>
public sealed class SingleSourceListTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    [Fact]
    public void One_outlet_with_many_new_figures_lists_only_its_share_with_one_place_more_for_figures_and_another_outlets_fact_still_shows()
    {
        var result = Analyze(
            "The Brisa dam on the Tollen river failed on Sunday, flooding the valley below. The reservoir behind it held 40 million cubic metres of water. "
            + "The county hired 12 building firms to shore up the banks. A total of 85 sheep drowned on farms near Molle. The valley road will stay shut for 9 days. "
            + "Insurers expect 640 claims from households in the valley. The county has opened 7 shelters in school halls.",
            "The Brisa dam on the Tollen river failed on Sunday and flooded the valley, the county said. The dam was finished in 1961 by a Danish contractor.");

        // Every passage of outlet 1 has a figure of its own: it takes its share and the one place more figures may.
        Assert.Equal(new StoryAnalysisOptions().SingleSourceClaimsPerSource + 1, result.SingleSource.Count(c => c.Sources.SequenceEqual([1])));
        Assert.Contains(result.SingleSource, c => c.Sources.SequenceEqual([2]) && c.Text.Contains("1961", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quote_is_listed_after_a_fact_of_no_greater_weight()
    {
        var result = Analyze(
            "Fire destroyed the Lindqvist sawmill near Ostra on Tuesday night. \"We watched forty years of work burn in an hour,\" said owner Petra Lindqvist. "
            + "Firefighters pumped water from the millpond because the hydrants were frozen solid.",
            "The Lindqvist sawmill near Ostra burned down on Tuesday night, the fire service said. Nobody was hurt.");

        var quote = result.SingleSource.ToList().FindIndex(c => c.Text.Contains("forty years", StringComparison.Ordinal));
        var fact = result.SingleSource.ToList().FindIndex(c => c.Text.Contains("millpond", StringComparison.Ordinal));
        Assert.True(fact >= 0, "the fact is listed");
        Assert.True(quote < 0 || fact < quote, "the fact comes before the quote");
    }

    [Fact]
    public void A_sentence_that_retells_another_outlets_fact_around_a_figure_free_aside_is_not_listed()
    {
        var result = Analyze(
            "The Merrow footbridge was closed to walkers on Friday after engineers found rust in its cables, and the council is seeking advice from specialists.",
            "Engineers found rust in the cables of the Merrow footbridge, which was closed to walkers on Friday.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("rust", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_free_passage_that_mostly_retells_what_other_outlets_say_is_not_listed()
    {
        var result = Analyze(
            "Heavy snow cut off the hill villages above Kessby on Monday. Families in the hill villages near Kessby were urged by Dalholt wardens to keep their children home and stay off the roads while ploughs cleared the snow.",
            "Snow blocked the roads to the hill villages above Kessby on Monday. Ploughs were out clearing the roads. Schools told families to keep children at home. People should stay off the roads, police said, while the snow is cleared.");

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("children", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passage_mostly_of_its_own_words_is_listed_though_one_clause_restates_another_outlet()
    {
        var result = Analyze(
            "The Tarrow ferry service has been suspended, the harbour authority said on Monday, after divers found a split weld, loose rivets and flaking paint along the hull of the only vessel serving the island crossing.",
            "The harbour authority said on Monday that the Tarrow ferry service had been suspended.");

        Assert.Contains(result.SingleSource, c => c.Text.Contains("rivets", StringComparison.Ordinal));
    }

    [Fact]
    public void The_dateline_does_not_open_a_listed_passage()
    {
        var result = Analyze(
            "TARNBY, Wednesday 4 March 2026 (NWA) - Storms flooded the Tarnby bus garage overnight, and the operator said repairs would cost €4m.",
            "The Tarnby bus garage flooded overnight after heavy storms, the council said.");

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains("€4m", StringComparison.Ordinal));
        Assert.DoesNotContain("NWA", listed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TARNBY", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribution_whose_words_are_disputed_is_not_listed_on_its_own()
    {
        var result = Analyze(
            "According to the Kestwick Regional Highways Board, the Harlan bridge will reopen to traffic in 14 days.",
            "The Harlan bridge will reopen to traffic in 30 days, the town council said.");

        Assert.Contains(result.Disagreements, d => d.Claims.Any(c => c.Text.Contains("30 days", StringComparison.Ordinal)));
        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("Kestwick", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_key_point_only_one_outlet_reports_is_listed_once_not_again_as_its_clause()
    {
        var text = "The owners of the Harrow ferry will spend €3m on new lifeboats, the company said on Monday, and the ferry will return to service in May.";
        string[] texts =
        [
            text,
            "The Harrow ferry will return to service in May after its winter refit, the harbour office said.",
        ];
        var brief = new Brief(
            DateTimeOffset.UnixEpoch, "test", null,
            [.. texts.Select((t, i) => new BriefSource(Article(i + 1, t), null, null))],
            new MergedSummary("h", "s", [new Claim(text, [1], [new SourceSpan(1, 0, text.Length)])], [], []),
            CheckReport.Empty, UsageReport.None, []);

        var enriched = (await new StoryAnalysisEnricher(new StoryAnalysisOptions()).EnrichAsync(brief, CancellationToken.None)).Merged!;

        Assert.Single(enriched.SingleSource, c => c.Text.Contains("€3m", StringComparison.Ordinal));
    }
}
