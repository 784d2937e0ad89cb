using HtmlAgilityPack;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>The main text of an HTML page with what the page declares about itself.</summary>
internal sealed record HtmlExtraction(string Text, ArticleMetadata Metadata);

/// <summary>
/// Finds an HTML page's article body: declared structure (<c>itemprop="articleBody"</c>,
/// <c>&lt;article&gt;</c>, JSON-LD <c>articleBody</c>) when present, content-density scoring
/// otherwise; renders it as paragraphs of plain text. Stateless and thread-safe.
/// </summary>
internal sealed class HtmlMainText(CleaningOptions options)
{
    // Deeper trees are not real pages; HtmlAgilityPack walks them recursively, so strip tags instead.
    private const int MaxDepth = 400;

    /// <summary>Main text only, for the extraction benchmark (no text noise rules).</summary>
    public string ExtractText(string html) => Extract(html, []).Text;

    public HtmlExtraction Extract(string html, List<Removal> removals)
    {
        if (html.Length > options.MaxHtmlLength)
        {
            html = html[..options.MaxHtmlLength];
        }

        // No id index: nothing here looks elements up by id, and building it costs time on every page.
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxDepth, OptionUseIdAttribute = false };
        try
        {
            document.LoadHtml(html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // HtmlAgilityPack refuses trees nested deeper than the limit: no real page is.
            return new HtmlExtraction(HtmlRenderer.StripTags(html), ArticleMetadata.Empty);
        }

        var (metadata, jsonLdBody) = HtmlMetadataReader.Read(document);
        var body = FindElement(document.DocumentNode, "body") ?? AdoptIntoBody(document);
        var pruner = new HtmlPruner(body, removals);
        pruner.RemoveBoilerplate();
        BreakParagraphs.Apply(body);

        var stats = NodeStats.Compute(body);
        var roots = ContentScorer.FindMainContent(body, stats);
        var text = HtmlRenderer.Render(roots, stats);

        // A declared body much longer than what the DOM gave is the better source (script-rendered pages).
        if (jsonLdBody is not null)
        {
            var declared = TextNormalizer.DecodeEntities(HtmlRenderer.StripTags(jsonLdBody));
            if (declared.Length > 2 * text.Length + 200)
            {
                text = declared;
            }
        }

        if (text.Length == 0)
        {
            text = HtmlRenderer.Render([body], NodeStats.Compute(body));
        }

        // Never an empty body for a page that has text: the pruning may have judged all of it boilerplate.
        if (text.Length == 0)
        {
            text = TextNormalizer.DecodeEntities(HtmlRenderer.StripTags(WithoutHead(html))).Trim();
        }

        return new HtmlExtraction(text, metadata);
    }

    // A fragment ("<p>...</p>", a feed item's content) has no <body>: its nodes become one, so the
    // stages that expect an element tree (pruning, scoring, rendering) see a page like any other.
    private static HtmlNode AdoptIntoBody(HtmlDocument document)
    {
        var container = FindElement(document.DocumentNode, "html") ?? document.DocumentNode;
        var body = document.CreateElement("body");
        foreach (var child in container.ChildNodes.ToList())
        {
            if (child.NodeType is HtmlNodeType.Element or HtmlNodeType.Text && child.Name is not ("head" or "title" or "meta" or "link"))
            {
                child.Remove();
                body.AppendChild(child);
            }
        }

        container.AppendChild(body);
        return body;
    }

    private static string WithoutHead(string html)
    {
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html : html[(end + "</head>".Length)..];
    }

    /// <summary>The first element of that name, searched breadth-first (no XPath engine).</summary>
    internal static HtmlNode? FindElement(HtmlNode root, string name)
    {
        var queue = new Queue<HtmlNode>();
        queue.Enqueue(root);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node.NodeType == HtmlNodeType.Element && node.Name == name)
            {
                return node;
            }

            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType is HtmlNodeType.Element or HtmlNodeType.Document)
                {
                    queue.Enqueue(child);
                }
            }
        }

        return null;
    }
}
