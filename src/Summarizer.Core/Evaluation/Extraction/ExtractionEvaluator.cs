using System.Text.Json;
using Summarizer.Cleaning;
using Summarizer.Documents;

namespace Summarizer.Evaluation.Extraction;

/// <summary>The score of one page.</summary>
internal sealed record ExtractionPageResult(string Id, double? Precision, double Recall, bool Exact, int ExtractedWords, int TruthWords);

/// <summary>Benchmark result: means as the benchmark defines them, and the speed of extraction.</summary>
/// <param name="Precision">Mean page precision over pages with a non-empty extraction.</param>
/// <param name="Recall">Mean page recall over all pages.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Accuracy">Share of pages whose token sequence equals the truth's.</param>
/// <param name="Elapsed">Time spent cleaning (file reading excluded), on one thread.</param>
internal sealed record ExtractionEvaluation(
    IReadOnlyList<ExtractionPageResult> Pages, double Precision, double Recall, double F1, double Accuracy, TimeSpan Elapsed)
{
    public int PageCount => Pages.Count;

    public double PagesPerSecond => Elapsed > TimeSpan.Zero ? PageCount / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Runs a cleaner over an extraction benchmark folder (<c>&lt;id&gt;.html</c> files and
/// <c>ground-truth.json</c> mapping id to <c>articleBody</c>) and scores it.
/// </summary>
internal sealed class ExtractionEvaluator
{
    private readonly IArticleCleaner _cleaner;
    private readonly TimeProvider _timeProvider;

    /// <param name="cleaner">What to measure; null for <see cref="ArticleCleaners.CreateDefault"/>.</param>
    /// <param name="timeProvider">Clock for the speed figure; null for <see cref="TimeProvider.System"/>.</param>
    public ExtractionEvaluator(IArticleCleaner? cleaner = null, TimeProvider? timeProvider = null)
    {
        _cleaner = cleaner ?? ArticleCleaners.CreateDefault();
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <exception cref="FileNotFoundException">The folder has no ground-truth.json.</exception>
    public async Task<ExtractionEvaluation> EvaluateAsync(string datasetFolder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(datasetFolder);
        var truthPath = Path.Combine(datasetFolder, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            throw new FileNotFoundException($"Extraction benchmark folder '{datasetFolder}' has no ground-truth.json.", truthPath);
        }

        var truths = await ReadTruthAsync(truthPath, cancellationToken);
        var pages = new List<(string Id, string Html, string Truth)>();
        foreach (var (id, truth) in truths.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var htmlPath = Path.Combine(datasetFolder, id + ".html");
            if (File.Exists(htmlPath))
            {
                pages.Add((id, await File.ReadAllTextAsync(htmlPath, cancellationToken), truth));
            }
        }

        var extracted = new string[pages.Count];
        var start = _timeProvider.GetTimestamp();
        for (var i = 0; i < pages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            extracted[i] = _cleaner.Clean(new RawArticle(pages[i].Id, ContentKind.Html, pages[i].Html, ArticleMetadata.Empty)).Text;
        }

        var elapsed = _timeProvider.GetElapsedTime(start);
        var results = pages.Select((page, i) =>
        {
            var score = ExtractionScorer.Score(extracted[i], page.Truth);
            return new ExtractionPageResult(page.Id, score.Precision, score.Recall, score.Exact, WordCount.Of(extracted[i]), WordCount.Of(page.Truth));
        }).ToList();
        return Summarize(results, elapsed);
    }

    /// <summary>Aggregates page scores the benchmark's way (means first, then F1 of the means).</summary>
    public static ExtractionEvaluation Summarize(IReadOnlyList<ExtractionPageResult> pages, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var precisions = pages.Where(p => p.Precision is not null).Select(p => p.Precision!.Value).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = pages.Count == 0 ? 0 : pages.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var accuracy = pages.Count == 0 ? 0 : (double)pages.Count(p => p.Exact) / pages.Count;
        return new ExtractionEvaluation(pages, precision, recall, f1, accuracy, elapsed);
    }

    private static async Task<Dictionary<string, string>> ReadTruthAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var truths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in document.RootElement.EnumerateObject())
        {
            var body = page.Value.ValueKind == JsonValueKind.Object && page.Value.TryGetProperty("articleBody", out var b)
                && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
            truths[page.Name] = body ?? string.Empty;
        }

        return truths;
    }
}
