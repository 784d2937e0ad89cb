using System.ClientModel.Primitives;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ChatCompletionOptions = OpenAI.Chat.ChatCompletionOptions;
using Summarizer.Connectors.OpenAI;

namespace Summarizer.Connectors.Tests.OpenAI;

public sealed class RequestDefaultsTests
{
    private static readonly ConnectorOptions Hosted = new() { Model = "gpt-4o-mini", ApiKey = "k", Temperature = 0.3f, Seed = 9, MaxOutputTokens = 400 };

    private static (ChatOptions Options, JsonElement Extra) Apply(ConnectorOptions connector, ChatOptions options)
    {
        new RequestDefaults(connector).Apply(options);
        var sdk = Assert.IsType<ChatCompletionOptions>(options.RawRepresentationFactory!(null!));
        return (options, JsonDocument.Parse(ModelReaderWriter.Write(sdk)).RootElement);
    }

    [Fact]
    public void Hosted_endpoints_get_no_max_tokens_field()
    {
        var (_, extra) = Apply(Hosted, new ChatOptions { MaxOutputTokens = 50 });

        Assert.False(extra.TryGetProperty("max_tokens", out _), "o-series models reject max_tokens");
    }

    [Fact]
    public void Local_endpoints_also_get_max_tokens_with_the_effective_limit()
    {
        var (_, extra) = Apply(Hosted with { Endpoint = new Uri("http://127.0.0.1:11434/v1") }, new ChatOptions { MaxOutputTokens = 50 });

        Assert.Equal(50, extra.GetProperty("max_tokens").GetInt32());
    }

    [Fact]
    public void Call_options_win_over_connector_defaults_and_the_model_is_pinned()
    {
        var (options, _) = Apply(Hosted, new ChatOptions { Temperature = 0.9f, ModelId = "other-model" });

        Assert.Equal(0.9f, options.Temperature);
        Assert.Equal(9, options.Seed);
        Assert.Equal(400, options.MaxOutputTokens);
        Assert.Equal("gpt-4o-mini", options.ModelId);
    }

    [Fact]
    public void Strict_schema_is_asked_for_when_the_caller_sets_it()
    {
        var schema = JsonDocument.Parse("""{"type":"object"}""").RootElement;
        var (_, extra) = Apply(Hosted, new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, "brief"),
            AdditionalProperties = new() { [ConnectorChatOptions.StrictJsonSchemaKey] = true },
        });

        var format = extra.GetProperty("response_format").GetProperty("json_schema");
        Assert.True(format.GetProperty("strict").GetBoolean());
        Assert.DoesNotContain("summarizer.", extra.ToString(), StringComparison.Ordinal);
    }
}
