using System.Globalization;
using System.Text.Json;
using Summarizer.Documents;

namespace Summarizer.Ingestion;

/// <summary>
/// Reads articles from JSON: one object <c>{"title","outlet","url","publishedAt","author","text"|"html"}</c>
/// or an array of them.
/// </summary>
internal static class JsonArticleParser
{
    public static IReadOnlyList<(RawArticle? Article, string? Problem)> Parse(string origin, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            return [(null, $"invalid JSON ({ex.Message})")];
        }

        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Object => [ReadOne(origin, root)],
                JsonValueKind.Array => [.. root.EnumerateArray().Select((item, i) => ReadOne($"{origin}#{i}", item))],
                _ => [(null, "JSON must be an article object or an array of article objects")],
            };
        }
    }

    private static (RawArticle?, string?) ReadOne(string origin, JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return (null, "JSON article must be an object");
        }

        var text = GetString(item, "text");
        var html = GetString(item, "html");
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
        {
            return (null, "JSON article has neither a \"text\" nor an \"html\" field with content");
        }

        var published = GetString(item, "publishedAt");
        DateTimeOffset? publishedAt = DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var p) ? p : null;
        var metadata = new ArticleMetadata
        {
            Title = NullIfBlank(GetString(item, "title")),
            Outlet = NullIfBlank(GetString(item, "outlet")),
            Url = NullIfBlank(GetString(item, "url")),
            Author = NullIfBlank(GetString(item, "author")),
            Language = NullIfBlank(GetString(item, "language")),
            PublishedAt = publishedAt,
        };
        return string.IsNullOrWhiteSpace(text)
            ? (new RawArticle(origin, ContentKind.Html, html!, metadata), null)
            : (new RawArticle(origin, ContentKind.PlainText, text, metadata), null);
    }

    private static string? GetString(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (property.Name.Equals(name, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
