namespace Summarizer.Chat;

/// <summary>Why the model provider cannot be used at all.</summary>
public enum ProviderUnusableReason
{
    /// <summary>No API key for a hosted (non-loopback) endpoint.</summary>
    MissingApiKey,

    /// <summary>HTTP 401: the key was rejected.</summary>
    Unauthorized,

    /// <summary>HTTP 403: the key may not use this model or endpoint.</summary>
    Forbidden,

    /// <summary>HTTP 404: unknown model, deployment or endpoint path.</summary>
    NotFound,

    /// <summary>The endpoint could not be reached even after retries.</summary>
    Unreachable,

    /// <summary>Too many recent failures: the circuit breaker is open and calls fail fast.</summary>
    CircuitOpen,
}

/// <summary>
/// The provider cannot serve any call of this run (bad key, unknown model, dead endpoint).
/// The pipeline stops and the CLI ends the run at once with exit code 4 and <see cref="Exception.Message"/> as the one-line reason.
/// The message never contains the API key.
/// </summary>
public sealed class ProviderUnusableException : Exception
{
    /// <summary>Creates the exception for an unspecified reason.</summary>
    public ProviderUnusableException()
        : this(ProviderUnusableReason.Unreachable, "the model provider cannot be used")
    {
    }

    /// <summary>Creates the exception for an unspecified reason.</summary>
    public ProviderUnusableException(string message)
        : this(ProviderUnusableReason.Unreachable, message)
    {
    }

    /// <summary>Creates the exception for an unspecified reason.</summary>
    public ProviderUnusableException(string message, Exception innerException)
        : this(ProviderUnusableReason.Unreachable, message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ProviderUnusableException(ProviderUnusableReason reason, string message)
        : base(message) => Reason = reason;

    /// <summary>Creates the exception with a (key-free) cause.</summary>
    public ProviderUnusableException(ProviderUnusableReason reason, string message, Exception? innerException)
        : base(message, innerException) => Reason = reason;

    /// <summary>Why the provider is unusable.</summary>
    public ProviderUnusableReason Reason { get; }

    /// <summary>HTTP status that caused it, when there was one.</summary>
    public int? StatusCode { get; init; }
}
