using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly;

namespace Summarizer.Ingestion.Http;

/// <summary>
/// GETs with the safety rails a scheduled job needs: http(s) only, no inward addresses (vetted by
/// <see cref="ConnectGuard"/> when connecting; IP literals before any request), redirects followed by hand
/// (so each hop is checked), a body cap, a timeout per attempt, bounded retries, and concurrency limits.
/// </summary>
internal sealed class WebFetcher(
    HttpClient client, bool ownsClient, FetchOptions options, ConnectGuard guard, TimeProvider time, IFetchStateStore? states, ILogger logger) : IWebFetcher
{
    private readonly ResiliencePipeline<HttpReply> _retry = FetchRetryPipeline.Build(options, time, logger);
    private readonly SemaphoreSlim _global = new(options.MaxConcurrency, options.MaxConcurrency);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.Url;
        CheckScheme(url, url);
        CheckLiteral(url, url);
        var state = request.Conditional && states is not null ? await states.GetAsync(url, cancellationToken) : null;
        var visited = new List<Uri> { url };
        var current = url;
        while (true)
        {
            // Validators belong to the URL they were stored for, so they go only on the first hop.
            HttpReply reply;
            try
            {
                reply = await SendWithRetriesAsync(current, current == url ? state : null, cancellationToken);
            }
            catch (FetchRefusedException ex)
            {
                throw ex.At(current, url);
            }

            if (IsRedirect(reply.Status))
            {
                var next = reply.Location is null
                    ? throw new FetchException(current, $"HTTP {(int)reply.Status} redirect without a Location header") { StatusCode = (int)reply.Status }
                    : new Uri(current, reply.Location);
                CheckScheme(url, next);
                CheckLiteral(next, url);
                if (visited.Any(v => v.AbsoluteUri == next.AbsoluteUri))
                {
                    throw new FetchException(current, $"redirect loop: {string.Join(" -> ", visited.Append(next).Select(v => v.PathAndQuery))}");
                }

                visited.Add(next);
                if (visited.Count - 1 > options.MaxRedirects)
                {
                    throw new FetchException(current, $"more than {options.MaxRedirects} redirects");
                }

                logger.LogDebug("Redirect {From} -> {To}", current, next);
                current = next;
                continue;
            }

            if (reply.Status == HttpStatusCode.NotModified && state is not null)
            {
                logger.LogDebug("Not modified: {Url}", url);

                // Stored again: the validators were just confirmed (and may be updated, as a 304 can carry
                // new ones), which also tells a pruning store that the URL is still in use.
                if (states is not null)
                {
                    await states.SetAsync(url, new FetchState(reply.ETag ?? state.ETag, reply.LastModified ?? state.LastModified), cancellationToken);
                }
                return new FetchResult(url, current, 304, NotModified: true, ReadOnlyMemory<byte>.Empty, null, null);
            }

            if ((int)reply.Status is < 200 or > 299)
            {
                throw new FetchException(current, $"HTTP {(int)reply.Status} {reply.ReasonPhrase}".TrimEnd()) { StatusCode = (int)reply.Status };
            }

            if (states is not null && (reply.ETag is not null || reply.LastModified is not null))
            {
                await states.SetAsync(url, new FetchState(reply.ETag, reply.LastModified), cancellationToken);
            }

            return new FetchResult(url, current, (int)reply.Status, NotModified: false, reply.Body, reply.MediaType, reply.Charset);
        }
    }

    public void Dispose()
    {
        if (ownsClient)
        {
            client.Dispose();
        }

        _global.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is 301 or 302 or 303 or 307 or 308;

    private static void CheckScheme(Uri requested, Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            throw new FetchException(requested, $"not an absolute URL: {url}");
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            var where = url == requested ? string.Empty : $" (redirect from {requested})";
            throw new FetchException(requested, $"only http and https URLs are fetched; {url.Scheme}: is refused{where}");
        }
    }

    private void CheckLiteral(Uri url, Uri requested)
    {
        try
        {
            guard.VetLiteral(url);
        }
        catch (FetchRefusedException ex)
        {
            throw ex.At(url, requested);
        }
    }

    private async Task<HttpReply> SendWithRetriesAsync(Uri url, FetchState? state, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(FetchRetryPipeline.UrlKey, url);
        try
        {
            return await _retry.ExecuteAsync(
                static (context, s) => new ValueTask<HttpReply>(s.Fetcher.SendOnceAsync(s.Url, s.State, context.CancellationToken)),
                context,
                (Fetcher: this, Url: url, State: state));
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new FetchException(url, $"connection failed: {OneLine(ex.Message)}", ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<HttpReply> SendOnceAsync(Uri url, FetchState? state, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(url.IdnHost, _ => new SemaphoreSlim(options.MaxConcurrencyPerHost, options.MaxConcurrencyPerHost));

        // Host slot first: a request queued behind a busy host must not hold one of the global slots.
        await host.WaitAsync(cancellationToken);
        try
        {
            await _global.WaitAsync(cancellationToken);
            try
            {
                return await SendUnlimitedAsync(url, state, cancellationToken);
            }
            finally
            {
                _global.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    private async Task<HttpReply> SendUnlimitedAsync(Uri url, FetchState? state, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5");
            if (state?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (state?.LastModified is { } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var body = response.IsSuccessStatusCode ? await ReadCappedAsync(url, response, linked.Token) : ReadOnlyMemory<byte>.Empty;
            return new HttpReply(
                response.StatusCode,
                response.ReasonPhrase,
                response.Headers.Location,
                RetryAfter(response.Headers.RetryAfter),
                response.Headers.ETag?.ToString(),
                response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault() : null,
                response.Content.Headers.ContentType?.MediaType,
                response.Content.Headers.ContentType?.CharSet,
                body);
        }
        catch (HttpRequestException ex) when (Refusal(ex) is { } refusal)
        {
            // The handler wraps what the connect step threw; unwrapped, so that it is final and not retried.
            throw refusal;
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Not retried: a host that is this slow is unlikely to answer the next attempt in time either,
            // and three full timeouts would hold a host slot for a minute.
            throw new FetchException(url, $"timed out after {options.Timeout.TotalSeconds:0.###} s", ex);
        }
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    private async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Uri url, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var cap = options.MaxResponseBytes;
        if (response.Content.Headers.ContentLength is long declared && declared > cap)
        {
            throw new FetchException(url, $"response is {declared} bytes, over the {cap}-byte limit");
        }

        // Stream with a running count: a missing or lying Content-Length must not let a body grow past the cap.
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                throw new FetchException(url, $"response is over the {cap}-byte limit; stopped reading");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static FetchRefusedException? Refusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is FetchRefusedException refusal)
            {
                return refusal;
            }
        }

        return null;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}

/// <summary>One HTTP response as the fetcher keeps it: status, the headers it uses, and the capped body.</summary>
internal sealed record HttpReply(
    HttpStatusCode Status,
    string? ReasonPhrase,
    Uri? Location,
    TimeSpan? RetryAfter,
    string? ETag,
    string? LastModified,
    string? MediaType,
    string? Charset,
    ReadOnlyMemory<byte> Body);
