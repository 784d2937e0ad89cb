using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Tests.Support;

/// <summary>
/// An in-memory model that notes each call the moment it starts and answers when released (at once when
/// not held). Calls run synchronously up to the point they wait, so right after a decorator hands it a call,
/// <see cref="Started"/> says whether the call got through: no waiting needed to see a bound hold.
/// </summary>
internal sealed class HeldChatClient(bool held = false) : IChatClient
{
    private readonly TaskCompletionSource _release = Released(held);
    private int _started;
    private int _inFlight;
    private int _maxInFlight;

    public int Started => Volatile.Read(ref _started);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public void Release() => _release.TrySetResult();

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            await _release.Task.WaitAsync(cancellationToken);
            return new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private static TaskCompletionSource Released(bool held)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!held)
        {
            release.SetResult();
        }

        return release;
    }
}
