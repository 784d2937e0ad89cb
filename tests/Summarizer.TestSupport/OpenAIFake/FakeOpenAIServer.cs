using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Summarizer.TestSupport;

/// <summary>A request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonElement Body);

/// <summary>
/// An OpenAI-compatible server on Kestrel at 127.0.0.1 (random port) that records every request and
/// answers from a script, one <see cref="FakeReply"/> per request; when the script runs out it answers
/// with <see cref="Fallback"/>.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable, IHangSignal
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeOpenAIServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public FakeReply Fallback { get; set; } = FakeReply.Success("A default answer.");

    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _requestWaits = [];
    private readonly HangSignal _hangs = new();
    private int _inFlight;
    private int _maxInFlight;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>The most requests the server was handling at the same moment.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        FakeOpenAIServer? server = null;
        var (_, address) = await LoopbackApp.StartAsync(app =>
        {
            server = new FakeOpenAIServer(app);
            app.MapPost("/v1/chat/completions", server.HandleAsync);
        });
        server!.BaseUrl = new Uri(address, "v1");
        return server;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived (a signal; the limit only catches a hang).</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_requests.Count >= count)
            {
                return;
            }

            _requestWaits.Add((count, reached));
        }

        await reached.Task.WithHangGuard($"{count} request(s) at the fake OpenAI server (got {_requests.Count})");
    }

    public int HangsStarted => _hangs.HangsStarted;

    public long LastHangOrder => _hangs.LastHangOrder;

    public Task NextHang => _hangs.NextHang;

    public FakeOpenAIServer Enqueue(params FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _script.Enqueue(reply);
        }

        return this;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var doc = await JsonDocument.ParseAsync(context.Request.Body);
        context.Items[FakeReply.RequestBodyKey] = doc.RootElement.Clone();
        var reply = _script.TryDequeue(out var next) ? next : Fallback;
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        lock (_gate)
        {
            _requests.Enqueue(new RecordedRequest(
                context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), doc.RootElement.Clone()));
            foreach (var wait in _requestWaits.Where(w => _requests.Count >= w.Count).ToList())
            {
                wait.Reached.SetResult();
                _requestWaits.Remove(wait);
            }

            if (reply.Holds)
            {
                _hangs.Hold();
            }
        }

        try
        {
            await reply.Write(context);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
