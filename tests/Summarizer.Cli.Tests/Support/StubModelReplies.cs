using System.Text.Json;
using Microsoft.Extensions.AI;
using Summarizer.Connectors.Stub;
using Summarizer.TestSupport;

namespace Summarizer.Cli.Tests.Support;

/// <summary>The fake OpenAI endpoint answering as the deterministic stub model would, so the real client path gets sensible replies.</summary>
internal static class StubModelReplies
{
    public static FakeReply Answer() => FakeReply.Answer(AnswerAsync);

    /// <summary>The chat messages of an OpenAI-style request body.</summary>
    public static List<ChatMessage> MessagesOf(JsonElement body) =>
        body.GetProperty("messages").EnumerateArray()
            .Select(m => new ChatMessage(new ChatRole(m.GetProperty("role").GetString()!), m.GetProperty("content").GetString()))
            .ToList();

    public static async Task<string> AnswerAsync(JsonElement body)
    {
        using var stub = StubChatClients.Create();
        return (await stub.GetResponseAsync(MessagesOf(body))).Text;
    }
}
