namespace Summarizer.Facts;

/// <summary>The facts of one source, with what is needed to order sources in time.</summary>
/// <param name="Anchor">The article's date (published, else its dateline): what "on Saturday" is resolved against.</param>
/// <param name="PublishedAt">When it was published, when known; a later source may update an earlier one.</param>
internal sealed record SourceFacts(int SourceId, DateOnly? Anchor, DateTimeOffset? PublishedAt, IReadOnlyList<Fact> Facts)
{
    /// <summary>The states of processes the source reports ("has signed", "was still disrupted"), aligned apart from values.</summary>
    public IReadOnlyList<Fact> States { get; init; } = [];

    /// <summary>The moment used to order sources: the publication time, else the anchor date's start.</summary>
    public DateTimeOffset? When => PublishedAt ?? (Anchor is { } a ? new DateTimeOffset(a.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);

    /// <summary>
    /// Not published before <paramref name="other"/>, compared as finely as both allow: a source known only by its date
    /// is of the whole day, so it is not earlier than one published at any time of that day.
    /// </summary>
    public bool NotEarlierThan(SourceFacts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return PublishedAt is { } mine && other.PublishedAt is { } theirs ? mine >= theirs : Anchor >= other.Anchor;
    }

    /// <summary>Published after <paramref name="other"/>: by the times when both are known, else by a later day.</summary>
    public bool PlainlyLaterThan(SourceFacts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return PublishedAt is { } mine && other.PublishedAt is { } theirs ? mine > theirs : Anchor > other.Anchor;
    }
}
