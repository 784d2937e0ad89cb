using Summarizer.Chat;
using Summarizer.Documents;

namespace Summarizer.Pipeline;

/// <summary>
/// Runs a day's stories somewhere other than this process: on the workers of a cluster, each story a job any of them
/// may take. The pipeline groups the day, hands the stories over, and assembles the brief from what comes back.
/// </summary>
public interface IStoryDispatcher
{
    /// <summary>
    /// Runs every story (each a list of cleaned articles, to be numbered 1..n within it) and returns one outcome per
    /// story, in the order given, when the last one is done.
    /// </summary>
    Task<IReadOnlyList<StoryOutcome>> RunAsync(IReadOnlyList<IReadOnlyList<CleanedArticle>> stories, CancellationToken cancellationToken);
}

/// <summary>How one story of a dispatched day ended: its brief, the model provider unusable, or a bug.</summary>
public sealed record StoryOutcome
{
    /// <summary>The story's brief, when it was summarized.</summary>
    public Brief? Brief { get; init; }

    /// <summary>Why the provider could not be used for any source of the story, when that ended it.</summary>
    public ProviderUnusableReason? Unusable { get; init; }

    /// <summary>The error that ended the story: the provider's message, or a bug's one-line description.</summary>
    public string? Error { get; init; }

    /// <summary>The worker that ran it, when known.</summary>
    public string? Worker { get; init; }

    public static StoryOutcome Done(Brief brief) => new() { Brief = brief ?? throw new ArgumentNullException(nameof(brief)) };

    public static StoryOutcome ProviderUnusable(ProviderUnusableException exception) =>
        new() { Unusable = (exception ?? throw new ArgumentNullException(nameof(exception))).Reason, Error = exception.Message };

    public static StoryOutcome Failed(string error) => new() { Error = error };
}
