using Summarizer.Chat;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Summarizer.Connectors.Usage;
using Summarizer.Telemetry;

namespace Summarizer.Connectors.Resilience;

/// <summary>
/// Runs each call through a Polly pipeline (retry with backoff, jitter and capped Retry-After; per-attempt
/// and total timeouts; circuit breaker) and turns Polly's own exceptions into this project's typed ones:
/// an open circuit and a connection that never came up are <see cref="ProviderUnusableException"/> (exit 4);
/// other exhausted retries and timeouts are <see cref="ProviderTransientException"/> (a source failure).
/// </summary>
internal sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;
    private readonly ConnectorOptions _options;
    private readonly ILogger<ResilientChatClient> _logger;
    private readonly UsageTracker? _usage;
    private readonly string _endpoint;
    private string? _lastFailure;

    public ResilientChatClient(IChatClient innerClient, ConnectorOptions options, TimeProvider timeProvider, ILogger<ResilientChatClient> logger, UsageTracker? usage)
        : base(innerClient)
    {
        _options = options;
        _logger = logger;
        _usage = usage;
        _endpoint = global::Summarizer.Connectors.OpenAI.OpenAIErrorClassifier.Redact(options.EffectiveEndpoint);
        _pipeline = ConnectorResiliencePipeline.Build(options, timeProvider, OnRetry);
    }

    public override async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(ConnectorResiliencePipeline.StageKey, options.GetStage());
        var attempts = 0;
        try
        {
            return await _pipeline.ExecuteAsync(
                async ctx =>
                {
                    Interlocked.Increment(ref attempts);
                    try
                    {
                        return await base.GetResponseAsync(list, options, ctx.CancellationToken);
                    }
                    catch (ProviderTransientException ex)
                    {
                        _lastFailure = ex.Message;
                        throw;
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // Polly's attempt (or total) timeout cancelled this attempt.
                        _lastFailure = $"no reply within {Describe(_options.AttemptTimeout)}";
                        throw;
                    }
                },
                context);
        }
        catch (BrokenCircuitException)
        {
            throw new ProviderUnusableException(ProviderUnusableReason.CircuitOpen,
                $"Calls to {_endpoint} are suspended after repeated failures (circuit open); last error: {_lastFailure ?? "unknown"}");
        }
        catch (TimeoutRejectedException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ProviderTransientException(
                $"No reply from {_endpoint} within {Describe(ex.Timeout)} (gave up after {attempts} attempt(s))")
            { Attempts = attempts };
        }
        catch (ProviderTransientException ex) when (ex.IsConnectionFailure)
        {
            throw new ProviderUnusableException(ProviderUnusableReason.Unreachable, $"{ex.Message} (gave up after {attempts} attempt(s))");
        }
        catch (ProviderTransientException ex)
        {
            throw new ProviderTransientException($"{ex.Message} (gave up after {attempts} attempt(s))", ex.StatusCode, ex.RetryAfter)
            { Attempts = attempts };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        StreamingAdapter.ViaResponse(ct => GetResponseAsync(messages, options, ct), cancellationToken);

    private void OnRetry(Polly.Retry.OnRetryArguments<object> args)
    {
        var stage = args.Context.Properties.GetValue(ConnectorResiliencePipeline.StageKey, ConnectorChatOptions.DefaultStage);
        _usage?.RecordRetry(stage);
        // The failed attempt has its own GenAI span; the retry shows on the span of the step that is waiting.
        RunTelemetry.AddEvent(
            TelemetryNames.RetryEvent,
            new(TelemetryNames.Stage, stage),
            new("summarizer.retry.number", args.AttemptNumber + 1),
            new("summarizer.retry.delay_ms", (long)args.RetryDelay.TotalMilliseconds),
            new(TelemetryNames.ErrorType, args.Outcome.Exception is ProviderTransientException { StatusCode: { } status }
                ? status.ToString(System.Globalization.CultureInfo.InvariantCulture)
                : args.Outcome.Exception?.GetType().Name));
        _logger.LogInformation("Retrying model call for stage {Stage} in {DelayMs} ms (retry {Retry} of {MaxRetries}) after: {Error}",
            stage, (long)args.RetryDelay.TotalMilliseconds, args.AttemptNumber + 1, _options.MaxRetries, args.Outcome.Exception?.Message);
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalSeconds >= 1 ? $"{timeout.TotalSeconds:0.#} s" : $"{timeout.TotalMilliseconds:0} ms";
}
