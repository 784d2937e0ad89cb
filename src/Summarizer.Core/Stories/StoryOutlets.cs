using Summarizer.Documents;

namespace Summarizer.Stories;

/// <summary>Who published an article, for counting how many outlets covered a story.</summary>
internal static class StoryOutlets
{
    /// <summary>The declared outlet, else the URL's host, else the origin's host, else the origin.</summary>
    public static string Of(CleanedArticle article)
    {
        if (!string.IsNullOrWhiteSpace(article.Metadata.Outlet))
        {
            return article.Metadata.Outlet.Trim();
        }

        return Host(article.Metadata.Url) ?? Host(article.Origin) ?? article.Origin;
    }

    private static string? Host(string? url)
    {
        if (url is null
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
