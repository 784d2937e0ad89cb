using System.Text;

namespace Summarizer.Ingestion.Http;

/// <summary>Fetches web resources politely and safely; create one with <see cref="WebFetchers.Create"/>.</summary>
public interface IWebFetcher : IDisposable
{
    /// <summary>Fetches one http(s) resource, following redirects and retrying transient failures.</summary>
    /// <exception cref="FetchException">The resource could not be fetched; the message says why in one line.</exception>
    Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken);
}

/// <summary>What to fetch.</summary>
/// <param name="Url">An absolute http or https address.</param>
public sealed record FetchRequest(Uri Url)
{
    /// <summary>
    /// Send the ETag / Last-Modified remembered for this URL, so an unchanged resource comes back as
    /// <see cref="FetchResult.NotModified"/>. Only use it when you keep a copy of the last response.
    /// </summary>
    public bool Conditional { get; init; }
}

/// <summary>A fetched resource.</summary>
/// <param name="Url">The address asked for.</param>
/// <param name="FinalUrl">The address after redirects.</param>
/// <param name="StatusCode">The final HTTP status (200..299, or 304).</param>
/// <param name="NotModified">True for a 304 to a conditional request: use your cached copy; <see cref="Body"/> is empty.</param>
/// <param name="Body">The response body, at most <see cref="FetchOptions.MaxResponseBytes"/>.</param>
/// <param name="MediaType">Content-Type without parameters, when the server sent one.</param>
/// <param name="Charset">Content-Type charset, when the server sent one.</param>
public sealed record FetchResult(Uri Url, Uri FinalUrl, int StatusCode, bool NotModified, ReadOnlyMemory<byte> Body, string? MediaType, string? Charset)
{
    /// <summary>
    /// The body as text: the charset from Content-Type, else (for HTML) from a &lt;meta charset&gt; near
    /// the top, else a byte order mark, else UTF-8.
    /// </summary>
    public string DecodeText()
    {
        var label = Charset ?? (MediaType is null or "text/html" or "application/xhtml+xml" ? SniffMetaCharset(Body.Span) : null);
        using var reader = new StreamReader(new MemoryStream(Body.ToArray()), EncodingFor(label), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static Encoding EncodingFor(string? label)
    {
        if (label is null)
        {
            return Encoding.UTF8;
        }

        label = label.Trim('"', '\'', ' ');
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            // Legacy code pages (windows-1252 on older news sites) without registering a process-wide provider.
            // An unknown label falls back to UTF-8, the web's default and the best remaining guess.
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.UTF8;
        }
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = System.Text.RegularExpressions.Regex.Match(
            head, "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return match.Success ? match.Groups[1].Value : null;
    }
}

/// <summary>
/// A resource could not be fetched. <see cref="Exception.Message"/> is one line naming the cause.
/// <see cref="FetchRefusedException"/> is the refusal to connect to an inward address.
/// </summary>
public class FetchException : Exception
{
    public FetchException()
    {
    }

    public FetchException(string message)
        : base(message)
    {
    }

    public FetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FetchException(Uri? url, string message, Exception? innerException = null)
        : base(message, innerException) => Url = url;

    /// <summary>The address that failed (after redirects, when the failure came after one).</summary>
    public Uri? Url { get; }

    /// <summary>The HTTP status that caused the failure, if there was one.</summary>
    public int? StatusCode { get; init; }
}

/// <summary>Shortcuts for <see cref="IWebFetcher"/>.</summary>
public static class WebFetcherExtensions
{
    /// <summary>Fetches <paramref name="url"/> unconditionally.</summary>
    public static Task<FetchResult> FetchAsync(this IWebFetcher fetcher, Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        return fetcher.FetchAsync(new FetchRequest(url), cancellationToken);
    }
}
