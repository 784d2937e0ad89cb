using Microsoft.Extensions.AI;

namespace Summarizer.Connectors.Usage;

/// <summary>
/// Counts every attempt that reaches the provider and the tokens it cost. It sits inside the retry
/// layer, so each attempt is counted, and it still counts the tokens of a rejected reply
/// (<see cref="ModelReplyException.Usage"/>): those were paid for.
/// </summary>
internal sealed class UsageChatClient(IChatClient innerClient, UsageTracker tracker) : DelegatingChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var stage = options.GetStage();
        try
        {
            var response = await base.GetResponseAsync(messages, options, cancellationToken);
            tracker.RecordCall(stage, response.Usage);
            return response;
        }
        catch (ModelReplyException ex) when (ex.Kind != ModelReplyKind.RequestRejected)
        {
            tracker.RecordCall(stage, ex.Usage, usable: false);
            throw;
        }
        catch (Exception ex) when (ex is ProviderTransientException or ModelReplyException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            tracker.RecordFailedAttempt(stage, ex is ProviderTransientException { StatusCode: { } status }
                ? status.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : ex.GetType().Name);
            throw;
        }
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    public override object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(tracker) ? tracker : base.GetService(serviceType, serviceKey);
}
