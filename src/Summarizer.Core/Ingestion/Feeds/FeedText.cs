using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// The value of a text construct (title, description, content): inline XHTML kept as markup, base64 bodies
/// decoded (Atom's non-text media types and Atom 0.3's mode="base64"), windows-1252 character references
/// in escaped HTML mapped as browsers map them; and HTML turned into text with each block on its own line.
/// </summary>
internal static partial class FeedText
{
    /// <summary>The construct's content as a string (HTML or text), trimmed; null when empty.</summary>
    public static string? Of(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant();
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        string value;
        if (element.HasElements && type is "html" or "text/html")
        {
            // Escaped HTML wrapped in elements it should not have: the text is the markup.
            value = element.Value;
        }
        else if (element.HasElements)
        {
            value = InnerMarkup(element);
        }
        else if (mode == "base64" || (type is not null && IsBinaryType(type)))
        {
            value = DecodeBase64(element.Value) ?? element.Value;
        }
        else
        {
            value = element.Value;
        }

        value = FixWindows1252References(value).Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>HTML as plain text: tags dropped, entities decoded, one line per block (paragraph, heading, list item, break).</summary>
    public static string ToPlainText(string html)
    {
        // Line breaks in the source are spaces in HTML; only block elements start a new line.
        var text = SpacePattern().Replace(html, " ");
        text = BlockTagPattern().Replace(text, "\n");
        text = TagPattern().Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        var lines = text.Split('\n')
            .Select(l => SpacePattern().Replace(l, " ").Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>A title or name as text: markup removed only when the value is HTML (a tag or an entity), else kept as written.</summary>
    public static string? ToLine(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = LooksLikeHtml(value) ? ToPlainText(value).Replace('\n', ' ') : SpacePattern().Replace(value, " ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static bool LooksLikeHtml(string value) => HtmlTagPattern().IsMatch(value) || value.Contains('&', StringComparison.Ordinal);

    // Inline XHTML: the children serialised; an Atom xhtml construct's wrapping <div> is not part of the content.
    private static string InnerMarkup(XElement element)
    {
        var nodes = element.Nodes().ToList();
        var elements = nodes.OfType<XElement>().ToList();
        if (elements.Count == 1 && elements[0].Name.LocalName == "div" && nodes.OfType<XText>().All(t => string.IsNullOrWhiteSpace(t.Value)))
        {
            nodes = [.. elements[0].Nodes()];
        }

        var markup = new StringBuilder();
        foreach (var node in nodes)
        {
            markup.Append(node is XElement e ? StripNamespaces(e).ToString(SaveOptions.DisableFormatting) : node.ToString(SaveOptions.DisableFormatting));
        }

        return markup.ToString();
    }

    // xmlns="http://www.w3.org/1999/xhtml" on every element is noise to an HTML reader.
    private static XElement StripNamespaces(XElement element) =>
        new(
            element.Name.LocalName,
            element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
            element.Nodes().Select(n => n is XElement child ? StripNamespaces(child) : n));

    private static bool IsBinaryType(string type) =>
        type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("+xml", StringComparison.Ordinal) && !type.EndsWith("/xml", StringComparison.Ordinal);

    private static string? DecodeBase64(string value)
    {
        var compact = SpacePattern().Replace(value, string.Empty);
        var buffer = new byte[compact.Length];
        if (!Convert.TryFromBase64String(compact, buffer, out var length))
        {
            return null;
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // Escaped HTML keeps its references as text ("don&#146;t"); the same mapping as the XML repair applies to them.
    private static string FixWindows1252References(string value) =>
        value.Contains("&#", StringComparison.Ordinal)
            ? Windows1252ReferencePattern().Replace(value, m =>
            {
                var hex = m.Groups[1].Success;
                var code = int.Parse(hex ? m.Groups[1].Value : m.Groups[2].Value, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
                return string.Create(CultureInfo.InvariantCulture, $"&#{FeedCharacters.FromWindows1252(code)};");
            })
            : value;

    [GeneratedRegex(@"&#(?:[xX]0*([89][0-9a-fA-F])|0*(1[2-5][0-9]));", RegexOptions.CultureInvariant)]
    private static partial Regex Windows1252ReferencePattern();

    [GeneratedRegex(@"<\s*/?\s*(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|pre|hr|section|article|header|footer|dd|dt|figure|figcaption)\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlockTagPattern();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"</?(?:a|b|i|u|s|em|strong|p|br|span|div|img|sup|sub|code|small|big|font|q|cite|abbr|h[1-6])\b[^>]*>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTagPattern();

    [GeneratedRegex(@"[ \t\r\n\f\u00A0]+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();
}
