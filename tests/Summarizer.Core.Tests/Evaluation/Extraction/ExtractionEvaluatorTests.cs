using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Evaluation.Extraction;
using Summarizer.TestSupport;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Evaluation.Extraction;

public sealed class ExtractionEvaluatorTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "extraction-eval-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _output;

    public ExtractionEvaluatorTests(ITestOutputHelper output)
    {
        _output = output;
        Directory.CreateDirectory(_folder);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Scores_each_page_and_times_with_the_injected_clock()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "p1.html"), "<html><body><p>alpha beta gamma delta epsilon</p></body></html>");
        await File.WriteAllTextAsync(Path.Combine(_folder, "p2.html"), "<html><body><p>one two three four</p></body></html>");
        await File.WriteAllTextAsync(Path.Combine(_folder, "ground-truth.json"),
            """{ "p1": { "articleBody": "alpha beta gamma delta epsilon", "url": "u1" }, "p2": { "articleBody": "five six seven eight", "url": "u2" } }""");
        var clock = new FakeClock();
        var evaluator = new ExtractionEvaluator(new SlowCleaner(clock), clock);

        var result = await evaluator.EvaluateAsync(_folder);

        Assert.Equal(["p1", "p2"], result.Pages.Select(p => p.Id));
        Assert.Equal(1.0, result.Pages[0].Recall);
        Assert.Equal(0.0, result.Pages[1].Recall);
        Assert.Equal(0.5, result.Precision, 10);
        Assert.Equal(0.5, result.Accuracy, 10);
        Assert.Equal(TimeSpan.FromSeconds(1), result.Elapsed);
        Assert.Equal(2.0, result.PagesPerSecond, 10);
    }

    [Fact]
    public async Task Missing_ground_truth_is_reported_with_the_folder()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => new ExtractionEvaluator().EvaluateAsync(_folder));

        Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Default_cleaner_meets_the_quality_target_on_the_dev_set()
    {
        var folder = Path.Combine(RepoPaths.Eval, "extraction");
        Assert.True(Directory.Exists(folder), $"benchmark not found at {folder}");

        var evaluator = new ExtractionEvaluator();
        await evaluator.EvaluateAsync(folder); // JIT warm-up, so the speed figure is the steady state
        var result = await evaluator.EvaluateAsync(folder);
        _output.WriteLine($"P={result.Precision:F4} R={result.Recall:F4} F1={result.F1:F4} accuracy={result.Accuracy:F4} pages={result.PageCount} {result.PagesPerSecond:F1} pages/s");

        Assert.Equal(91, result.PageCount);
        Assert.True(result.F1 >= 0.965, $"F1 {result.F1:F4} (P {result.Precision:F4}, R {result.Recall:F4}) is under 0.965");
        Assert.All(result.Pages, p => Assert.True(p.ExtractedWords > 0, $"{p.Id} came out empty"));
    }

    /// <summary>Takes half a second of fake time per page.</summary>
    private sealed class SlowCleaner(FakeClock clock) : IArticleCleaner
    {
        private readonly IArticleCleaner _inner = ArticleCleaners.CreateDefault();

        public CleanedText Clean(RawArticle article)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            return _inner.Clean(article);
        }
    }
}
