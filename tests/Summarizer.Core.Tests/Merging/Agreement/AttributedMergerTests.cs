using Summarizer.Documents;
using Summarizer.Merging;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class AttributedMergerTests
{
    [Fact]
    public async Task Every_claim_of_the_inner_merge_comes_attributed_to_the_sources_that_report_it()
    {
        const string inquiry = "Governor Tomas Reinholt ordered an inquiry by the Lake Safety Board.";
        var inner = new FixedMerger(new MergedSummary("H", inquiry, [new Claim(inquiry, [1])], [], [new Claim(inquiry, [3])])
        {
            SummaryClaims = [new Claim(inquiry, [1, 3])],
        });

        var merged = await inner.WithAttributedClaims().MergeAsync(TrustFixtures.Ferry(), [], CancellationToken.None);

        Assert.Equal([1, 2, 4, 5], Assert.Single(merged.KeyPoints).Sources);
        Assert.Equal([1, 2, 4, 5], Assert.Single(merged.SummaryClaims).Sources);
        Assert.Equal([1, 2, 4, 5], Assert.Single(merged.SingleSource).Sources);
        Assert.Equal(inquiry, merged.Summary);
    }

    private sealed class FixedMerger(MergedSummary merged) : IStoryMerger
    {
        public Task<MergedSummary> MergeAsync(IReadOnlyList<CleanedArticle> articles, IReadOnlyList<SourceSummary> summaries, CancellationToken cancellationToken) =>
            Task.FromResult(merged);
    }
}
