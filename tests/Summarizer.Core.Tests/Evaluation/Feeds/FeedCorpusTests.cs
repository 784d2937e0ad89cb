using Summarizer.Evaluation.Feeds;
using Summarizer.TestSupport;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Evaluation.Feeds;

/// <summary>The feed parser on feedparser's test corpus (../shared/eval/feeds).</summary>
public sealed class FeedCorpusTests(ITestOutputHelper output)
{
    // The figure reached on 2026-11-30 (`summarizer eval feeds ../shared/eval/feeds`); it may rise, never fall.
    private const int CurrentFormatPasses = 164;

    [FeedCorpusFact]
    public void The_parser_passes_at_least_the_recorded_share_of_the_corpus_and_never_crashes()
    {
        var report = FeedCorpusEvaluator.Evaluate(FeedCorpusFactAttribute.Folder);
        var current = report.Current;
        output.WriteLine($"current formats: {current.Passed} of {current.Applicable}; all: {report.All.Passed} of {report.All.Applicable}; crashes {report.Crashes}");
        foreach (var failed in report.Results.Where(r => r.Case.Current && r.Outcome is not (FeedTestOutcome.Passed or FeedTestOutcome.NotApplicable)))
        {
            output.WriteLine($"{failed.Outcome} {failed.Case.Path}: {failed.Detail}");
        }

        Assert.True(current.Passed >= CurrentFormatPasses, $"{current.Passed} of {current.Applicable} pass, fewer than {CurrentFormatPasses}");
        Assert.Equal(0, report.Crashes);
        Assert.All(report.Results.Where(r => r.Outcome == FeedTestOutcome.Rejected), r => Assert.DoesNotContain('\n', r.Detail!));
    }
}

/// <summary>Runs only where the shared corpus is present beside the checkout, and says so when it is not.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FeedCorpusFactAttribute : FactAttribute
{
    public FeedCorpusFactAttribute()
    {
        if (!Directory.Exists(Folder))
        {
            Skip = $"The feed corpus is not at {Folder} (../shared/eval/feeds beside the checkout).";
        }
    }

    public static string Folder => Path.Combine(RepoPaths.Eval, "feeds");
}
