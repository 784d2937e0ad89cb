using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>Dispatches on <see cref="ContentKind"/>; the one place that guarantees "never throws".</summary>
internal sealed class ArticleCleaner(CleaningOptions options) : IArticleCleaner
{
    private readonly TextCleaner _text = new(options);
    private readonly HtmlMainText _html = new(options);

    public CleanedText Clean(RawArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var declared = article.Metadata ?? ArticleMetadata.Empty;
        var removals = new List<Removal>();
        try
        {
            return article.Kind switch
            {
                ContentKind.Html => CleanHtml(article.Content ?? string.Empty, declared, removals),
                ContentKind.Markdown => Settle(CleanText(MarkdownText.ToPlainText(article.Content ?? string.Empty, removals), declared, removals), removals),
                _ => Settle(CleanText(article.Content ?? string.Empty, declared, removals), removals),
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A cleaner bug must not sink the source: fall back to the input with whitespace tidied.
            removals.Add(new Removal("cleaner-error", ex.GetType().Name));
            var fallback = string.Join("\n\n", (article.Content ?? string.Empty)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return new CleanedText(declared.Title, fallback, declared, new CleaningReport(removals));
        }
    }

    // Rules can uncover noise for one another in rare orders (a bullet behind a quote marker behind an
    // invisible character...). Cleaning the output again until nothing changes makes the cleaner idempotent
    // by construction; real articles settle on the first re-check, which costs one text-only pass.
    // (HTML output is not re-cleaned as text: repeated paragraphs are legitimate in pages.)
    private const int MaxSettlePasses = 3;

    private CleanedText Settle(CleanedText cleaned, List<Removal> removals)
    {
        for (var pass = 0; pass < MaxSettlePasses; pass++)
        {
            var again = CleanText(cleaned.Text, cleaned.Metadata, removals);
            if (again.Text == cleaned.Text && again.Title == cleaned.Title)
            {
                return cleaned;
            }

            cleaned = again;
        }

        return cleaned;
    }

    private CleanedText CleanText(string content, ArticleMetadata declared, List<Removal> removals)
    {
        var (title, text) = _text.Clean(content, declared.Title, options.DetectTitle, dedupeParagraphs: true, removals);
        return new CleanedText(title, text, declared with { Title = title }, new CleaningReport(removals));
    }

    private CleanedText CleanHtml(string html, ArticleMetadata declared, List<Removal> removals)
    {
        var extracted = _html.Extract(html, removals);
        var metadata = declared.OrElse(extracted.Metadata);
        var (title, text) = _text.Clean(extracted.Text, metadata.Title, detectTitle: false, dedupeParagraphs: false, removals);
        return new CleanedText(title, text, metadata with { Title = title }, new CleaningReport(removals));
    }
}
