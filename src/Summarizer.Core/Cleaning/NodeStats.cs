using HtmlAgilityPack;

namespace Summarizer.Cleaning;

/// <summary>Per-element text counts, computed in one iterative pass so scoring never re-walks subtrees.</summary>
internal sealed class NodeStats
{
    private readonly Dictionary<HtmlNode, Counts> _counts = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Non-space characters of text, of link text, commas, &lt;p&gt; elements under a node, and the
    /// characters of text inside those &lt;p&gt; elements (prose, as opposed to labels and link lists).
    /// </summary>
    internal readonly record struct Counts(int Text, int LinkText, int Commas, int Paragraphs, int ParagraphText = 0);

    public Counts this[HtmlNode node] => _counts.TryGetValue(node, out var counts) ? counts : default;

    public double LinkDensity(HtmlNode node)
    {
        var counts = this[node];
        return counts.Text == 0 ? 0 : (double)counts.LinkText / counts.Text;
    }

    public static NodeStats Compute(HtmlNode root)
    {
        var stats = new NodeStats();
        var stack = new Stack<(HtmlNode Node, bool Done)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, done) = stack.Pop();
            if (!done)
            {
                stack.Push((node, true));
                foreach (var child in node.ChildNodes)
                {
                    if (child.NodeType == HtmlNodeType.Element && child.Name is not ("script" or "style" or "noscript" or "template"))
                    {
                        stack.Push((child, false));
                    }
                }

                continue;
            }

            int text = 0, commas = 0, paragraphs = node.Name == "p" ? 1 : 0, links = 0, paragraphText = 0;
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Text)
                {
                    Count(child.InnerHtml, ref text, ref commas);
                }
                else if (child.NodeType == HtmlNodeType.Element && stats._counts.TryGetValue(child, out var c))
                {
                    text += c.Text;
                    commas += c.Commas;
                    paragraphs += c.Paragraphs;
                    links += c.LinkText;
                    paragraphText += c.ParagraphText;
                }
            }

            if (node.Name == "a")
            {
                links = text;
            }

            if (node.Name == "p")
            {
                paragraphText = text;
            }

            stats._counts[node] = new Counts(text, links, commas, paragraphs, paragraphText);
        }

        return stats;
    }

    private static void Count(string text, ref int characters, ref int commas)
    {
        foreach (var c in text)
        {
            if (c == ',')
            {
                commas++;
            }

            if (!char.IsWhiteSpace(c))
            {
                characters++;
            }
        }
    }
}
