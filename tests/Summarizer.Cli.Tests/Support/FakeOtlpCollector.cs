using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Support;

/// <summary>An OTLP/HTTP receiver on 127.0.0.1 that keeps every export it is sent (path and protobuf body) and accepts it.</summary>
internal sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();
    private WebApplication _app = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<(string Path, byte[] Body)> Exports => [.. _exports];

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var collector = new FakeOtlpCollector();
        (collector._app, collector.BaseUrl) = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/v1/{signal}", async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                collector._exports.Enqueue((context.Request.Path.Value!, body.ToArray()));
                context.Response.ContentType = "application/x-protobuf";
                context.Response.StatusCode = StatusCodes.Status200OK;
            });
        });
        return collector;
    }

    /// <summary>Whether any export to <paramref name="path"/> holds <paramref name="text"/> (names are plain UTF-8 inside protobuf).</summary>
    public bool Received(string path, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public bool ReceivedAnywhere(string text) =>
        Exports.Any(e => e.Body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
