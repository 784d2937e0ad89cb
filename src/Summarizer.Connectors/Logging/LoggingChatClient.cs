using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Summarizer.Connectors.Logging;

/// <summary>
/// Logs each attempt that reaches the provider: start and outcome at Debug, failures at Warning,
/// message text only at Trace (prompts carry article text). Logs then rethrows; never swallows.
/// It sees no API key: the key lives only inside the provider client.
/// Kept instead of the library's <c>UseLogging</c>, which below Trace logs only "GetResponseAsync completed." (no stage,
/// duration, model, finish reason or tokens) and logs every failed attempt at Error with its exception, so each retried
/// 429 would print an error; <c>ModelCallLoggingTests</c> pins the difference.
/// </summary>
internal sealed class LoggingChatClient(IChatClient innerClient, ILogger<LoggingChatClient> logger, TimeProvider timeProvider)
    : DelegatingChatClient(innerClient)
{
    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var stage = options.GetStage();
        var started = timeProvider.GetTimestamp();
        logger.LogDebug("Model call for stage {Stage}: {MessageCount} messages", stage, list.Count);
        if (logger.IsEnabled(LogLevel.Trace))
        {
            foreach (var message in list)
            {
                logger.LogTrace("Model call for stage {Stage} sends {Role}: {Text}", stage, message.Role, message.Text);
            }
        }

        try
        {
            var response = await base.GetResponseAsync(list, options, cancellationToken);
            logger.LogDebug(
                "Model call for stage {Stage} finished in {ElapsedMs} ms: model {Model}, finish {FinishReason}, {InputTokens} in / {OutputTokens} out tokens",
                stage, Elapsed(started), response.ModelId, response.FinishReason?.Value, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
            logger.LogTrace("Model call for stage {Stage} received: {Text}", stage, response.Text);
            return response;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Model call for stage {Stage} cancelled after {ElapsedMs} ms", stage, Elapsed(started));
            throw;
        }
        catch (Exception ex)
        {
            // Our exception messages are key-free by construction; the exception object is not logged
            // because a foreign inner exception could carry request details.
            logger.LogWarning("Model call for stage {Stage} failed after {ElapsedMs} ms: {ErrorType}: {Error}",
                stage, Elapsed(started), ex.GetType().Name, ex.Message);
            throw;
        }
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    private long Elapsed(long started) => (long)timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
