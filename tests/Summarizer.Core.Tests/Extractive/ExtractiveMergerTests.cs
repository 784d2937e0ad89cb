using System.ComponentModel.DataAnnotations;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Extractive;

public class ExtractiveMergerTests
{
    private static MergedSummary Merge(IReadOnlyList<CleanedArticle> articles, SummaryOptions? options = null) =>
        ExtractiveEngine.CreateMerger(options ?? new SummaryOptions { MaxWords = 60 })
            .MergeAsync(articles, [], CancellationToken.None).GetAwaiter().GetResult();

    private static string SpanText(IReadOnlyList<CleanedArticle> articles, SourceSpan span) =>
        articles.Single(a => a.Id == span.SourceId).Text[span.Start..span.End];

    [Fact]
    public void Never_selects_headings_list_items_or_questions()
    {
        var merged = Merge(Stories.Flood(), new SummaryOptions { MaxWords = 200, MergedKeyPoints = 20 });
        var texts = merged.SummaryClaims.Concat(merged.KeyPoints).Select(c => c.Text).ToList();
        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains(Stories.Heading, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("Key Developments", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.EndsWith('?') || t.StartsWith('-'));
        Assert.DoesNotContain(texts, t => t.StartsWith("He said", StringComparison.Ordinal));
    }

    [Fact]
    public void Respects_the_word_budget_for_any_budget() =>
        Prop.ForAll(
            Gen.Choose(10, 150).ToArbitrary(),
            budget => WordCount.Of(Merge(Stories.Flood(), new SummaryOptions { MaxWords = budget }).Summary) <= budget)
            .Check(PropertyConfig.Default);

    [Fact]
    public void Summary_is_its_claims_in_reading_order()
    {
        var articles = Stories.Flood();
        var merged = Merge(articles, new SummaryOptions { MaxWords = 120 });
        Assert.Equal(merged.Summary, string.Join(' ', merged.SummaryClaims.Select(c => c.Text)));

        // Reading order is depth into the article (sentences before it / its sentences), then source.
        var origins = merged.SummaryClaims
            .Select(c => c.Spans!.First(s => SpanText(articles, s) == c.Text))
            .Select(s => (s.SourceId, Depth: Depth(articles.Single(a => a.Id == s.SourceId).Text, s.Start)))
            .ToList();
        Assert.Equal(origins.OrderBy(o => o.Depth).ThenBy(o => o.SourceId), origins);
    }

    // Counted with the engine's own splitter, the way the merger orders.
    private static double Depth(string text, int start)
    {
        var sentences = Summarizer.Chunking.SentenceSplitter.Instance.Split(text);
        return (double)sentences.Count(s => s.Start < start) / sentences.Count;
    }

    [Fact]
    public void Cites_every_source_reporting_a_near_duplicate_with_its_span()
    {
        var articles = Stories.Flood();
        var merged = Merge(articles, new SummaryOptions { MaxWords = 200, MergedKeyPoints = 20 });
        var claims = merged.SummaryClaims.Concat(merged.KeyPoints).ToList();
        var levee = Assert.Single(claims, c => c.Text.Contains("levee", StringComparison.Ordinal) && c.Text.Contains("Engineers", StringComparison.Ordinal));
        Assert.Equal([2, 3], levee.Sources);
        Assert.Equal([2, 3], levee.Spans!.Select(s => s.SourceId).Distinct().Order());
        Assert.All(levee.Spans!, s => Assert.Contains("1958", SpanText(articles, s), StringComparison.Ordinal));
        Assert.All(claims, c => Assert.Equal(c.Sources.Order(), c.Sources));
    }

    [Fact]
    public void Key_points_are_new_claims()
    {
        var merged = Merge(Stories.Flood(), new SummaryOptions { MaxWords = 40, MergedKeyPoints = 4 });
        Assert.InRange(merged.KeyPoints.Count, 1, 4);
        Assert.DoesNotContain(merged.KeyPoints, k => merged.Summary.Contains(k.Text, StringComparison.Ordinal));
        Assert.Empty(merged.Disagreements);
        Assert.Empty(merged.SingleSource);
    }

    [Fact]
    public void Headline_is_a_title_when_one_exists_else_a_short_sentence()
    {
        Assert.Equal("Tarrow River floods Marrowick as levee fails", Merge(Stories.Flood(titled: true)).Headline);
        var untitled = Merge(Stories.Flood()).Headline;
        Assert.InRange(WordCount.Of(untitled), 3, 14);
        Assert.Contains("Marrowick", untitled, StringComparison.Ordinal);
    }

    [Fact]
    public void With_two_sources_prefers_the_facts_both_report()
    {
        var articles = Stories.Flood().Skip(1).Select((a, i) => a with { Id = i + 1 }).ToList();
        var merged = Merge(articles, new SummaryOptions { MaxWords = 25 });
        var claim = Assert.Single(merged.SummaryClaims);
        Assert.Equal([1, 2], claim.Sources);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        var first = Merge(Stories.Flood());
        var second = Merge(Stories.Flood());
        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.KeyPoints.Select(k => k.Text), second.KeyPoints.Select(k => k.Text));
    }

    [Fact]
    public void Rejects_a_budget_out_of_range_naming_the_field()
    {
        var error = Assert.Throws<ValidationException>(() => ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 5 }));
        Assert.Contains("MaxWords", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Handles_no_articles_and_articles_without_sentences()
    {
        Assert.Equal(string.Empty, Merge([]).Summary);
        var merged = Merge([Stories.Article(1, "Key Developments")]);
        Assert.True(WordCount.Of(merged.Summary) <= 60);
    }

    [Fact]
    public void Merged_flood_story_reads_well()
    {
        var merged = Merge(Stories.Flood(), new SummaryOptions { MaxWords = 80, MergedKeyPoints = 3 });
        var text = new StringBuilder()
            .AppendLine("# " + merged.Headline)
            .AppendLine(merged.Summary)
            .AppendLine("## Summary claims");
        foreach (var c in merged.SummaryClaims)
        {
            text.AppendLine($"- [{string.Join(",", c.Sources)}] {c.Text}");
        }

        text.AppendLine("## Key points");
        foreach (var c in merged.KeyPoints)
        {
            text.AppendLine($"- [{string.Join(",", c.Sources)}] {c.Text} ({string.Join("; ", c.Spans!.Select(s => $"{s.SourceId}:{s.Start}-{s.End}"))})");
        }

        Snapshot.Match(text.ToString());
    }
}

/// <summary>How the merged story reads: fixtures/day's bridge collapse, three reports and a commuter-angle piece.</summary>
public class ExtractiveMergerReadingTests
{
    private static List<CleanedArticle> BridgeStory()
    {
        var articles = new List<CleanedArticle>();
        foreach (var name in new[] { "a1-harbor-ledger.json", "a2-northgate-post.json", "a3-valley-courier.json" })
        {
            var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("day/" + name))).RootElement;
            articles.Add(Stories.Article(articles.Count + 1, json.GetProperty("text").GetString()!, json.GetProperty("title").GetString()));
        }

        var angle = File.ReadAllText(RepoPaths.Fixture("day/a4-evening-lantern.txt")).Split('\n', 2);
        articles.Add(Stories.Article(4, angle[1].Trim(), angle[0].Trim()));
        return articles;
    }

    private static MergedSummary Merge(IReadOnlyList<CleanedArticle> articles) =>
        ExtractiveEngine.CreateMerger(new SummaryOptions()).MergeAsync(articles, [], CancellationToken.None).GetAwaiter().GetResult();

    [Fact]
    public void The_headline_is_the_title_that_says_what_the_other_reports_say_not_an_angle_piece()
    {
        var articles = BridgeStory();

        var merged = Merge(articles);

        Assert.NotEqual(articles[3].Title, merged.Headline);
        Assert.Contains(merged.Headline, articles.Take(3).Select(a => a.Title));
    }

    [Fact]
    public void The_summary_opens_with_a_lead_what_happened_before_reactions_and_detail()
    {
        var articles = BridgeStory();

        var merged = Merge(articles);

        var first = merged.SummaryClaims[0].Text;
        Assert.True(articles.Any(a => a.Text.StartsWith(first, StringComparison.Ordinal)), $"opens with: {first}");
    }
}
