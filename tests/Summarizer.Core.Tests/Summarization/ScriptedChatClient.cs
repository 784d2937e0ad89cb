using System.Collections.Concurrent;
using Microsoft.Extensions.AI;
using Summarizer.Chat;

namespace Summarizer.Core.Tests.Summarization;

/// <summary>A fake model: answers from a script (by call order or by a function of the call) and records every call.</summary>
internal sealed class ScriptedChatClient(Func<ScriptedChatClient.Call, string> answer) : IChatClient
{
    private readonly ConcurrentQueue<Call> _calls = new();

    public ScriptedChatClient(params string[] replies)
        : this(call => call.Number <= replies.Length ? replies[call.Number - 1] : throw new InvalidOperationException($"No scripted reply for call {call.Number}."))
    {
    }

    public IReadOnlyList<Call> Calls => [.. _calls.OrderBy(c => c.Number)];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Call call;
        lock (_calls)
        {
            call = new Call(_calls.Count + 1, [.. messages], options);
            _calls.Enqueue(call);
        }

        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, answer(call))) { FinishReason = ChatFinishReason.Stop });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    // Semantic Kernel asks a chat client for its metadata before it calls it.
    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted") : null;

    public void Dispose()
    {
    }

    internal sealed record Call(int Number, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options)
    {
        public string Prompt => (string)Options!.AdditionalProperties![ChatOptionKeys.Prompt]!;

        public string Stage => (string)Options!.AdditionalProperties![ChatOptionKeys.Stage]!;

        public int Attempt => (int)Options!.AdditionalProperties![ChatOptionKeys.Attempt]!;

        public string UserText => Messages.Last(m => m.Role == ChatRole.User).Text;

        public string FirstUserText => Messages.First(m => m.Role == ChatRole.User).Text;
    }
}
