using Summarizer.Documents;

namespace Summarizer.Ingestion;

/// <summary>Decides how an input is encoded: by extension for files, by a look at the content for stdin.</summary>
internal static class ContentKindGuess
{
    public enum Kind
    {
        PlainText,
        Markdown,
        Html,
        Json,
    }

    public static Kind FromExtension(string path, string content) =>
        Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" or ".XHTML" => Kind.Html,
            ".MD" or ".MARKDOWN" => Kind.Markdown,
            ".JSON" => Kind.Json,
            ".TXT" => Kind.PlainText,
            _ => FromContent(content),
        };

    public static Kind FromContent(string content)
    {
        var start = content.AsSpan().TrimStart();
        if (start.StartsWith("{") || start.StartsWith("["))
        {
            return Kind.Json;
        }

        if (start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<") && content.Contains("</p>", StringComparison.OrdinalIgnoreCase)))
        {
            return Kind.Html;
        }

        return Kind.PlainText;
    }

    public static ContentKind ToContentKind(Kind kind) => kind switch
    {
        Kind.Html => ContentKind.Html,
        Kind.Markdown => ContentKind.Markdown,
        _ => ContentKind.PlainText,
    };
}
