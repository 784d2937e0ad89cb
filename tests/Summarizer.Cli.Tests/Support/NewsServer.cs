using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Support;

/// <summary>
/// A news site on loopback: an RSS feed at <c>/feed.xml</c> listing two article pages. While
/// <see cref="Slow"/> is set the feed never answers (until the client goes away), so a run reading it
/// stays in progress for as long as a test needs. The feed answers with an ETag and a Last-Modified date, and a
/// conditional request that names them gets 304 Not Modified; <see cref="FeedRequests"/> lists what each request sent.
/// </summary>
internal sealed class NewsServer : IAsyncDisposable
{
    private readonly TaskCompletionSource _feedRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _app = null!;

    private NewsServer()
    {
    }

    /// <summary>The feed's validators, fixed: the feed never changes.</summary>
    public const string ETag = "\"harbour-gazette-1\"", LastModified = "Mon, 02 Mar 2026 05:00:00 GMT";

    private readonly Lock _gate = new();
    private readonly List<(string? IfNoneMatch, string? IfModifiedSince, int Status)> _feedRequests = [];

    public Uri FeedUrl { get; private set; } = null!;

    /// <summary>Each feed request's If-None-Match and If-Modified-Since (null when not sent) and the status it got.</summary>
    public IReadOnlyList<(string? IfNoneMatch, string? IfModifiedSince, int Status)> FeedRequests
    {
        get
        {
            lock (_gate)
            {
                return [.. _feedRequests];
            }
        }
    }

    public bool Slow { get; set; } = true;

    /// <summary>Completes when the feed was first requested.</summary>
    public Task FeedRequested => _feedRequested.Task;

    public static async Task<NewsServer> StartAsync()
    {
        var server = new NewsServer();
        var (app, address) = await LoopbackApp.StartAsync(app =>
        {
            app.MapGet("/feed.xml", (Delegate)server.FeedAsync);
            app.MapGet("/news/{slug}", (string slug) => Results.Content(Page(slug), "text/html; charset=utf-8"));
        });
        server._app = app;
        server.FeedUrl = new Uri(address, "feed.xml");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> FeedAsync(HttpContext context)
    {
        _feedRequested.TrySetResult();
        if (Slow)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return Results.Empty;
            }
        }

        var ifNoneMatch = context.Request.Headers.IfNoneMatch is { Count: > 0 } tag ? tag.ToString() : null;
        var ifModifiedSince = context.Request.Headers.IfModifiedSince is { Count: > 0 } since ? since.ToString() : null;
        var unchanged = ifNoneMatch == ETag || (ifNoneMatch is null && ifModifiedSince == LastModified);
        lock (_gate)
        {
            _feedRequests.Add((ifNoneMatch, ifModifiedSince, unchanged ? 304 : 200));
        }

        context.Response.Headers.ETag = ETag;
        context.Response.Headers.LastModified = LastModified;
        if (unchanged)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        return Results.Content($"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Harbour Gazette</title><link>{origin}/</link><description>Local news</description>
            <item><title>Ferry service to Wrenholm resumes</title><link>{origin}/news/ferry</link></item>
            <item><title>Library extends opening hours</title><link>{origin}/news/library</link></item>
            </channel></rss>
            """, "application/rss+xml; charset=utf-8");
    }

    // Invented stories, long enough for the offline engine to summarize.
    private static string Page(string slug) => slug == "ferry"
        ? """
          <html><head><title>Ferry service to Wrenholm resumes</title></head><body><article>
          <h1>Ferry service to Wrenholm resumes</h1>
          <p>The ferry between Porthaven and the island of Wrenholm resumed on Monday after a three-week pause for hull repairs.</p>
          <p>The operator said the repaired vessel passed its safety inspection on Friday and will run six crossings a day.</p>
          <p>Island shop owners said the pause had cut deliveries of fresh food and welcomed the return of the daily timetable.</p>
          </article></body></html>
          """
        : """
          <html><head><title>Library extends opening hours</title></head><body><article>
          <h1>Library extends opening hours</h1>
          <p>The Porthaven public library will stay open until nine in the evening on weekdays from next month, the council said.</p>
          <p>The change follows a survey in which most respondents asked for evening access to study rooms and computers.</p>
          <p>Two extra staff members will be hired, paid from the council's cultural budget, which was raised this year.</p>
          </article></body></html>
          """;
}
