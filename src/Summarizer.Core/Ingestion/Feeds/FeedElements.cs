using System.Xml.Linq;

namespace Summarizer.Ingestion.Feeds;

/// <summary>Finding elements the way feeds name them, resolving links against xml:base, and reading names.</summary>
internal static class FeedElements
{
    /// <summary>The first child in an RSS namespace (or none) with this local name, compared without case.</summary>
    public static XElement? Rss(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => FeedNamespaces.IsRss(e.Name.Namespace) && e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<XElement> RssAll(XElement parent, string localName) =>
        parent.Elements().Where(e => FeedNamespaces.IsRss(e.Name.Namespace) && e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first child in a namespace <paramref name="inNamespace"/> accepts, with this local name.</summary>
    public static XElement? In(XElement? parent, Func<XNamespace, bool> inNamespace, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName && inNamespace(e.Name.Namespace));

    public static XElement? In(XElement? parent, string ns, string localName) => parent?.Element(XName.Get(localName, ns));

    /// <summary>The address of <paramref name="element"/>'s content: the document's, changed by every xml:base on the way down.</summary>
    public static Uri? BaseOf(XElement element, Uri? documentUrl)
    {
        var chain = element.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).Where(b => b is not null).Reverse();
        var current = documentUrl;
        foreach (var value in chain)
        {
            current = Uri.TryCreate(value!.Trim(), UriKind.Absolute, out var absolute) && !value.TrimStart().StartsWith('/')
                ? absolute
                : current is not null && Uri.TryCreate(current, value.Trim(), out var relative) ? relative : current;
        }

        return current;
    }

    /// <summary>An http(s) address, absolute or resolved against <paramref name="baseUrl"/>; null for other schemes.</summary>
    public static Uri? WebAddress(string? link, Uri? baseUrl)
    {
        link = link?.Trim();
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        Uri? resolved;
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && !link.StartsWith('/'))
        {
            resolved = absolute;
        }
        else if (baseUrl is null || !Uri.TryCreate(baseUrl, link, out resolved))
        {
            return null;
        }

        return resolved.Scheme == Uri.UriSchemeHttp || resolved.Scheme == Uri.UriSchemeHttps ? resolved : null;
    }

    /// <summary>True when <paramref name="value"/> is an absolute http(s) address by itself (no base needed).</summary>
    public static bool IsAbsoluteWebAddress(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A person as RSS writes one: "me@example.com (Name)" or "Name &lt;me@example.com&gt;" give Name.</summary>
    public static string? PersonName(string? value)
    {
        value = FeedText.ToLine(value);
        if (value is null)
        {
            return null;
        }

        // "me@example.com (Name)" or "Name (me@example.com)": the part without the @ is the name.
        var open = value.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && value.EndsWith(')'))
        {
            var outside = value[..open].Trim();
            var inside = value[(open + 1)..^1].Trim();
            if (outside.Contains('@', StringComparison.Ordinal) != inside.Contains('@', StringComparison.Ordinal))
            {
                var name = outside.Contains('@', StringComparison.Ordinal) ? inside : outside;
                return name.Length > 0 ? name : value;
            }
        }

        var angle = value.IndexOf('<', StringComparison.Ordinal);
        if (angle > 0 && value.EndsWith('>') && value[angle..].Contains('@', StringComparison.Ordinal))
        {
            return value[..angle].Trim();
        }

        return value;
    }
}
