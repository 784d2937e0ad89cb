using Summarizer.Chat;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.OpenAI;
using Summarizer.Connectors.Tests.Support;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.OpenAI;

public sealed class OpenAIChatClientTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private ConnectorOptions Options(string? key = "sk-test-secret-123456") =>
        new() { Endpoint = _server.BaseUrl, Model = "test-model", ApiKey = key };

    private static readonly ChatMessage[] Messages =
    [
        new(ChatRole.System, "You summarize news."),
        new(ChatRole.User, "The harbour bridge reopened on Tuesday."),
    ];

    [Fact]
    public async Task Sends_model_messages_and_options_over_the_wire()
    {
        _server.Enqueue(FakeReply.Success("""{"headline":"Bridge reopens"}"""));
        using var client = OpenAIChatClientFactory.Create(Options());
        var schema = JsonDocument.Parse("""{"type":"object","properties":{"headline":{"type":"string"}},"required":["headline"]}""").RootElement;
        var options = new ChatOptions
        {
            Temperature = 0.2f,
            MaxOutputTokens = 300,
            Seed = 42,
            StopSequences = ["END"],
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "brief", "A brief"),
        }.WithStage("merge");

        await client.GetResponseAsync(Messages, options);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-test-secret-123456", request.Authorization);
        var body = request.Body;
        Assert.Equal("test-model", body.GetProperty("model").GetString());
        var sent = body.GetProperty("messages").EnumerateArray()
            .Select(m => m.GetProperty("role").GetString() + ":" + m.GetProperty("content").ToString()).ToArray();
        Assert.Equal(["system:You summarize news.", "user:The harbour bridge reopened on Tuesday."], sent);
        Assert.Equal(0.2, body.GetProperty("temperature").GetDouble(), 3);
        Assert.Equal(300, body.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal(42, body.GetProperty("seed").GetInt64());
        Assert.Equal("END", body.GetProperty("stop").EnumerateArray().Single().GetString());
        var format = body.GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal("brief", format.GetProperty("json_schema").GetProperty("name").GetString());
        Assert.Equal("object", format.GetProperty("json_schema").GetProperty("schema").GetProperty("type").GetString());
        Assert.False(body.ToString().Contains("summarizer.stage", StringComparison.Ordinal), "bookkeeping keys must not be sent");
    }

    [Fact]
    public async Task Defaults_to_temperature_zero_and_the_configured_token_limit()
    {
        using var client = OpenAIChatClientFactory.Create(Options() with { MaxOutputTokens = 123, Seed = 7 });

        await client.GetResponseAsync(Messages);

        var body = Assert.Single(_server.Requests).Body;
        Assert.Equal(0, body.GetProperty("temperature").GetDouble());
        Assert.Equal(123, body.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal(123, body.GetProperty("max_tokens").GetInt32()); // local servers that only know the old name
        Assert.Equal(7, body.GetProperty("seed").GetInt64());
        Assert.False(body.TryGetProperty("response_format", out _));
    }

    [Fact]
    public async Task Server_specific_extras_are_sent_and_bookkeeping_keys_are_not()
    {
        using var client = OpenAIChatClientFactory.Create(Options());
        var options = new ChatOptions { AdditionalProperties = new() { ["num_ctx"] = 8192, ["top_k"] = 20 } }.WithStage("summarize");

        await client.GetResponseAsync(Messages, options);

        var body = Assert.Single(_server.Requests).Body;
        Assert.Equal(8192, body.GetProperty("num_ctx").GetInt32());
        Assert.Equal(20, body.GetProperty("top_k").GetInt32());
        Assert.DoesNotContain("summarizer.", body.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_with_a_trailing_slash_reaches_the_same_path()
    {
        using var client = OpenAIChatClientFactory.Create(Options() with { Endpoint = new Uri(_server.BaseUrl + "/") });

        await client.GetResponseAsync(Messages);

        Assert.Equal("/v1/chat/completions", Assert.Single(_server.Requests).Path);
    }

    [Fact]
    public async Task Maps_reply_text_usage_and_finish_reason()
    {
        _server.Enqueue(FakeReply.Success("Bridge reopens after repairs.", inputTokens: 120, outputTokens: 9, model: "served-model"));
        using var client = OpenAIChatClientFactory.Create(Options());

        var response = await client.GetResponseAsync(Messages);

        Assert.Equal("Bridge reopens after repairs.", response.Text);
        Assert.Equal(ChatFinishReason.Stop, response.FinishReason);
        Assert.Equal("served-model", response.ModelId);
        Assert.Equal(120, response.Usage?.InputTokenCount);
        Assert.Equal(9, response.Usage?.OutputTokenCount);
    }

    [Fact]
    public async Task Streaming_yields_the_same_text_through_one_call()
    {
        _server.Enqueue(FakeReply.Success("Streamed answer."));
        using var client = OpenAIChatClientFactory.Create(Options());

        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in client.GetStreamingResponseAsync(Messages))
        {
            updates.Add(update);
        }

        Assert.Equal("Streamed answer.", string.Concat(updates.Select(u => u.Text)));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Local_endpoint_needs_no_key()
    {
        using var client = OpenAIChatClientFactory.Create(Options(key: null));

        var response = await client.GetResponseAsync(Messages);

        Assert.Equal("A default answer.", response.Text);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public void Missing_key_for_a_hosted_endpoint_is_provider_unusable()
    {
        var options = new ConnectorOptions { Endpoint = new Uri("https://llm.example.org/v1"), Model = "m" };

        var ex = Assert.Throws<ProviderUnusableException>(() => OpenAIChatClientFactory.Create(options));

        Assert.Equal(ProviderUnusableReason.MissingApiKey, ex.Reason);
        Assert.Contains("OPENAI_API_KEY", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task Unauthorized_is_provider_unusable_and_never_echoes_the_key()
    {
        _server.Enqueue(FakeReply.Status(401, message: "Incorrect API key provided: sk-test-secret-123456. Find yours at ..."));
        using var client = OpenAIChatClientFactory.Create(Options());

        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() => client.GetResponseAsync(Messages));

        Assert.Equal(ProviderUnusableReason.Unauthorized, ex.Reason);
        Assert.Equal(401, ex.StatusCode);
        Assert.Contains("HTTP 401", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-123456", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_model_is_provider_unusable()
    {
        _server.Enqueue(FakeReply.Status(404, message: "model 'test-model' not found"));
        using var client = OpenAIChatClientFactory.Create(Options());

        var ex = await Assert.ThrowsAsync<ProviderUnusableException>(() => client.GetResponseAsync(Messages));

        Assert.Equal(ProviderUnusableReason.NotFound, ex.Reason);
        Assert.Contains("'test-model'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    public async Task Retryable_statuses_are_transient(int status)
    {
        _server.Enqueue(FakeReply.Status(status, retryAfter: "7"));
        using var client = OpenAIChatClientFactory.Create(Options());

        var ex = await Assert.ThrowsAsync<ProviderTransientException>(() => client.GetResponseAsync(Messages));

        Assert.Equal(status, ex.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Single(_server.Requests); // the SDK's own retry policy is off
    }

    [Theory]
    [InlineData("retry-after-ms", "1500", 1500)]
    [InlineData("Retry-After", "Tue, 06 Jan 2026 07:00:30 GMT", 30_000)] // the fake clock starts at 07:00:00
    [InlineData("Retry-After", "soon", -1)]
    public async Task Retry_after_is_read_in_every_form_servers_send(string header, string value, int expectedMs)
    {
        _server.Enqueue(new FakeReply(async context =>
        {
            context.Response.Headers[header] = value;
            await FakeReply.Status(429).Write(context);
        }));
        using var client = OpenAIChatClientFactory.Create(Options(), new Summarizer.TestSupport.FakeClock());

        var ex = await Assert.ThrowsAsync<ProviderTransientException>(() => client.GetResponseAsync(Messages));

        Assert.Equal(expectedMs < 0 ? null : TimeSpan.FromMilliseconds(expectedMs), ex.RetryAfter);
    }

    [Fact]
    public async Task Connection_reset_is_a_transient_connection_failure()
    {
        _server.Enqueue(FakeReply.Reset());
        using var client = OpenAIChatClientFactory.Create(Options());

        var ex = await Assert.ThrowsAsync<ProviderTransientException>(() => client.GetResponseAsync(Messages));

        Assert.True(ex.IsConnectionFailure);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task Bad_request_is_a_rejected_request_not_a_provider_failure()
    {
        _server.Enqueue(FakeReply.Status(400, message: "This model's maximum context length is 8192 tokens"));
        using var client = OpenAIChatClientFactory.Create(Options());

        var ex = await Assert.ThrowsAsync<ModelReplyException>(() => client.GetResponseAsync(Messages));

        Assert.Equal(ModelReplyKind.RequestRejected, ex.Kind);
        Assert.Contains("maximum context length", ex.Message, StringComparison.Ordinal);
    }
}
