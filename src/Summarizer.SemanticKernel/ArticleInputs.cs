using Microsoft.Extensions.Logging;
using Summarizer.Documents;
using Summarizer.Ingestion;
using Summarizer.Ingestion.Feeds;
using Summarizer.Ingestion.Http;

namespace Summarizer.SemanticKernel;

/// <summary>Turns what a kernel function is given (article texts, a page address) into the pipeline's input, as the CLI reads it.</summary>
internal sealed class ArticleInputs(ILoggerFactory loggerFactory, TimeProvider timeProvider, bool allowPrivateNetworks)
{
    // A page has no publication window: it is read whatever its date.
    private static readonly TimeSpan AnyTime = TimeSpan.FromDays(365 * 100);

    /// <summary>Each text is read as the CLI reads standard input (size cap, kind, title line), then named by its position.</summary>
    public async Task<IngestionResult> ReadTextsAsync(IReadOnlyList<string?> texts, CancellationToken cancellationToken)
    {
        var articles = new List<RawArticle>();
        var failures = new List<Failure>();
        for (var i = 0; i < texts.Count; i++)
        {
            var read = await ReadTextAsync(texts[i] ?? string.Empty, cancellationToken);
            var name = $"article {i + 1}";
            articles.AddRange(read.Articles.Select(a => a with { Origin = name }));
            failures.AddRange(read.Failures.Select(f => f with { Source = name }));
        }

        return new IngestionResult(articles, failures);
    }

    /// <summary>
    /// One article: the http(s) address of its page, fetched as <c>summarizer brief URL</c> fetches it (timeouts, retries,
    /// size cap, no address on this machine or a private network unless allowed), or else its text.
    /// </summary>
    public async Task<IngestionResult> ReadOneAsync(string article, CancellationToken cancellationToken)
    {
        var trimmed = article.Trim();
        if (!UrlNormalizer.IsWebAddress(trimmed))
        {
            return await ReadTextsAsync([article], cancellationToken);
        }

        using var fetcher = WebFetchers.Create(new FetchOptions { AllowPrivateNetworks = allowPrivateNetworks }, timeProvider, loggerFactory: loggerFactory);
        var reader = new DailySourceReader(new DailySourceOptions(), fetcher, NewReader(TextReader.Null), timeProvider, loggerFactory.CreateLogger<DailySourceReader>());
        return await reader.ReadAsync([new SourceSpec(Url: trimmed)], AnyTime, cancellationToken);
    }

    private Task<IngestionResult> ReadTextAsync(string text, CancellationToken cancellationToken) =>
        NewReader(new StringReader(text)).ReadAsync([InputReader.StandardInputName], cancellationToken);

    private InputReader NewReader(TextReader text) => new(new InputReaderOptions(), () => text, loggerFactory.CreateLogger<InputReader>());
}
