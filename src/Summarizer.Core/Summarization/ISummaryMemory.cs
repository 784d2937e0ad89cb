using System.Security.Cryptography;
using System.Text;
using Summarizer.Documents;

namespace Summarizer.Summarization;

/// <summary>
/// Summaries written on earlier runs, so an article seen again (the next day, or under a changed tracking
/// query) is not sent to the model again. A memory serves one engine only: implementations key their
/// entries by the engine's fingerprint, so another model or other prompts never reuse these summaries.
/// </summary>
public interface ISummaryMemory
{
    /// <summary>The summary written earlier of this article as it reads now, or null.</summary>
    Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken);

    /// <summary>Keeps <paramref name="summary"/> for later runs (and marks an existing entry as used now).</summary>
    Task RememberAsync(CleanedArticle article, SourceSummary summary, CancellationToken cancellationToken);
}

/// <summary>How an article is recognised on a later run.</summary>
/// <param name="Url">The canonical article URL (no tracking parameters, fragment or default port), when known.</param>
/// <param name="ContentHash">SHA-256 of the title and cleaned text: what the summary was written from.</param>
public sealed record ArticleIdentity(string? Url, string ContentHash)
{
    /// <summary>The identity of <paramref name="article"/>: its origin when that is a web address, else the page's declared URL.</summary>
    public static ArticleIdentity Of(CleanedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var url = WebAddress(article.Origin) ?? WebAddress(article.Metadata.Url);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((article.Title ?? string.Empty) + "\n" + article.Text));
        return new ArticleIdentity(url, Convert.ToHexStringLower(hash));
    }

    private static string? WebAddress(string? text) =>
        UrlNormalizer.TryWebAddress(text, out var url) ? UrlNormalizer.Canonical(url) : null;
}
