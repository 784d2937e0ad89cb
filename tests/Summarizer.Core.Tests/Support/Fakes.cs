using Summarizer.Chat;
using Summarizer.Cleaning;
using Summarizer.Documents;
using Summarizer.Merging;
using Summarizer.Pipeline;
using Summarizer.Stories;
using Summarizer.Summarization;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Support;

/// <summary>Keeps the text as it is (trimmed), so pipeline tests don't depend on the cleaning rules.</summary>
internal sealed class PassThroughCleaner : IArticleCleaner
{
    public CleanedText Clean(RawArticle article) =>
        new(article.Metadata.Title, article.Content.Trim(), article.Metadata, CleaningReport.Empty);
}

/// <summary>Summarizes by taking the first line; fails for origins listed in <see cref="FailFor"/>.</summary>
internal sealed class FirstLineSummarizer : ISourceSummarizer
{
    public HashSet<string> FailFor { get; } = [];

    public Func<CleanedArticle, Exception>? Failure { get; init; }

    /// <summary>Origins summarized, in any order.</summary>
    public System.Collections.Concurrent.ConcurrentBag<string> Summarized { get; } = [];

    public async Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken)
    {
        await Task.Yield();
        Summarized.Add(article.Origin);
        if (FailFor.Contains(article.Origin))
        {
            throw Failure?.Invoke(article) ?? new ModelOutputException($"model reply for {article.Origin} was not JSON");
        }

        return new SourceSummary(article.Id, article.Text.Split('\n')[0], []);
    }
}

/// <summary>Merges by citing every source for the first summary.</summary>
internal sealed class CiteAllMerger : IStoryMerger
{
    public bool Fail { get; init; }

    /// <summary>What a failing merge throws; an unusable model reply by default.</summary>
    public Func<Exception>? Failure { get; init; }

    public Task<MergedSummary> MergeAsync(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<SourceSummary> summaries, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw Failure?.Invoke() ?? new ModelOutputException("merge reply failed validation twice");
        }

        return Task.FromResult(new MergedSummary(
            "Headline",
            summaries[0].Summary,
            [new Claim(summaries[0].Summary, [.. articles.Select(a => a.Id)])],
            [],
            []));
    }
}

/// <summary>Every article its own story, in id order.</summary>
internal sealed class OneStoryEach : IStoryClusterer
{
    public bool Called { get; private set; }

    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken = default)
    {
        Called = true;
        return [.. articles.OrderBy(a => a.Id).Select(a => new StoryCluster([a], [a.Origin], a, a.Origin, 1))];
    }
}

/// <summary>The pipeline of the pipeline tests: text kept as it is, every source cited by the merge, a fake clock.</summary>
internal static class FakePipelines
{
    public static SummaryPipeline Build(ISourceSummarizer summarizer) =>
        new SummaryPipelineBuilder()
            .UseCleaner(new PassThroughCleaner())
            .UseSummarizer(summarizer)
            .UseMerger(new CiteAllMerger())
            .UseTimeProvider(new FakeClock())
            .Build();
}
