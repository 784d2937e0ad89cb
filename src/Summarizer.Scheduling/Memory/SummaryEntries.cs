using System.Text.Json;
using Microsoft.Extensions.Logging;
using Summarizer.Documents;
using Summarizer.Summarization;

namespace Summarizer.Scheduling.Memory;

/// <summary>How both summary memories (SQLite and the shared PostgreSQL store) file an article's summary.</summary>
internal static class SummaryEntries
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The keys an article is filed under: the URL finds it under a changed tracking query; the content finds a copy
    /// under another address. Looked up in this order.
    /// </summary>
    public static IReadOnlyList<string> Keys(ArticleIdentity identity) =>
        identity.Url is { } url ? ["url:" + url, "text:" + identity.ContentHash] : ["text:" + identity.ContentHash];

    /// <summary>The summary as stored: without its source number, which each run assigns afresh.</summary>
    public static string Serialize(SourceSummary summary) => JsonSerializer.Serialize(summary with { SourceId = 0 }, Json);

    private static SourceSummary? Deserialize(string json) => JsonSerializer.Deserialize<SourceSummary>(json, Json);

    /// <summary>
    /// The summary an entry found under one of the article's keys holds, or null (logged) when the article's text has
    /// changed since: then it is summarized again.
    /// </summary>
    public static SourceSummary? Recalled(CleanedArticle article, ArticleIdentity identity, string storedHash, string json, DateTimeOffset firstSeen, ILogger logger)
    {
        if (storedHash != identity.ContentHash)
        {
            logger.LogInformation("{Source} changed since it was summarized on {FirstSeen:yyyy-MM-dd}; summarizing it again", article.Origin, firstSeen);
            return null;
        }

        return Deserialize(json);
    }
}
