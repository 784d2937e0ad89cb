using System.Text.Json;
using Microsoft.Extensions.AI;
using FsCheck;
using FsCheck.Fluent;
using Summarizer.Connectors.Caching;
using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Caching;

public sealed class CacheKeyTests
{
    private static readonly ConnectorOptions Connector = new() { Endpoint = new Uri("http://127.0.0.1:11434/v1"), Model = "llama3", ApiKey = "sk-key-one-123456" };
    private static readonly ChatMessage[] Messages = [new(ChatRole.System, "Summarize."), new(ChatRole.User, "Text.")];

    private static string Key(ConnectorOptions? connector = null, ChatMessage[]? messages = null, ChatOptions? options = null) =>
        CacheKey.Compute(connector ?? Connector, messages ?? Messages, options);

    private static readonly JsonElement SchemaA = JsonDocument.Parse("""{"type":"object"}""").RootElement;
    private static readonly JsonElement SchemaB = JsonDocument.Parse("""{"type":"array"}""").RootElement;

    public static TheoryData<string, Func<string>> Variants => new()
    {
        { "provider", () => Key(Connector with { Provider = "OpenAI-other" }) },
        { "endpoint", () => Key(Connector with { Endpoint = new Uri("http://127.0.0.1:8080/v1") }) },
        { "model", () => Key(Connector with { Model = "mistral" }) },
        { "message text", () => Key(messages: [new(ChatRole.System, "Summarize."), new(ChatRole.User, "Text!")]) },
        { "message role", () => Key(messages: [new(ChatRole.User, "Summarize."), new(ChatRole.User, "Text.")]) },
        { "message split", () => Key(messages: [new(ChatRole.System, "Summarize.Text.")]) },
        { "temperature", () => Key(options: new() { Temperature = 0.7f }) },
        { "default temperature", () => Key(Connector with { Temperature = 1f }) },
        { "max tokens", () => Key(options: new() { MaxOutputTokens = 100 }) },
        { "seed", () => Key(options: new() { Seed = 1 }) },
        { "stop", () => Key(options: new() { StopSequences = ["END"] }) },
        { "json", () => Key(options: new() { ResponseFormat = ChatResponseFormat.Json }) },
        { "schema", () => Key(options: new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(SchemaA, "s") }) },
        { "top p", () => Key(options: new() { TopP = 0.5f }) },
        { "extra", () => Key(options: new() { AdditionalProperties = new() { ["num_ctx"] = 8192 } }) },
        { "format checked by caller", () => Key(options: new() { AdditionalProperties = new() { [ConnectorChatOptions.FormatCheckedByCallerKey] = true } }) },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Every_input_that_changes_the_answer_changes_the_key(string what, Func<string> variant)
    {
        Assert.NotEqual(Key(), variant());
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void Different_schemas_give_different_keys()
    {
        Assert.NotEqual(
            Key(options: new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(SchemaA, "s") }),
            Key(options: new() { ResponseFormat = ChatResponseFormat.ForJsonSchema(SchemaB, "s") }));
    }

    [Fact]
    public void Stage_key_order_and_explicit_defaults_do_not_change_the_key()
    {
        var plain = Key();
        Assert.Equal(plain, Key(options: new ChatOptions().WithStage("merge")));
        Assert.Equal(plain, Key(Connector with { ApiKey = "sk-another-key-999" }));
        Assert.Equal(plain, Key(options: new() { Temperature = 0f })); // 0 is the connector default
        Assert.Equal(
            Key(options: new() { AdditionalProperties = new() { ["a"] = 1, ["b"] = 2 } }),
            Key(options: new() { AdditionalProperties = new() { ["b"] = 2, ["a"] = 1 } }));
    }

    [Fact]
    public void Keys_are_stable_hex_sha256()
    {
        Prop.ForAll<string, string>((system, user) =>
        {
            var messages = new ChatMessage[] { new(ChatRole.System, system ?? string.Empty), new(ChatRole.User, user ?? string.Empty) };
            var a = Key(messages: messages);
            var b = Key(messages: [.. messages.Select(m => new ChatMessage(m.Role, m.Text))]);
            return a == b && a.Length == 64 && a.All(Uri.IsHexDigit);
        }).Check(PropertyConfig.Default);
    }
}
