using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class StoryAnalysisTests
{
    private static readonly StoryAnalysisResult Ferry = StoryAnalysis.Analyze(TrustFixtures.Ferry());

    private static string Show(Claim c) => $"{c.Text} [{string.Join(",", c.Sources)}]";

    [Fact]
    public void Detects_the_syndicated_near_copy_and_nothing_else()
    {
        Assert.Equal(new Dictionary<int, int> { [4] = 1 }, Ferry.CopyOf);
        Assert.Equal(4, Ferry.DistinctSources);
    }

    [Fact]
    public void Surfaces_the_conflicting_date_and_participant_side_by_side()
    {
        var found = Ferry.Disagreements.Select(d => (d.Topic, Claims: d.Claims.Select(Show).ToArray())).ToArray();

        Assert.Equal(
            [
                ("date (start)", new[] { "March 14 [1,2,3,4]", "March 13 [5]" }),
                ("who chaired", new[] { "Petra Lindgren [2]", "Maria Odell [5]" }),
            ],
            found);
    }

    [Fact]
    public void At_least_38_and_42_rescued_are_consistent_ranges_not_a_disagreement()
    {
        // Issue 17's rule: qualified values are ranges, and they conflict only when the ranges are disjoint;
        // [38, inf) holds 42, so the pair is "more precise" (fixtures/trust-cases/README.md), not a conflict.
        Assert.DoesNotContain(Ferry.Disagreements, d => d.Claims.Any(c => c.Text.Contains("38", StringComparison.Ordinal)));
    }

    [Fact]
    public void Name_variants_and_format_variants_are_not_disagreements()
    {
        var texts = Ferry.Disagreements.SelectMany(d => d.Claims).Select(c => c.Text).ToList();

        Assert.DoesNotContain(texts, t => t.Contains("Kovalenko", StringComparison.Ordinal) || t.Contains("xandr", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("50,000", StringComparison.Ordinal) || t.Contains("27", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("three", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Disagreement_spans_point_at_the_phrase_in_the_cleaned_text()
    {
        var articles = TrustFixtures.Ferry().ToDictionary(a => a.Id);
        var claims = Ferry.Disagreements.SelectMany(d => d.Claims).ToList();
        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            Assert.NotEmpty(claim.Sources);
            Assert.Equal(claim.Sources, claim.Spans!.Select(s => s.SourceId));
            foreach (var span in claim.Spans!)
            {
                var text = articles[span.SourceId].Text[span.Start..span.End];
                Assert.Equal(claim.Sources[0] == span.SourceId ? claim.Text : text, text);
            }
        }
    }

    [Fact]
    public void Lists_what_only_one_source_reports_most_salient_first()
    {
        Assert.Equal(
            [
                "A 2024 audit by the Lake Safety Board found that 17 percent of the region's passenger ferries failed their annual inspection. [2]",
                "The ferry was carrying 45 people when it overturned in strong winds near Calder Point, about two kilometres from the harbour at Ostrava Bay. [1]",
                // The clause other sources state (the nine-hour search) is cut from what is listed; the subject stays.
                "Coast guard captain Olexandr Kovalenko … said his crews worked through the night without a break. [3]",
                "Families of the victims gathered at the harbour in Ostrava Bay on Saturday to lay flowers on the water. [3]",
            ],
            Ferry.SingleSource.Select(Show));
    }

    [Fact]
    public void Finds_every_source_that_reports_a_claim_and_counts_the_copy_once()
    {
        var claim = Ferry.Support("42 passengers were rescued after the ferry capsized.");

        Assert.NotNull(claim);
        Assert.Equal([1, 2, 4, 5], claim.Sources);
        Assert.Equal("reported by 3 of 4 sources", Ferry.DescribeAgreement(claim.Sources));
        var first = claim.Spans![0];
        Assert.Contains("42 passengers were rescued", TrustFixtures.Ferry()[0].Text[first.Start..first.End], StringComparison.Ordinal);
    }

    [Fact]
    public void Attributing_a_key_point_adds_every_source_that_reports_it()
    {
        var keyPoint = new Claim("Governor Tomas Reinholt ordered an inquiry by the Lake Safety Board.", [1]);

        var attributed = Ferry.Attribute(keyPoint);

        Assert.Equal([1, 2, 4, 5], attributed.Sources);
        Assert.Equal([1, 2, 4, 5], attributed.Spans!.Select(s => s.SourceId));
        var unreported = keyPoint with { Text = "Nobody reported this at all, anywhere." };
        Assert.Same(unreported, Ferry.Attribute(unreported));
    }

    [Fact]
    public void A_claim_whose_figure_differs_is_not_supported_by_that_source()
    {
        var claim = Ferry.Support("The Lady Arden capsized on Lake Morrow on March 14.");

        Assert.NotNull(claim);
        Assert.Equal([1, 2, 3, 4], claim.Sources);
        Assert.Null(Ferry.Support("The Lady Arden capsized on Lake Morrow on March 20."));
    }

    [Fact]
    public void Seeds_more_than_30_countries_and_35_nations_are_consistent_not_a_disagreement()
    {
        // "more than 30" is (30, inf), which holds 35: issue 17 names this pair as "more precise", not a conflict.
        var seeds = StoryAnalysis.Analyze(TrustFixtures.Seeds());

        Assert.DoesNotContain(seeds.Disagreements, d => d.Claims.Any(c => c.Text.Contains("35", StringComparison.Ordinal)));
    }

    [Fact]
    public void Seeds_do_not_treat_Zelensky_and_Zelenskyy_as_a_disagreement()
    {
        var seeds = StoryAnalysis.Analyze(TrustFixtures.Seeds());

        Assert.DoesNotContain(seeds.Disagreements, d => d.Claims.Any(c => c.Text.Contains("Zelensk", StringComparison.Ordinal)));
        Assert.Empty(seeds.CopyOf);
    }

    [Fact]
    public void Seeds_list_the_Pew_survey_figure_as_single_source()
    {
        var seeds = StoryAnalysis.Analyze(TrustFixtures.Seeds());

        var pew = Assert.Single(seeds.SingleSource, c => c.Text.Contains("Pew Research Center", StringComparison.Ordinal));
        Assert.Contains("80%", pew.Text, StringComparison.Ordinal);
        Assert.Equal([1], pew.Sources);
        Assert.Same(pew, seeds.SingleSource[0]);
    }

    [Fact]
    public void The_whole_ferry_analysis_reads_as_expected()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append("copyOf: ").AppendJoin(", ", Ferry.CopyOf.Select(kv => $"{kv.Key} -> {kv.Value}")).Append('\n');
        foreach (var d in Ferry.Disagreements)
        {
            sb.Append("disagreement: ").Append(d.Topic).Append('\n');
            foreach (var c in d.Claims)
            {
                sb.Append("  - ").Append(Show(c)).Append(" (").Append(Ferry.DescribeAgreement(c.Sources)).Append(")\n");
            }
        }

        foreach (var c in Ferry.SingleSource)
        {
            sb.Append("single source: ").Append(Show(c)).Append('\n');
        }

        TestSupport.Snapshot.Match(sb.ToString());
    }

    [Fact]
    public void Options_are_validated_with_the_field_name()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            StoryAnalysis.Analyze(TrustFixtures.Ferry(), new StoryAnalysisOptions { SupportOverlap = 1.5 }));

        Assert.Equal("SupportOverlap", ex.ParamName);
    }

    [Fact]
    public void Results_do_not_depend_on_input_order()
    {
        var reversed = StoryAnalysis.Analyze(TrustFixtures.Ferry().Reverse().ToList());

        Assert.Equal(Ferry.CopyOf, reversed.CopyOf);
        Assert.Equal(Ferry.Disagreements.Select(d => d.Topic), reversed.Disagreements.Select(d => d.Topic));
        Assert.Equal(Ferry.SingleSource.Select(Show), reversed.SingleSource.Select(Show));
    }

    [Fact]
    public void A_sentence_opening_with_a_pronoun_is_a_single_source_fact_only_when_it_states_a_figure()
    {
        CleanedArticle Article(int id, string text) => new(id, $"s/{id}.txt", null, ArticleMetadata.Empty, text, WordCount.Of(text), CleaningReport.Empty);
        var articles = new[]
        {
            Article(1, "The Tarrow Bridge in Brackenford collapsed on Tuesday, injuring a driver and a cyclist.\n\nBoth were taken to Brackenford General Hospital on Tuesday.\n\nThey had waited for 40 minutes for an ambulance, Owen Galloway said."),
            // Worded apart from the first, so the two are two outlets, not a copy: one outlet's story lists nothing.
            Article(2, "Brackenford's Tarrow Bridge fell into the river on Tuesday and a driver and a cyclist were hurt.\n\nThe council closed nearby streets."),
        };

        var result = StoryAnalysis.Analyze(articles);

        Assert.DoesNotContain(result.SingleSource, c => c.Text.StartsWith("Both", StringComparison.Ordinal));
        Assert.Contains(result.SingleSource, c => c.Text.StartsWith("They had waited for 40 minutes", StringComparison.Ordinal));
    }
}

public class StoryAnalysisScaleTests
{
    [Fact]
    public void Twenty_articles_with_repeats_count_each_copy_once()
    {
        // Two rounds of the seeds and the ferry story, re-numbered: the second round repeats the first verbatim.
        var articles = Enumerable.Range(0, 2)
            .SelectMany(round => TrustFixtures.Seeds().Concat(TrustFixtures.Ferry()).Select(a => (round, a)))
            .Select((x, i) => x.a with { Id = i + 1 })
            .ToList();

        var result = StoryAnalysis.Analyze(articles);

        Assert.Equal(11, result.CopyOf.Count); // round 2 repeats round 1, and the ferry story has its own copy
        Assert.Equal(9, result.DistinctSources);
    }
}
