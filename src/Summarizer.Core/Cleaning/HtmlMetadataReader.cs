using System.Globalization;
using System.Text.Json;
using HtmlAgilityPack;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>What a page declares about itself: Open Graph, JSON-LD, canonical link, language, title.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "WebPage"];

    public static (ArticleMetadata Metadata, string? JsonLdBody) Read(HtmlDocument document)
    {
        string? ogTitle = null, siteName = null, published = null, author = null, canonical = null, pageTitle = null;
        string? headline = null, publisher = null, ldAuthor = null, ldPublished = null, ldBody = null, ldUrl = null;
        foreach (var node in Elements(document.DocumentNode))
        {
            switch (node.Name)
            {
                case "meta":
                    var key = (node.GetAttributeValue("property", null) ?? node.GetAttributeValue("name", null) ?? string.Empty).ToLowerInvariant();
                    var content = Decode(node.GetAttributeValue("content", null));
                    switch (key)
                    {
                        case "og:title": ogTitle ??= content; break;
                        case "og:site_name": siteName ??= content; break;
                        case "article:published_time" or "datepublished" or "date" or "pubdate": published ??= content; break;
                        case "author" or "article:author" when content is not null && !content.StartsWith("http", StringComparison.Ordinal): author ??= content; break;
                        case "og:url": canonical ??= content; break;
                    }

                    break;
                case "link" when node.GetAttributeValue("rel", string.Empty).Equals("canonical", StringComparison.OrdinalIgnoreCase):
                    canonical = Decode(node.GetAttributeValue("href", null)) ?? canonical;
                    break;
                case "title":
                    pageTitle ??= Decode(node.InnerText);
                    break;
                case "script" when node.GetAttributeValue("type", string.Empty).Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                    ReadJsonLd(node.InnerHtml, ref headline, ref publisher, ref ldAuthor, ref ldPublished, ref ldBody, ref ldUrl);
                    break;
            }
        }

        var language = HtmlMainText.FindElement(document.DocumentNode, "html")?.GetAttributeValue("lang", null);
        var outlet = siteName ?? publisher;
        var metadata = new ArticleMetadata
        {
            Title = Clean(ogTitle) ?? Clean(headline) ?? StripSiteSuffix(Clean(pageTitle), outlet),
            Outlet = Clean(outlet),
            Url = Clean(canonical) ?? Clean(ldUrl),
            PublishedAt = ParseDate(ldPublished ?? published),
            Author = Clean(ldAuthor ?? author),
            Language = Clean(language),
        };
        return (metadata, ldBody);
    }

    /// <summary>"Story | Site" and "Story - Site" lose the site part; the longer side is the headline.</summary>
    internal static string? StripSiteSuffix(string? title, string? outlet)
    {
        if (title is null)
        {
            return null;
        }

        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · " })
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index <= 0)
            {
                continue;
            }

            var head = title[..index].Trim();
            var tail = title[(index + separator.Length)..].Trim();
            var tailIsSite = (outlet is not null && tail.Contains(outlet, StringComparison.OrdinalIgnoreCase)) || WordCount.Of(tail) <= 4;
            if (tailIsSite && head.Length > tail.Length)
            {
                return StripSiteSuffix(head, outlet);
            }
        }

        return title;
    }

    private static IEnumerable<HtmlNode> Elements(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType == HtmlNodeType.Element)
            {
                yield return node;
            }

            if (node.Name is "script" or "style" or "title")
            {
                continue;
            }

            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }
    }

    private static void ReadJsonLd(
        string json, ref string? headline, ref string? publisher, ref string? author, ref string? published, ref string? body, ref string? url)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            var queue = new Queue<JsonElement>();
            queue.Enqueue(document.RootElement);
            while (queue.Count > 0)
            {
                var element = queue.Dequeue();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray())
                    {
                        queue.Enqueue(item);
                    }

                    continue;
                }

                if (element.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                if (element.TryGetProperty("@graph", out var graph))
                {
                    queue.Enqueue(graph);
                }

                if (!IsArticle(element))
                {
                    continue;
                }

                headline ??= String(element, "headline");
                body ??= String(element, "articleBody");
                published ??= String(element, "datePublished");
                url ??= String(element, "url");
                if (element.TryGetProperty("publisher", out var p))
                {
                    publisher ??= p.ValueKind == JsonValueKind.Object ? String(p, "name") : p.ValueKind == JsonValueKind.String ? p.GetString() : null;
                }

                if (element.TryGetProperty("author", out var a))
                {
                    var first = a.ValueKind == JsonValueKind.Array && a.GetArrayLength() > 0 ? a[0] : a;
                    author ??= first.ValueKind == JsonValueKind.Object ? String(first, "name") : first.ValueKind == JsonValueKind.String ? first.GetString() : null;
                }
            }
        }
        catch (JsonException)
        {
            // Broken JSON-LD is common; the page's other metadata still counts.
        }
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        return type.ValueKind switch
        {
            JsonValueKind.String => ArticleTypes.Contains(type.GetString(), StringComparer.Ordinal),
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString(), StringComparer.Ordinal)),
            _ => false,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Decode(string? value) => value is null ? null : HtmlEntity.DeEntitize(value);

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static DateTimeOffset? ParseDate(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
