using HtmlAgilityPack;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>Removes what is never article text: scripts, navigation, hidden parts and boilerplate widgets.</summary>
internal sealed class HtmlPruner(HtmlNode body, List<Removal> removals)
{
    private static readonly HashSet<string> JunkTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "iframe", "svg", "template", "button", "input", "select", "textarea", "nav",
        "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "canvas", "object", "embed", "head",
        "link", "meta", "dialog", "menu", "img", "source", "map",
    };

    // Substrings of class/id tokens that mark boilerplate wherever they appear.
    private static readonly string[] NegativeParts =
    [
        "comment", "share", "sharing", "social", "related", "sidebar", "newsletter", "promo", "cookie", "consent",
        "advert", "outbrain", "taboola", "breadcrumb", "byline", "caption", "recommend", "subscribe", "sponsor",
        "popup", "modal", "footer", "navbar", "masthead", "paywall", "disqus", "signup", "trending", "mostread",
        "most-read", "readmore", "read-more", "morestories", "more-stories", "toolbar", "pagination", "widget",
        // Consent managers, pull quotes (they repeat a sentence of the body), German for advertisement.
        // Embedded posts (tweets) stay: the benchmark counts their text as part of the story.
        "gdpr", "pullquote", "pull-quote", "werbung", "anzeige",
        // Standfirsts, subtitles and kickers sit beside the headline and are not body (English, French
        // "chapeau/chapo/surtitre", Italian "occhiello/sommario", Spanish "entradilla/antetitulo/bajada");
        // a disclaimer under an opinion piece is the publisher's, not the author's.
        "standfirst", "subtitle", "strapline", "excerpt", "chapeau", "chapo", "surtitre",
        "occhiello", "sommario", "entradilla", "antetitulo", "bajada", "disclaimer",
    ];

    // Whole class/id tokens that mark boilerplate only when they stand alone.
    private static readonly HashSet<string> NegativeTokens = new(StringComparer.Ordinal)
    {
        "ad", "ads", "nav", "tags", "author", "authors", "meta", "date", "timestamp", "print", "skip", "banner",
        "credit", "credits", "hidden", "popular", "topics", "dateline", "published", "hide", "bio", "contributor",
        "keywords", "tools", "utility", "rail", "aside", "promo", "teaser", "teasers", "kicker", "headline", "title",
        "cmp", "overlay", "submitted", "badge",
        // A call-to-action box, a headline's "dek", a slideshow's controls and counters.
        "cta", "dek", "controls", "counter",
    };

    private readonly Dictionary<string, bool> _verdicts = new(StringComparer.Ordinal);
    private NodeStats _stats = new();

    public void RemoveBoilerplate()
    {
        var stats = NodeStats.Compute(body);
        _stats = stats;
        var total = Math.Max(1, stats[body].Text);
        var prose = stats[body].ParagraphText;
        var doomed = new List<(HtmlNode Node, string Reason)>();
        var stack = new Stack<HtmlNode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            foreach (var child in node.ChildNodes)
            {
                if (child.NodeType == HtmlNodeType.Comment)
                {
                    doomed.Add((child, string.Empty));
                    continue;
                }

                if (child.NodeType != HtmlNodeType.Element)
                {
                    continue;
                }

                var reason = Reason(child);
                if ((child.Name == "input" && IsEmailField(child)) || (child.Name == "form" && ContainsEmailField(child)))
                {
                    doomed.Add((SignUpBox(child, stats), "sign-up box"));
                }

                // Never drop a wrapper that holds most of the page's text, or most of its paragraph prose
                // (a "teaser" class on the only paragraphs a paywalled page shows): its hint was about layout.
                if (reason is not null && (JunkTags.Contains(child.Name) || (stats[child].Text < total * 0.4 && !HoldsMostProse(child, stats[child], prose))))
                {
                    doomed.Add((child, reason));
                }
                else
                {
                    stack.Push(child);
                }
            }
        }

        foreach (var (node, reason) in doomed)
        {
            if (node.ParentNode is null)
            {
                continue;
            }

            if (reason.Length > 0 && stats[node].Text > 0)
            {
                // The report shows what a reader would have seen, one line per removed element.
                var text = HtmlRenderer.Render([node], stats).Replace("\n\n", " / ", StringComparison.Ordinal).Replace('\n', ' ');
                if (text.Length > 0)
                {
                    removals.Add(new Removal(NoiseRules.HtmlBoilerplate, text));
                }
            }

            node.Remove();
        }
    }

    // Comment threads can out-write a short story; their paragraphs never make them the body.
    private static bool HoldsMostProse(HtmlNode node, NodeStats.Counts counts, int prose) =>
        prose >= 150 && counts.ParagraphText >= prose * 0.5 && counts.LinkText < counts.Text * 0.3
        && !(node.GetAttributeValue("class", string.Empty) + node.GetAttributeValue("id", string.Empty)).Contains("comment", StringComparison.OrdinalIgnoreCase);

    private static bool ContainsEmailField(HtmlNode form) =>
        ContentScorer.Descendants(form).Any(n => n.Name == "input" && IsEmailField(n));

    private static bool IsEmailField(HtmlNode input) =>
        input.GetAttributeValue("type", string.Empty).Equals("email", StringComparison.OrdinalIgnoreCase)
        || input.GetAttributeValue("name", string.Empty).Contains("email", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The largest small block around an e-mail field: a newsletter or sign-up box, whatever its
    /// class is called (its pitch and small print are the text around the field).
    /// </summary>
    private HtmlNode SignUpBox(HtmlNode input, NodeStats stats)
    {
        var box = input;
        for (var parent = input.ParentNode; parent is not null && !ReferenceEquals(parent, body) && stats[parent].Text < 400; parent = parent.ParentNode)
        {
            box = parent;
        }

        return box;
    }

    private bool IntroducesProse(HtmlNode node)
    {
        if (node.Name is not ("h2" or "h3" or "h4" or "h5" or "h6"))
        {
            return IsInlineSubHeading(node);
        }

        var next = node.NextSibling;
        while (next is not null && next.NodeType != HtmlNodeType.Element)
        {
            next = next.NextSibling;
        }

        if (next is null)
        {
            return false;
        }

        var counts = _stats[next];
        return counts.ParagraphText >= 80 && counts.LinkText < counts.Text * 0.3;
    }

    /// <summary>
    /// A short, link-free block styled as a title ("subtitle", "subhead…") between two prose paragraphs is a
    /// sub-heading of the text, not the standfirst beside the headline.
    /// </summary>
    private bool IsInlineSubHeading(HtmlNode node)
    {
        var counts = _stats[node];
        if (counts.Text is 0 or > 150 || counts.LinkText > 0)
        {
            return false;
        }

        var cls = node.GetAttributeValue("class", string.Empty);
        if (!cls.Contains("subtitle", StringComparison.OrdinalIgnoreCase) && !cls.Contains("subhead", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return IsProse(Sibling(node, -1)) && IsProse(Sibling(node, 1));
    }

    private bool IsProse(HtmlNode? node) => node is not null && _stats[node].ParagraphText >= 80 && _stats[node].LinkText < _stats[node].Text * 0.3;

    private static HtmlNode? Sibling(HtmlNode node, int direction)
    {
        var next = direction < 0 ? node.PreviousSibling : node.NextSibling;
        while (next is not null && next.NodeType != HtmlNodeType.Element)
        {
            next = direction < 0 ? next.PreviousSibling : next.NextSibling;
        }

        return next;
    }

    private static bool IsSectionHeader(HtmlNode header)
    {
        var subHeading = false;
        foreach (var node in ContentScorer.Descendants(header))
        {
            if (node.Name == "h1")
            {
                return false;
            }

            subHeading |= node.Name is "h2" or "h3" or "h4" or "h5" or "h6";
        }

        return subHeading;
    }

    private static bool InsideProse(HtmlNode node)
    {
        var parent = node.ParentNode;
        while (parent is not null && parent.NodeType == HtmlNodeType.Element && !HtmlRenderer.IsBlock(parent.Name) && parent.Name is not ("td" or "th"))
        {
            parent = parent.ParentNode;
        }

        return parent?.Name is "p" or "li" or "td" or "th" or "blockquote" or "dd" or "h2" or "h3" or "h4" or "h5" or "h6";
    }

    private string? Reason(HtmlNode node)
    {
        if (JunkTags.Contains(node.Name))
        {
            return "<" + node.Name + ">";
        }

        // A date outside running prose is the story's timestamp, not its text.
        if (node.Name == "time" && !InsideProse(node))
        {
            return "<time>";
        }

        if (node.Name == "form")
        {
            // ASP.NET pages wrap everything in a form; the size guard keeps those.
            return "<form>";
        }

        // A <header> inside the page holds headline, kicker, standfirst and byline; the size guard keeps
        // the rare page that wraps its whole story in one. A header with only a sub-heading is a live-blog
        // entry's or a section's title, which is body.
        if (node.Name == "header" && !IsSectionHeader(node))
        {
            return "<header>";
        }

        if (node.Attributes.Count == 0)
        {
            return null;
        }

        if (node.Attributes.Contains("hidden") || node.GetAttributeValue("aria-hidden", string.Empty) == "true")
        {
            return "hidden";
        }

        var style = node.GetAttributeValue("style", string.Empty);
        if (style.Length > 0 && (Compact(style).Contains("display:none", StringComparison.Ordinal) || Compact(style).Contains("visibility:hidden", StringComparison.Ordinal)))
        {
            return "hidden";
        }

        var role = node.GetAttributeValue("role", string.Empty);
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "alert" or "menu")
        {
            return "role=" + role;
        }

        // Declared content containers carry taxonomy classes ("tag-x", "category-y"), and a sub-heading
        // styled "...__title" that introduces prose is part of the text: hints do not apply to them.
        if (node.Name is "article" or "main" || IntroducesProse(node) || node.GetAttributeValue("itemprop", string.Empty).Contains("articleBody", StringComparison.Ordinal))
        {
            return null;
        }

        var hints = (node.GetAttributeValue("class", string.Empty) + " " + node.GetAttributeValue("id", string.Empty)).ToLowerInvariant();
        // Pages repeat the same class strings thousands of times: decide each one once.
        if (!_verdicts.TryGetValue(hints, out var negative))
        {
            negative = IsNegative(hints);
            _verdicts[hints] = negative;
        }

        return negative ? hints.Trim() : null;
    }

    internal static bool IsNegative(string hints)
    {
        foreach (var token in hints.Split([' ', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var part in NegativeParts)
            {
                if (token.Contains(part, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            foreach (var piece in token.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                if (NegativeTokens.Contains(piece))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Compact(string style) => style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
