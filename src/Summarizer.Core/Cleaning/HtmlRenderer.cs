using System.Text;
using HtmlAgilityPack;

namespace Summarizer.Cleaning;

/// <summary>Renders chosen elements as plain text: one paragraph per block, table rows as lines.</summary>
internal static class HtmlRenderer
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
        "pre", "table", "tr", "dl", "dt", "dd", "header", "address", "hr", "center", "details", "summary", "caption",
        "tbody", "thead", "tfoot", "body", "html",
    };

    public static bool IsBlock(string name) => BlockTags.Contains(name);

    public static string Render(IReadOnlyList<HtmlNode> roots, NodeStats stats)
    {
        var builder = new StringBuilder();
        foreach (var root in roots)
        {
            Render(root, stats, builder, isRoot: true, depth: 0);
            Break(builder);
        }

        return Tidy(builder.ToString());
    }

    /// <summary>Plain text of markup without parsing it (fallback for hostile nesting and JSON-LD bodies).</summary>
    public static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
                builder.Append(' ');
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return Tidy(HtmlEntity.DeEntitize(builder.ToString()));
    }

    private static void Render(HtmlNode node, NodeStats stats, StringBuilder builder, bool isRoot, int depth)
    {
        if (depth > 500)
        {
            return;
        }

        switch (node.NodeType)
        {
            case HtmlNodeType.Text:
                builder.Append(HtmlEntity.DeEntitize(node.InnerHtml));
                return;
            case HtmlNodeType.Element:
                break;
            default:
                return;
        }

        var name = node.Name;
        if (!isRoot && Skip(node, name, stats))
        {
            return;
        }

        if (name == "br")
        {
            builder.Append('\n');
            return;
        }

        var block = BlockTags.Contains(name);
        if (block)
        {
            Break(builder);
        }
        else if (name is "td" or "th")
        {
            builder.Append(' ');
        }

        foreach (var child in node.ChildNodes)
        {
            Render(child, stats, builder, isRoot: false, depth + 1);
        }

        if (block)
        {
            Break(builder);
        }
        else if (name is "td" or "th")
        {
            builder.Append(' ');
        }
    }

    /// <summary>Headlines and link lists inside the body are not body text.</summary>
    private static bool Skip(HtmlNode node, string name, NodeStats stats)
    {
        if (name == "h1")
        {
            return true;
        }

        // Related-link lists are mostly link text; a list of linked headlines with summaries is not.
        if (name is "ul" or "ol" or "div" or "section" or "table" or "dl")
        {
            var counts = stats[node];
            return counts.Text > 0 && counts.LinkText > counts.Text * 0.65;
        }

        if (name is "p" or "li")
        {
            var counts = stats[node];
            return counts.Text > 0 && (counts.LinkText > counts.Text * 0.85 || (counts.LinkText >= counts.Text * 0.5 && counts.Text < 200 && IsLabelledLink(node)));
        }

        return false;
    }

    /// <summary>
    /// "Read more: <a>…</a>", "Lesen Sie auch: <a>…</a>", "RELATED: <a>…</a>": a short label ending in a
    /// colon, then a link. The shape marks an inline related link in any language.
    /// </summary>
    private static bool IsLabelledLink(HtmlNode paragraph)
    {
        var label = new StringBuilder();
        foreach (var child in paragraph.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Element && (child.Name == "a" || child.SelectSingleNode(".//a") is not null))
            {
                var text = label.ToString().Trim();
                return text.Length is > 1 and <= 30 && text.EndsWith(':');
            }

            label.Append(HtmlEntity.DeEntitize(child.InnerText));
            if (label.Length > 40)
            {
                return false;
            }
        }

        return false;
    }

    private static void Break(StringBuilder builder)
    {
        if (builder.Length > 0 && !(builder.Length >= 2 && builder[^1] == '\n' && builder[^2] == '\n'))
        {
            builder.Append("\n\n");
        }
    }

    /// <summary>Collapses whitespace inside lines and keeps single blank lines between paragraphs.</summary>
    private static string Tidy(string text)
    {
        var paragraphs = new List<string>();
        foreach (var paragraph in text.Split("\n\n"))
        {
            var lines = paragraph.Split('\n')
                .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .Where(l => l.Length > 0);
            var joined = string.Join('\n', lines);
            if (joined.Length > 0)
            {
                paragraphs.Add(joined);
            }
        }

        return string.Join("\n\n", paragraphs);
    }
}
