using System.ClientModel.Primitives;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.OpenAI;

namespace Summarizer.Connectors.Tests.OpenAI;

public sealed class OpenAIRequestMapperTests
{
    private static JsonElement Serialize(ConnectorOptions connector, ChatOptions? options) =>
        JsonDocument.Parse(ModelReaderWriter.Write(OpenAIRequestMapper.ToSdkOptions(options, connector))).RootElement;

    [Fact]
    public void Hosted_endpoints_get_only_max_completion_tokens()
    {
        var body = Serialize(new ConnectorOptions { Model = "gpt-4o-mini", ApiKey = "k" }, new ChatOptions { MaxOutputTokens = 50 });

        Assert.Equal(50, body.GetProperty("max_completion_tokens").GetInt32());
        Assert.False(body.TryGetProperty("max_tokens", out _), "o-series models reject max_tokens");
    }

    [Fact]
    public void Unsupported_roles_are_refused_with_the_role_named()
    {
        var ex = Assert.Throws<NotSupportedException>(() => OpenAIRequestMapper.ToSdkMessages([new ChatMessage(ChatRole.Tool, "result")]));
        Assert.Contains("'tool'", ex.Message, StringComparison.Ordinal);
    }
}
