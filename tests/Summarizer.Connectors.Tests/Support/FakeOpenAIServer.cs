using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Summarizer.Connectors.Tests.Support;

/// <summary>A request as the fake server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string? Authorization, JsonElement Body);

/// <summary>
/// An OpenAI-compatible server on Kestrel at 127.0.0.1 (random port) that records every request and
/// answers from a script, one <see cref="FakeReply"/> per request; when the script runs out it answers
/// with <see cref="Fallback"/>.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeOpenAIServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public FakeReply Fallback { get; set; } = FakeReply.Success("A default answer.");

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

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
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method, context.Request.Path, context.Request.Headers.Authorization.ToString(), doc.RootElement.Clone()));
        var reply = _script.TryDequeue(out var next) ? next : Fallback;
        await reply.Write(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
