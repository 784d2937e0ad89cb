using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

/// <summary>Centre first: key points that state a fact come before vague ones, however many outlets carry the vague one.</summary>
public class KeyPointRankingTests
{
    private const string Vague = "Ministers are expected to discuss a range of measures over the coming days.";
    private const string Concrete = "The plan sets aside 40 million crowns for new flood barriers in Dornel.";

    [Fact]
    public async Task A_sentence_that_states_a_fact_ranks_before_a_vague_one_more_outlets_carry()
    {
        var articles = new[]
        {
            Stories.Article(1, string.Join("\n\n", "The river Tarn burst its banks at Dornel on Sunday, flooding 300 homes.", Vague, Concrete)),
            Stories.Article(2, string.Join("\n\n", "Floodwater from the Tarn reached 300 homes in Dornel on Sunday night.", Vague, "The plan sets aside 40 million crowns for flood barriers along the Tarn in Dornel.")),
            Stories.Article(3, string.Join("\n\n", "About 300 homes in Dornel were flooded when the Tarn rose on Sunday.", "Ministers are expected to discuss a range of measures in the coming days.")),
        };

        var merged = await ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 20, MergedKeyPoints = 4 })
            .MergeAsync(articles, [], CancellationToken.None);

        var texts = merged.KeyPoints.Select(k => k.Text).ToList();
        var concrete = texts.FindIndex(t => t.Contains("40 million crowns", StringComparison.Ordinal));
        var vague = texts.FindIndex(t => t.StartsWith("Ministers are expected", StringComparison.Ordinal));
        Assert.True(concrete >= 0, string.Join("\n", texts));
        Assert.True(vague < 0 || concrete < vague, string.Join("\n", texts));
    }
}
