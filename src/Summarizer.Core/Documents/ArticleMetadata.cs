namespace Summarizer.Documents;

/// <summary>What is known about an article besides its text; every field is optional.</summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }

    /// <summary>Fields set here win; unset ones fall back to <paramref name="fallback"/>.</summary>
    public ArticleMetadata OrElse(ArticleMetadata fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        return new()
        {
            Title = Title ?? fallback.Title,
            Outlet = Outlet ?? fallback.Outlet,
            Url = Url ?? fallback.Url,
            PublishedAt = PublishedAt ?? fallback.PublishedAt,
            Author = Author ?? fallback.Author,
            Language = Language ?? fallback.Language,
        };
    }
}
