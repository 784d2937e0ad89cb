namespace Summarizer.Chat;

/// <summary>
/// A model call gave no usable answer for one source or step: a reply that stays invalid, or a provider
/// error that outlasted its retries. The pipeline records it as that source's (or step's) failure and
/// goes on (exit 1). Connectors derive their typed failures from it, so the pipeline needs no knowledge of them.
/// </summary>
public abstract class ModelCallException : Exception
{
    protected ModelCallException()
    {
    }

    protected ModelCallException(string message)
        : base(message)
    {
    }

    protected ModelCallException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
