namespace Summarizer.Pipeline;

/// <summary>
/// One step for one source (or the merge) could not be completed, e.g. a model reply that stayed invalid
/// after a repair attempt. The pipeline records it in the brief's failures and goes on with the rest.
/// </summary>
public class StepFailedException : Exception
{
    public StepFailedException()
    {
    }

    public StepFailedException(string message)
        : base(message)
    {
    }

    public StepFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// The model provider cannot be used at all (bad endpoint, authentication, unknown model, every call
/// failing). The run stops: going on would only repeat the same failure for every source.
/// </summary>
public class ProviderUnusableException : Exception
{
    public ProviderUnusableException()
    {
    }

    public ProviderUnusableException(string message)
        : base(message)
    {
    }

    public ProviderUnusableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Nothing usable was left to summarize (every input missing, empty, binary or cleaned away).</summary>
public sealed class NoUsableInputException(string message) : Exception(message)
{
    public NoUsableInputException()
        : this("no usable input")
    {
    }

    public NoUsableInputException(string message, Exception innerException)
        : this(message + ": " + innerException?.Message)
    {
    }
}
