using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Summarizer.Ingestion.Http;

/// <summary>
/// The fetcher's one retry policy (Polly.Core, on the injected clock): exponential backoff with jitter after
/// a connection failure or a 408, 429 or 5xx, or the server's Retry-After capped at
/// <see cref="FetchOptions.MaxRetryAfter"/>. Everything else is final: other statuses, a timed-out attempt,
/// an oversized body, and a <see cref="FetchRefusedException"/> (a <see cref="FetchException"/>, never handled).
/// </summary>
internal static class FetchRetryPipeline
{
    /// <summary>The address being fetched, for the retry log line.</summary>
    public static readonly ResiliencePropertyKey<Uri> UrlKey = new("summarizer-fetch-url");

    // Never below MaxRetryAfter's own upper bound, so the backoff cap cannot cut a server's Retry-After short.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(10);

    public static ResiliencePipeline<HttpReply> Build(FetchOptions options, TimeProvider time, ILogger logger)
    {
        // Polly requires at least one retry attempt; Retries = 0 means no retry strategy at all.
        if (options.Retries == 0)
        {
            return ResiliencePipeline<HttpReply>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpReply> { TimeProvider = time, Name = "summarizer-fetch" }
            .AddRetry(new RetryStrategyOptions<HttpReply>
            {
                // A connection reset mid-body surfaces as an IOException (HttpIOException), not HttpRequestException.
                ShouldHandle = new PredicateBuilder<HttpReply>()
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .HandleResult(reply => IsTransient(reply.Status)),
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result?.RetryAfter is { } wanted ? (wanted < options.MaxRetryAfter ? wanted : options.MaxRetryAfter) : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var url = args.Context.Properties.GetValue(UrlKey, null!);
                    if (args.Outcome.Exception is { } ex)
                    {
                        logger.LogInformation("Connection to {Url} failed ({Error}); retry {Attempt} of {Retries} in {Delay}", url, ex.Message, args.AttemptNumber + 1, options.Retries, args.RetryDelay);
                    }
                    else
                    {
                        logger.LogInformation("HTTP {Status} from {Url}; retry {Attempt} of {Retries} in {Delay}", (int)args.Outcome.Result!.Status, url, args.AttemptNumber + 1, options.Retries, args.RetryDelay);
                    }

                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    private static bool IsTransient(HttpStatusCode status) => (int)status is 408 or 429 or >= 500;
}
