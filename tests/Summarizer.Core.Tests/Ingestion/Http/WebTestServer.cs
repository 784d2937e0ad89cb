using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Ingestion.Http;

/// <summary>
/// A news site on Kestrel at 127.0.0.1 (random port) with the misbehaviours fetchers meet: replies
/// that never come, 404s, oversized pages, redirect loops and redirects anywhere, flaky 503s, ETags.
/// Counts requests and in-flight requests so tests can check politeness. Nothing here takes real time:
/// a held reply waits for a signal (the client giving up, or enough requests in flight), never for a delay.
/// </summary>
internal sealed class WebTestServer : IAsyncDisposable
{
    public const int BigPageBytes = 6 * 1024 * 1024;

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch, string UserAgent)> _log = new();
    private readonly Lock _gate = new();
    private readonly List<(string Path, int Count, TaskCompletionSource Reached)> _countWaits = [];
    private readonly TaskCompletionSource _enoughInFlight = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _maxInFlight;

    private WebTestServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>
    /// When set, /busy/* and article pages answer only once this many requests (any path) are in flight
    /// at the same moment, so a concurrency test sees the limit reached however slowly requests arrive.
    /// </summary>
    public int HoldUntilInFlight { get; set; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public IReadOnlyList<(string Path, string? IfNoneMatch, string UserAgent)> Requests => [.. _log];

    public int Count(string pathAndQuery) => _counts.GetValueOrDefault(pathAndQuery);

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>Waits until <paramref name="path"/> has been requested <paramref name="count"/> times (a signal; the limit only catches a hang).</summary>
    public async Task WaitForCountAsync(string path, int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (Count(path) >= count)
            {
                return;
            }

            _countWaits.Add((path, count, reached));
        }

        await reached.Task.WithHangGuard($"{path} requested {count} time(s) (so far {Count(path)})");
    }

    public static async Task<WebTestServer> StartAsync()
    {
        WebTestServer? server = null;
        var (_, address) = await LoopbackApp.StartAsync(app =>
        {
            server = new WebTestServer(app);
            app.Run(server.HandleAsync);
        });
        server!.BaseUrl = address;
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var key = path + context.Request.QueryString.Value;
        int count;
        lock (_gate)
        {
            count = _counts.AddOrUpdate(path, 1, (_, n) => n + 1);
            _counts.AddOrUpdate(key, 1, (_, n) => key == path ? n : n + 1);
            foreach (var wait in _countWaits.Where(w => Count(w.Path) >= w.Count).ToList())
            {
                wait.Reached.SetResult();
                _countWaits.Remove(wait);
            }
        }

        _log.Enqueue((key, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.UserAgent.ToString()));
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        if (HoldUntilInFlight > 0 && now >= HoldUntilInFlight)
        {
            _enoughInFlight.TrySetResult();
        }

        try
        {
            await RouteAsync(context, path, count);
        }
        catch (OperationCanceledException)
        {
            // The client gave up (timeout test): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task RouteAsync(HttpContext context, string path, int count)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        switch (path)
        {
            case var _ when path.StartsWith("/feeds/", StringComparison.Ordinal):
                var file = RepoPaths.Fixture("feeds", path["/feeds/".Length..]);
                if (!File.Exists(file))
                {
                    response.StatusCode = 404;
                    return;
                }

                // Feeds carry an ETag (the file's length and time), so conditional GET can be exercised.
                var info = new FileInfo(file);
                var etag = $"\"{info.Length}-{info.LastWriteTimeUtc.Ticks}\"";
                if (context.Request.Headers.IfNoneMatch == etag)
                {
                    response.StatusCode = 304;
                    return;
                }

                response.Headers.ETag = etag;
                response.ContentType = file.EndsWith(".xml", StringComparison.Ordinal) ? "application/rss+xml" : "text/html; charset=utf-8";
                await response.SendFileAsync(file, aborted);
                return;
            case var _ when path.StartsWith("/articles/missing", StringComparison.Ordinal):
                response.StatusCode = 404;
                return;
            case var _ when path.StartsWith("/articles/", StringComparison.Ordinal):
                await HoldAsync(aborted);
                response.ContentType = "text/html; charset=utf-8";
                var slug = path["/articles/".Length..];
                await response.WriteAsync($"<!DOCTYPE html><html><head><title>{slug}</title></head><body><article><h1>{slug}</h1><p>Full story for {slug}.</p></article></body></html>", aborted);
                return;
            case "/slow":
                // Never answers: a signal nothing sets, so only the client's timeout (its aborting) ends the request.
                await new TaskCompletionSource().Task.WaitAsync(aborted);
                return;
            case var _ when path.StartsWith("/busy/", StringComparison.Ordinal):
                await HoldAsync(aborted);
                await response.WriteAsync("finally", aborted);
                return;
            case "/big":
                // No Content-Length: the fetcher must count while streaming.
                response.ContentType = "text/html";
                var block = new byte[64 * 1024];
                Array.Fill(block, (byte)'a');
                for (var sent = 0; sent < BigPageBytes; sent += block.Length)
                {
                    await response.Body.WriteAsync(block, aborted);
                }

                return;
            case "/big-declared":
                response.ContentLength = BigPageBytes;
                response.StatusCode = 200;
                await response.Body.FlushAsync(aborted);
                return;
            case "/loop/a":
                response.Redirect("/loop/b");
                return;
            case "/loop/b":
                response.Redirect("/loop/a");
                return;
            case var _ when path.StartsWith("/chain/", StringComparison.Ordinal):
                var hop = int.Parse(path["/chain/".Length..], System.Globalization.CultureInfo.InvariantCulture);
                if (hop > 0)
                {
                    response.Redirect($"/chain/{hop - 1}");
                    return;
                }

                await response.WriteAsync("end of chain", aborted);
                return;
            case "/redirect":
                // Wherever the test says: the way a page sends a fetcher somewhere it was not aimed at.
                response.Redirect(context.Request.Query["to"].ToString());
                return;
            case "/links.xml":
                // A feed whose items link wherever the test says (query "link", repeated).
                response.ContentType = "application/rss+xml";
                var items = context.Request.Query["link"].Select((link, i) =>
                    $"<item><title>Item {i + 1}</title><link>{System.Security.SecurityElement.Escape(link)}</link></item>");
                await response.WriteAsync($"<rss version=\"2.0\"><channel><title>Links</title>{string.Concat(items)}</channel></rss>", aborted);
                return;
            case "/to-file":
                response.Redirect("file:///etc/passwd");
                return;
            case "/flaky":
                if (count == 1)
                {
                    response.StatusCode = 503;
                    response.Headers.RetryAfter = "2";
                    return;
                }

                await response.WriteAsync("recovered", aborted);
                return;
            case var _ when path.StartsWith("/status/", StringComparison.Ordinal):
                response.StatusCode = int.Parse(path["/status/".Length..], System.Globalization.CultureInfo.InvariantCulture);
                return;
            case "/down":
                response.StatusCode = 503;
                return;
            case "/etag":
                if (context.Request.Headers.IfNoneMatch == "\"v1\"")
                {
                    response.StatusCode = 304;
                    return;
                }

                response.Headers.ETag = "\"v1\"";
                response.Headers.LastModified = "Mon, 05 Jan 2026 10:00:00 GMT";
                await response.WriteAsync("version one", aborted);
                return;
            case "/legacy":
                response.ContentType = "text/html";
                await response.Body.WriteAsync(System.Text.Encoding.Latin1.GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>"), aborted);
                await response.Body.WriteAsync(new byte[] { 0x93, (byte)'Q', 0x94, (byte)' ', 0x80, (byte)'5' }, aborted);
                await response.Body.WriteAsync(System.Text.Encoding.Latin1.GetBytes("</p></body></html>"), aborted);
                return;
            case "/latin1":
                response.ContentType = "text/plain; charset=iso-8859-1";
                await response.Body.WriteAsync(System.Text.Encoding.Latin1.GetBytes("Caf\u00e9"), aborted);
                return;
            default:
                response.StatusCode = 404;
                return;
        }
    }

    private Task HoldAsync(CancellationToken aborted) =>
        HoldUntilInFlight > 0 ? _enoughInFlight.Task.WaitAsync(aborted) : Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
