namespace Summarizer.Cleaning;

/// <summary>Factory for the cleaning stage.</summary>
public static class ArticleCleaners
{
    /// <summary>
    /// The standard cleaner: HTML main-text extraction, Markdown stripping and the text noise
    /// rules of <see cref="NoiseRules"/>. Thread-safe and reusable.
    /// </summary>
    /// <param name="options">Null for <see cref="CleaningOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it.</exception>
    public static IArticleCleaner CreateDefault(CleaningOptions? options = null)
    {
        options ??= CleaningOptions.Default;
        options.Validate();
        return new ArticleCleaner(options);
    }
}
