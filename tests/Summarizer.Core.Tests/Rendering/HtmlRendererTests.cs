using FsCheck;
using FsCheck.Fluent;
using HtmlAgilityPack;
using Summarizer.Documents;
using Summarizer.Rendering;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Rendering;

public sealed class HtmlRendererTests
{
    private static readonly HtmlBriefRenderer Renderer = new();

    [Fact]
    public void Html_has_every_section_with_linked_citations() =>
        Snapshot.Match(Renderer.Render(SampleBriefs.Full()));

    [Fact]
    public void Every_in_page_link_targets_an_existing_id()
    {
        foreach (var html in new[] { Renderer.Render(SampleBriefs.Full()), Renderer.Render(SampleDailyBriefs.Ferry()) })
        {
            var (links, ids) = LinksAndIds(html);

            Assert.NotEmpty(links);
            Assert.All(links, target => Assert.Contains(target, ids));
        }
    }

    [Fact]
    public void Each_citation_links_to_its_source_entry()
    {
        var doc = Parse(Renderer.Render(SampleBriefs.Full()));

        var cites = doc.DocumentNode.SelectNodes("//a[@class='cite']")!;
        Assert.All(cites, a => Assert.Equal("#source-" + a.InnerText.Trim('[', ']'), a.GetAttributeValue("href", "")));
        Assert.Equal("[1] Castellan Courier — Bridge shut after cable fault in/01.txt", doc.GetElementbyId("source-1")!.SelectSingleNode("p")!.InnerText);
    }

    [Fact]
    public void Inline_citation_markers_in_untraced_prose_become_links()
    {
        var html = Renderer.Render(SampleDailyBriefs.Ferry());

        Assert.Contains("strike <a class=\"cite\" href=\"#source-1\">[1]</a>.", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_of_a_source_missing_from_the_list_is_not_a_link()
    {
        var brief = SampleBriefs.Full();
        brief = brief with { Merged = brief.Merged! with { KeyPoints = [new Claim("Orphan claim.", [9])] } };

        var html = Renderer.Render(brief);

        Assert.Contains("Orphan claim. [9] <span class=\"agree\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("source-9", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Script_like_article_text_is_encoded()
    {
        var brief = WithFirstSource(SampleBriefs.Full(), title: "<script>alert('x')</script> & \"more\"", url: null);

        var html = Renderer.Render(brief);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var cite = Parse(html).GetElementbyId("source-1")!.SelectSingleNode(".//cite")!;
        Assert.Equal("<script>alert('x')</script> & \"more\"", HtmlEntity.DeEntitize(cite.InnerText));
    }

    [Fact]
    public void Any_article_text_keeps_the_page_structure_and_reads_back_unchanged()
    {
        static List<string> Shape(string html) => [.. Parse(html).DocumentNode.Descendants().Where(n => n.NodeType == HtmlNodeType.Element).Select(n => n.Name)];
        var plain = Shape(Renderer.Render(WithFirstSource(SampleBriefs.Full(), title: "T", url: null)));

        Prop.ForAll<string>(title =>
        {
            title ??= "";
            var html = Renderer.Render(WithFirstSource(SampleBriefs.Full(), title: title, url: null));
            var shown = HtmlEntity.DeEntitize(Parse(html).GetElementbyId("source-1")!.SelectSingleNode(".//cite")!.InnerText);
            var expected = new string([.. title.ReplaceLineEndings(" ").Select(c => char.IsControl(c) && c != '\t' ? ' ' : c)]);
            var hasSurrogates = title.Any(char.IsSurrogate); // lone halves become U+FFFD: checked by structure only
            return Shape(html).SequenceEqual(plain) && (hasSurrogates || shown == (expected.Length == 0 ? "" : expected));
        }).Check(PropertyConfig.Default);
    }

    [Fact]
    public void Control_characters_are_dropped_rather_than_encoded()
    {
        var html = Renderer.Render(WithFirstSource(SampleBriefs.Full(), title: "A\u0000B\u001bC", url: null));

        Assert.Contains("<cite>A B C</cite>", html, StringComparison.Ordinal);
        Assert.Empty(Parse(html).ParseErrors);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("//evil.example/x")]
    [InlineData("not a url")]
    public void A_non_http_url_is_shown_but_not_linked(string url)
    {
        var html = Renderer.Render(WithFirstSource(SampleBriefs.Full(), title: "T", url: url));

        var entry = Parse(html).GetElementbyId("source-1")!;
        Assert.Null(entry.SelectSingleNode(".//a[not(@class='cite')]"));
        Assert.Equal(url, HtmlEntity.DeEntitize(entry.SelectSingleNode(".//span[@class='origin']")!.InnerText));
    }

    [Fact]
    public void An_http_url_links_the_title_to_the_original_with_noopener()
    {
        var html = Renderer.Render(SampleDailyBriefs.Ferry());

        var link = Parse(html).GetElementbyId("source-2")!.SelectSingleNode(".//a")!;
        Assert.Equal("https://news.example.net/2026/03/ferry-strike?ref=rss&amp=1", HtmlEntity.DeEntitize(link.GetAttributeValue("href", "")));
        Assert.Equal("noopener", link.GetAttributeValue("rel", ""));
        Assert.Equal("Island ferries halted", link.InnerText);
    }

    [Fact]
    public void Page_is_self_contained_html5_for_phones_and_dark_mode()
    {
        var html = Renderer.Render(SampleBriefs.Full());
        var doc = Parse(html);

        Assert.StartsWith("<!doctype html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.NotNull(doc.DocumentNode.SelectSingleNode("//meta[@charset='utf-8']"));
        Assert.Contains("width=device-width", doc.DocumentNode.SelectSingleNode("//meta[@name='viewport']")!.GetAttributeValue("content", ""), StringComparison.Ordinal);
        Assert.Contains("prefers-color-scheme:dark", html, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.DocumentNode.Descendants(), n => n.Name is "script" or "img" or "link" or "iframe");
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.Empty(doc.ParseErrors);
    }

    [Fact]
    public void Output_is_deterministic() =>
        Assert.Equal(Renderer.Render(SampleBriefs.Full()), Renderer.Render(SampleBriefs.Full()));

    internal static HtmlDocument Parse(string html)
    {
        var doc = new HtmlDocument { OptionCheckSyntax = true };
        doc.LoadHtml(html);
        return doc;
    }

    internal static (List<string> Links, HashSet<string> Ids) LinksAndIds(string html)
    {
        var nodes = Parse(html).DocumentNode.Descendants().ToList();
        var links = nodes.Select(n => n.GetAttributeValue("href", "")).Where(h => h.StartsWith('#')).Select(h => h[1..]).ToList();
        var ids = nodes.Select(n => n.GetAttributeValue("id", "")).Where(id => id.Length > 0).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        return (links, ids.ToHashSet(StringComparer.Ordinal));
    }

    private static Brief WithFirstSource(Brief brief, string title, string? url)
    {
        var first = brief.Sources[0];
        var article = first.Article with { Title = title, Metadata = first.Article.Metadata with { Url = url } };
        return brief with { Sources = [first with { Article = article }, .. brief.Sources.Skip(1)] };
    }
}
