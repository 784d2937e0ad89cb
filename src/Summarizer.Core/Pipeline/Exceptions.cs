namespace Summarizer.Pipeline;

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
