using HtmlAgilityPack;

namespace Summarizer.Cleaning;

/// <summary>
/// Old and hand-made pages write paragraphs as text runs separated by <c>&lt;br&gt;&lt;br&gt;</c>
/// inside a cell or a font tag. Wrapping each run in a &lt;p&gt; lets the density scorer credit the
/// element that really holds the text instead of the whole layout row around it (as Readability does).
/// </summary>
internal static class BreakParagraphs
{
    public static void Apply(HtmlNode body)
    {
        var hosts = ContentScorer.Descendants(body).Where(HasDoubleBreak).ToList();

        // Innermost first, so an outer host sees the paragraphs made inside it and leaves them whole.
        for (var i = hosts.Count - 1; i >= 0; i--)
        {
            Wrap(hosts[i]);
        }
    }

    private static bool IsBlockLike(HtmlNode node) =>
        node.NodeType == HtmlNodeType.Element && (HtmlRenderer.IsBlock(node.Name) || node.Name is "td" or "tr");

    private static bool HasDoubleBreak(HtmlNode node)
    {
        if (node.Name is "p" or "pre" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "a" or "span" or "b" or "i" or "strong" or "em")
        {
            return false;
        }

        var previousWasBreak = false;
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(child.InnerHtml))
            {
                continue;
            }

            var isBreak = child.NodeType == HtmlNodeType.Element && child.Name == "br";
            if (isBreak && previousWasBreak)
            {
                return true;
            }

            previousWasBreak = isBreak;
        }

        return false;
    }

    private static void Wrap(HtmlNode host)
    {
        var children = host.ChildNodes.ToList();
        host.RemoveAllChildren();
        var run = new List<HtmlNode>();
        for (var i = 0; i < children.Count; i++)
        {
            var child = children[i];
            if (child.NodeType == HtmlNodeType.Element && child.Name == "br" && NextIsBreak(children, i))
            {
                Flush(host, run);
                continue;
            }

            run.Add(child);
        }

        Flush(host, run);
    }

    private static bool NextIsBreak(List<HtmlNode> children, int index)
    {
        for (var j = index + 1; j < children.Count; j++)
        {
            var next = children[j];
            if (next.NodeType == HtmlNodeType.Text && string.IsNullOrWhiteSpace(next.InnerHtml))
            {
                continue;
            }

            return next.NodeType == HtmlNodeType.Element && next.Name == "br";
        }

        // A break closing the host ends the last run like a double one.
        return false;
    }

    /// <summary>A run of inline content with text becomes a paragraph; one holding blocks stays as it was.</summary>
    private static void Flush(HtmlNode host, List<HtmlNode> run)
    {
        var hasText = run.Exists(n => !string.IsNullOrWhiteSpace(n.InnerText));
        var hasBlock = run.Exists(n => IsBlockLike(n) || (n.NodeType == HtmlNodeType.Element && n.Descendants().Any(IsBlockLike)));
        if (hasText && !hasBlock)
        {
            var paragraph = host.OwnerDocument.CreateElement("p");
            foreach (var node in run)
            {
                paragraph.AppendChild(node);
            }

            host.AppendChild(paragraph);
        }
        else
        {
            foreach (var node in run)
            {
                host.AppendChild(node);
            }
        }

        run.Clear();
    }
}
