using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Caching;

/// <summary>
/// What the library's distributed cache keys on, with what the connector adds (endpoint, model, store format):
/// each call is made once into a shared cache, then a variant; the variant must reach the server, a same-answer
/// request must not.
/// </summary>
public sealed class CacheKeyTests : IAsyncLifetime
{
    private static readonly ChatMessage[] Messages = [new(ChatRole.System, "Summarize."), new(ChatRole.User, "Text.")];
    private static readonly JsonElement SchemaA = JsonDocument.Parse("""{"type":"object"}""").RootElement;
    private static readonly JsonElement SchemaB = JsonDocument.Parse("""{"type":"array"}""").RootElement;

    private readonly MemoryDistributedCache _cache = new(Options.Create(new MemoryDistributedCacheOptions()));
    private FakeOpenAIServer _server = null!;
    private FakeOpenAIServer _otherServer = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _otherServer = await FakeOpenAIServer.StartAsync();
        // Valid JSON for every call, so the JSON variants are accepted replies (and cached) too.
        _server.Fallback = _otherServer.Fallback = FakeReply.Success("{}");
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _otherServer.DisposeAsync();
    }

    private ConnectorOptions Connector => new() { Endpoint = _server.BaseUrl, Model = "llama3", ApiKey = "sk-key-one-123456", MaxRetries = 0 };

    public sealed record Request(Func<CacheKeyTests, ConnectorOptions>? Connector = null, ChatMessage[]? Messages = null, Func<ChatOptions>? Options = null);

    private async Task SendAsync(Request request)
    {
        using var stack = ChatClientFactory.Create(request.Connector?.Invoke(this) ?? Connector, NullLoggerFactory.Instance, cache: _cache);
        await stack.Client.GetResponseAsync(request.Messages ?? Messages, request.Options?.Invoke());
    }

    private int Requests => _server.Requests.Count + _otherServer.Requests.Count;

    public static TheoryData<string, Request> Variants => new()
    {
        { "endpoint", new(Connector: t => t.Connector with { Endpoint = t._otherServer.BaseUrl }) },
        { "model", new(Connector: t => t.Connector with { Model = "mistral" }) },
        { "message text", new(Messages: [new(ChatRole.System, "Summarize."), new(ChatRole.User, "Text!")]) },
        { "message role", new(Messages: [new(ChatRole.User, "Summarize."), new(ChatRole.User, "Text.")]) },
        { "message split", new(Messages: [new(ChatRole.System, "Summarize.Text.")]) },
        { "temperature", new(Options: () => new() { Temperature = 0.7f }) },
        { "default temperature", new(Connector: t => t.Connector with { Temperature = 1f }) },
        { "max tokens", new(Options: () => new() { MaxOutputTokens = 100 }) },
        { "default max tokens", new(Connector: t => t.Connector with { MaxOutputTokens = 100 }) },
        { "seed", new(Options: () => new() { Seed = 1 }) },
        { "stop", new(Options: () => new() { StopSequences = ["END"] }) },
        { "json", new(Options: () => new() { ResponseFormat = ChatResponseFormat.Json }) },
        { "schema", new(Options: () => new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(SchemaA, "s") }) },
        { "top p", new(Options: () => new() { TopP = 0.5f }) },
        { "extra", new(Options: () => new() { AdditionalProperties = new() { ["num_ctx"] = 8192 } }) },
        { "format checked by caller", new(Options: () => new() { AdditionalProperties = new() { [ConnectorChatOptions.FormatCheckedByCallerKey] = true } }) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Every_input_that_changes_the_answer_changes_the_key(string what, Request variant)
    {
        await SendAsync(new Request());
        await SendAsync(variant);

        Assert.True(Requests == 2, $"a change of {what} was answered from the cache");
    }

    [Fact]
    public async Task Different_schemas_give_different_keys()
    {
        await SendAsync(new(Options: () => CheckedByCaller(ChatResponseFormat.ForJsonSchema(SchemaA, "s"))));
        await SendAsync(new(Options: () => CheckedByCaller(ChatResponseFormat.ForJsonSchema(SchemaB, "s"))));

        Assert.Equal(2, Requests);
    }

    // "{}" does not fit schema B; the caller checks the format, so the reply is still a normal, cached answer.
    private static ChatOptions CheckedByCaller(ChatResponseFormat format) =>
        new() { ResponseFormat = format, AdditionalProperties = new() { [ConnectorChatOptions.FormatCheckedByCallerKey] = true } };

    [Fact]
    public async Task The_api_key_and_explicit_defaults_do_not_change_the_key()
    {
        await SendAsync(new Request());
        await SendAsync(new(Connector: t => t.Connector with { ApiKey = "sk-another-key-999" }));
        await SendAsync(new(Options: () => new() { Temperature = 0f })); // 0 is the connector default
        await SendAsync(new(Messages: [.. Messages.Select(m => new ChatMessage(m.Role, m.Text))]));

        Assert.Equal(1, Requests);
    }
}
