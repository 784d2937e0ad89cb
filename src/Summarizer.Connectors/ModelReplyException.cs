using Microsoft.Extensions.AI;
using Summarizer.Chat;

namespace Summarizer.Connectors;

/// <summary>What was wrong with a model reply (or with the request, as the provider saw it).</summary>
public enum ModelReplyKind
{
    /// <summary>The reply had no choices.</summary>
    EmptyChoices,

    /// <summary>The reply had a choice but no text.</summary>
    EmptyContent,

    /// <summary><c>finish_reason=length</c>: output was cut at the token limit.</summary>
    Truncated,

    /// <summary><c>finish_reason=content_filter</c> or a refusal.</summary>
    ContentFiltered,

    /// <summary>JSON was required and the text is not JSON.</summary>
    NotJson,

    /// <summary>JSON was required with a schema and the JSON does not satisfy it.</summary>
    SchemaMismatch,

    /// <summary>The HTTP body was not a readable chat completion.</summary>
    MalformedResponse,

    /// <summary>The provider rejected this request (HTTP 400/413/422, e.g. context too long).</summary>
    RequestRejected,
}

/// <summary>
/// One call produced no usable answer. The pipeline may try one repair (for
/// <see cref="ModelReplyKind.NotJson"/>/<see cref="ModelReplyKind.SchemaMismatch"/>/<see cref="ModelReplyKind.Truncated"/>),
/// then records a failure for that source/step (exit 1). Never retried by the resilience layer.
/// </summary>
public sealed class ModelReplyException : ModelCallException
{
    /// <summary>Creates the exception.</summary>
    public ModelReplyException(ModelReplyKind kind, string message)
        : base(message) => Kind = kind;

    /// <summary>Creates the exception with a (key-free) cause.</summary>
    public ModelReplyException(ModelReplyKind kind, string message, Exception? innerException)
        : base(message, innerException) => Kind = kind;

    /// <summary>What was wrong.</summary>
    public ModelReplyKind Kind { get; }

    /// <summary>The text the model did return, if any (useful for a repair prompt).</summary>
    public string? ReplyText { get; init; }

    /// <summary>Tokens the failed reply still cost, so usage accounting does not lose them.</summary>
    public UsageDetails? Usage { get; init; }
}
