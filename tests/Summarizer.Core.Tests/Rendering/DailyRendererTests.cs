using System.Text.Json;
using Summarizer.Rendering;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Rendering;

public sealed class DailyRendererTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-daily-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Writer_writes_every_daily_format_and_no_temporary_files()
    {
        var written = await BriefWriter.WriteAsync(
            SampleDailyBriefs.TwoStories(), _dir, [new MarkdownDailyBriefRenderer(), new JsonDailyBriefRenderer(), new HtmlDailyBriefRenderer()], CancellationToken.None);

        Assert.Equal(["brief.md", "brief.json", "brief.html"], written.Select(Path.GetFileName));
        Assert.Equal(["brief.html", "brief.json", "brief.md"], Directory.GetFiles(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.StartsWith("<!doctype html>", await File.ReadAllTextAsync(written[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_lists_the_stories_then_each_one_level_down() =>
        Snapshot.Match(new MarkdownDailyBriefRenderer().Render(SampleDailyBriefs.TwoStories()));

    [Fact]
    public void Json_holds_one_single_story_shape_per_story() =>
        Snapshot.Match(new JsonDailyBriefRenderer().Render(SampleDailyBriefs.TwoStories()));

    [Fact]
    public void Html_has_a_story_index_and_per_story_source_anchors() =>
        Snapshot.Match(new HtmlDailyBriefRenderer().Render(SampleDailyBriefs.TwoStories()));

    [Fact]
    public void Index_bar_shows_one_block_per_outlet_and_one_per_conflict_with_the_counts_in_words()
    {
        var doc = HtmlRendererTests.Parse(new HtmlDailyBriefRenderer().Render(SampleDailyBriefs.TwoStories()));

        var covers = doc.DocumentNode.SelectNodes("//nav[@id='stories']//span[@class='cover']")!;
        Assert.Equal(2, covers.Count);
        Assert.Equal((3, 1), (covers[0].SelectNodes(".//i[@class='o']")!.Count, covers[0].SelectNodes(".//i[@class='c']")!.Count));
        Assert.Equal("3 outlets · 1 conflict", covers[0].InnerText.Trim());
        Assert.Equal((2, null), (covers[1].SelectNodes(".//i[@class='o']")!.Count, covers[1].SelectNodes(".//i[@class='c']")));
        Assert.Equal("2 outlets · no conflict", covers[1].InnerText.Trim());
        Assert.Equal("true", covers[0].SelectSingleNode("span[@class='bar']")!.GetAttributeValue("aria-hidden", ""));
    }

    [Fact]
    public void Json_story_equals_the_single_story_brief_json_minus_run_wide_fields()
    {
        var daily = SampleDailyBriefs.TwoStories();
        using var day = JsonDocument.Parse(new JsonDailyBriefRenderer().Render(daily));
        using var single = JsonDocument.Parse(new JsonBriefRenderer().Render(daily.Stories[1]));

        var story = day.RootElement.GetProperty("stories")[1];
        foreach (var name in new[] { "sources", "merged", "checks", "failures" })
        {
            Assert.True(JsonElement.DeepEquals(single.RootElement.GetProperty(name), story.GetProperty(name)), name);
        }

        Assert.Equal("2026-03-04", day.RootElement.GetProperty("date").GetString());
        Assert.Equal(["generatedAt", "date", "provider", "model", "previousBrief", "stories", "usage", "failures"], day.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Against_a_previous_brief_the_index_says_what_is_new()
    {
        var daily = SampleDailyBriefs.TwoStories();
        daily = daily with
        {
            PreviousDate = new DateOnly(2026, 3, 3),
            Stories = [daily.Stories[0] with { SeenBefore = [1, 2] }, daily.Stories[1]],
        };
        var carriedOn = daily.Stories[0].Sources.Count == 2 ? "no new source since 2026-03-03" : $"{daily.Stories[0].Sources.Count - 2} new since 2026-03-03";

        var md = new MarkdownDailyBriefRenderer().Render(daily);
        var html = new HtmlDailyBriefRenderer().Render(daily);
        using var json = JsonDocument.Parse(new JsonDailyBriefRenderer().Render(daily));

        Assert.Contains($" · {carriedOn})*", md, StringComparison.Ordinal);
        Assert.Contains(" · new)*", md, StringComparison.Ordinal);
        Assert.Contains($" · {carriedOn}</span>", html, StringComparison.Ordinal);
        Assert.Equal("2026-03-03", json.RootElement.GetProperty("previousBrief").GetString());
        Assert.Equal([1, 2], json.RootElement.GetProperty("stories")[0].GetProperty("seenBefore").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(0, json.RootElement.GetProperty("stories")[1].GetProperty("seenBefore").GetArrayLength());
        Assert.DoesNotContain("new)*", new MarkdownDailyBriefRenderer().Render(SampleDailyBriefs.TwoStories()), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_citations_target_their_own_story_sources()
    {
        var html = new HtmlDailyBriefRenderer().Render(SampleDailyBriefs.TwoStories());
        var (links, ids) = HtmlRendererTests.LinksAndIds(html);

        Assert.All(links, target => Assert.Contains(target, ids));
        Assert.Contains("s1-source-3", links);
        Assert.Contains("s2-source-2", links);
        Assert.DoesNotContain(links, l => l.StartsWith("source-", StringComparison.Ordinal));
        var story2 = HtmlRendererTests.Parse(html).GetElementbyId("s2")!;
        Assert.All(story2.SelectNodes(".//a[@class='cite']")!, a => Assert.StartsWith("#s2-source-", a.GetAttributeValue("href", ""), StringComparison.Ordinal));
    }

    [Fact]
    public void Stories_keep_the_order_given()
    {
        var daily = SampleDailyBriefs.TwoStories();
        var reversed = daily with { Stories = [.. daily.Stories.Reverse()] };

        var md = new MarkdownDailyBriefRenderer().Render(reversed);

        Assert.True(md.IndexOf("## 1. Ferry strike", StringComparison.Ordinal) < md.IndexOf("## 2. River bridge", StringComparison.Ordinal));
        Assert.Contains("1. Ferry strike halts island crossings *(2 sources)*", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_format_renders_a_day_without_stories()
    {
        var empty = SampleDailyBriefs.TwoStories() with { Stories = [], Failures = [] };

        Assert.Equal("# Daily brief — 2026-03-04\n\n*0 stories · 0 sources · local · generated 2026-03-04 06:00 UTC*\n", new MarkdownDailyBriefRenderer().Render(empty));
        Assert.Contains("\"stories\": []", new JsonDailyBriefRenderer().Render(empty), StringComparison.Ordinal);
        Assert.Empty(HtmlRendererTests.Parse(new HtmlDailyBriefRenderer().Render(empty)).ParseErrors);
    }
}
