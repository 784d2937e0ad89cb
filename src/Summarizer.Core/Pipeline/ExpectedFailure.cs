using System.Data.Common;
using System.Text.Json;
using Summarizer.Chat;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;
using Summarizer.Prompts;

namespace Summarizer.Pipeline;

/// <summary>
/// The one definition of the failures a run expects from the world outside the code: they fail only their
/// own source or step (listed in the brief's <c>failures</c>, exit 1) and the rest of the run goes on.
/// Anything else is a bug and ends the run (<see cref="StageFailedException"/>, exit 70).
/// </summary>
public static class ExpectedFailure
{
    /// <summary>
    /// I/O (files, the SQLite stores), HTTP and fetching, a feed that is not a feed, a model reply that cannot
    /// be used or a provider error that outlasted its retries (<see cref="ModelCallException"/>), invalid JSON,
    /// and a timeout: an <see cref="OperationCanceledException"/> while <paramref name="runToken"/> is not cancelled.
    /// </summary>
    public static bool Is(Exception exception, CancellationToken runToken) => exception switch
    {
        OperationCanceledException => !runToken.IsCancellationRequested,
        IOException or UnauthorizedAccessException or DbException => true,
        HttpRequestException or TimeoutException or FetchException or FeedFormatException => true,
        ModelCallException or JsonException => true,
        _ => false,
    };
}

/// <summary>Where a stage meets the rest of the run: a bug inside it leaves as a <see cref="StageFailedException"/> naming it.</summary>
internal static class StageBoundary
{
    public static async Task<T> RunAsync<T>(string stage, Func<Task<T>> step, CancellationToken cancellationToken)
    {
        try
        {
            return await step();
        }
        catch (Exception ex) when (ex is not StageFailedException && IsBug(ex, cancellationToken))
        {
            throw new StageFailedException(stage, ex);
        }
    }

    public static Task RunAsync(string stage, Func<Task> step, CancellationToken cancellationToken) =>
        RunAsync(stage, async () =>
        {
            await step();
            return true;
        }, cancellationToken);

    public static T Run<T>(string stage, Func<T> step, CancellationToken cancellationToken)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (ex is not StageFailedException && IsBug(ex, cancellationToken))
        {
            throw new StageFailedException(stage, ex);
        }
    }

    /// <summary>
    /// A bug already named, or anything that is neither an expected failure, nor cancellation, nor one of the
    /// typed errors that end a run on purpose (unusable provider, no usable input, a bad prompt file).
    /// </summary>
    public static bool IsBug(Exception exception, CancellationToken cancellationToken) =>
        exception is StageFailedException
        || (exception is not (OperationCanceledException or ProviderUnusableException or NoUsableInputException or PromptException)
            && !ExpectedFailure.Is(exception, cancellationToken));
}
