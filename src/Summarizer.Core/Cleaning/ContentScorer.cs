using HtmlAgilityPack;

namespace Summarizer.Cleaning;

/// <summary>
/// Picks the element(s) holding the article body: declared structure first, then a
/// Readability-style content-density score (paragraph text and commas pushed to ancestors,
/// class/id hints, discounted by link density), then related siblings of the winner.
/// </summary>
internal static class ContentScorer
{
    private static readonly string[] PositiveParts = ["article", "content", "body", "story", "entry", "main", "post", "text", "blog"];

    public static IReadOnlyList<HtmlNode> FindMainContent(HtmlNode body, NodeStats stats)
    {
        var declared = Declared(body, stats);
        if (declared is not null)
        {
            return [declared];
        }

        var scores = new Dictionary<HtmlNode, double>(ReferenceEqualityComparer.Instance);
        foreach (var node in Descendants(body))
        {
            if (node.Name is not ("p" or "pre" or "td" or "blockquote") && !(node.Name == "div" && !HasBlockChild(node)))
            {
                continue;
            }

            var counts = stats[node];

            // A cell holding paragraphs is a layout column: its paragraphs are scored, not the cell again.
            if (counts.Text < 25 || (node.Name == "td" && counts.Paragraphs > 0))
            {
                continue;
            }

            var score = 1 + counts.Commas + Math.Min(counts.Text / 100, 3);
            var ancestor = node.ParentNode;
            for (var level = 0; level < 3 && ancestor is not null && ancestor.NodeType == HtmlNodeType.Element; level++)
            {
                if (!scores.ContainsKey(ancestor))
                {
                    scores[ancestor] = Initial(ancestor);
                }

                scores[ancestor] += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0);
                ancestor = ancestor.ParentNode;
            }
        }

        HtmlNode? best = null;
        var bestScore = double.MinValue;
        foreach (var (node, score) in scores)
        {
            var adjusted = score * (1 - stats.LinkDensity(node));
            if (adjusted > bestScore || (adjusted == bestScore && best is not null && node.StreamPosition < best.StreamPosition))
            {
                best = node;
                bestScore = adjusted;
            }
        }

        if (best is null)
        {
            return [body];
        }

        var parts = SameClassParts(body, best, stats);
        return parts.Count > 1 ? parts : WithSiblings(best, bestScore, scores, stats);
    }

    /// <summary>A single itemprop=articleBody, or a single &lt;article&gt;, holding a real amount of text.</summary>
    private static HtmlNode? Declared(HtmlNode body, NodeStats stats)
    {
        HtmlNode? itemBody = null;
        var articles = new List<HtmlNode>();
        foreach (var node in Descendants(body))
        {
            if (itemBody is null && node.GetAttributeValue("itemprop", string.Empty).Contains("articleBody", StringComparison.Ordinal)
                && stats[node].Text >= 200)
            {
                itemBody = node;
            }

            if (node.Name == "article" && stats[node].Text >= 200)
            {
                articles.Add(node);
            }
        }

        if (itemBody is not null)
        {
            return itemBody;
        }

        // Nested articles count once; several sibling articles are a listing, not one story.
        var outer = articles.Where(a => !articles.Any(b => !ReferenceEquals(a, b) && IsAncestor(b, a))).ToList();
        return outer.Count == 1 && stats[outer[0]].Text >= stats[body].Text * 0.3 ? outer[0] : null;
    }

    /// <summary>
    /// Bodies split by figures or ads into several blocks usually repeat the winner's tag and class:
    /// take every such block that is text rather than links.
    /// </summary>
    private static List<HtmlNode> SameClassParts(HtmlNode body, HtmlNode best, NodeStats stats)
    {
        var cls = best.GetAttributeValue("class", string.Empty);
        if (cls.Length == 0)
        {
            return [];
        }

        var parts = new List<HtmlNode>();
        foreach (var node in Descendants(body))
        {
            if (node.Name == best.Name && node.GetAttributeValue("class", string.Empty) == cls
                && (ReferenceEquals(node, best) || (stats[node].Text >= 50 && stats.LinkDensity(node) < 0.33))
                && !parts.Exists(p => IsAncestor(p, node)))
            {
                // A sub-heading right above a block (live-blog entries, sections) belongs to it.
                if (PreviousElement(node) is { Name: "h2" or "h3" or "h4" or "h5" or "h6" } heading)
                {
                    parts.Add(heading);
                }

                parts.Add(node);
            }
        }

        return parts.Count(p => p.Name == best.Name) > 1 ? parts : [];
    }

    private static List<HtmlNode> WithSiblings(HtmlNode best, double bestScore, Dictionary<HtmlNode, double> scores, NodeStats stats)
    {
        var parent = best.ParentNode;
        if (parent is null)
        {
            return [best];
        }

        var threshold = Math.Max(10, bestScore * 0.2);
        var result = new List<HtmlNode>();
        foreach (var sibling in parent.ChildNodes)
        {
            if (sibling.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            if (ReferenceEquals(sibling, best))
            {
                result.Add(sibling);
                continue;
            }

            var counts = stats[sibling];
            var linkDensity = stats.LinkDensity(sibling);
            var score = scores.TryGetValue(sibling, out var s) ? s * (1 - linkDensity) : 0;
            var isParagraph = sibling.Name == "p";
            if (score >= threshold
                || (isParagraph && counts.Text > 80 && linkDensity < 0.25)
                || (isParagraph && counts.Text is > 0 and <= 80 && linkDensity == 0 && sibling.InnerText.TrimEnd().EndsWith('.')))
            {
                result.Add(sibling);
            }
        }

        return result;
    }

    private static double Initial(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        var hints = (node.GetAttributeValue("class", string.Empty) + " " + node.GetAttributeValue("id", string.Empty)).ToLowerInvariant();
        if (hints.Length > 1)
        {
            if (HtmlPruner.IsNegative(hints))
            {
                score -= 25;
            }

            if (PositiveParts.Any(p => hints.Contains(p, StringComparison.Ordinal)))
            {
                score += 25;
            }
        }

        return score;
    }

    private static HtmlNode? PreviousElement(HtmlNode node)
    {
        var previous = node.PreviousSibling;
        while (previous is not null && previous.NodeType != HtmlNodeType.Element)
        {
            previous = previous.PreviousSibling;
        }

        return previous;
    }

    private static bool HasBlockChild(HtmlNode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child.NodeType == HtmlNodeType.Element && HtmlRenderer.IsBlock(child.Name))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var current = node.ParentNode; current is not null; current = current.ParentNode)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Elements under <paramref name="root"/> in document order, without recursion.</summary>
    internal static IEnumerable<HtmlNode> Descendants(HtmlNode root)
    {
        var stack = new Stack<HtmlNode>();
        for (var i = root.ChildNodes.Count - 1; i >= 0; i--)
        {
            stack.Push(root.ChildNodes[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node.NodeType != HtmlNodeType.Element)
            {
                continue;
            }

            yield return node;
            for (var i = node.ChildNodes.Count - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }
    }
}
