namespace Summarizer.Pipeline;

/// <summary>
/// A stage failed in a way nothing expects: a bug (a null reference, an index out of range, an invalid argument
/// or state inside our own code). It ends the run, naming the stage; the original exception, with its stack
/// trace, is <see cref="Exception.InnerException"/>. The CLI exits 70.
/// </summary>
public sealed class StageFailedException : Exception
{
    public StageFailedException(string stage, Exception innerException)
        : base(Describe(stage, innerException), innerException)
    {
        Stage = stage;
    }

    /// <summary>The stage that failed: clean, summarize, merge, check, cluster, read, write...</summary>
    public string Stage { get; }

    // One line: "internal error in stage merge: NullReferenceException: Object reference not set ...".
    private static string Describe(string stage, Exception inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        return $"internal error in stage {stage}: {inner.GetType().Name}: {inner.Message.ReplaceLineEndings(" ").Trim()}";
    }
}
