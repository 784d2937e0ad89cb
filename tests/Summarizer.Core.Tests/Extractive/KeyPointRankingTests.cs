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

    [Fact]
    public async Task What_many_outlets_say_about_the_main_event_in_their_own_words_ranks_before_an_aside_two_outlets_copy()
    {
        // The aside has a near-copy in a second outlet, so more outlets cite it; the barriers are in every outlet, each in
        // its own words (no sentence close enough to cite, but every outlet near it): what the story is about comes first.
        const string Aside = "A local choir cancelled its winter concert at the Halden town hall on Friday.";
        var articles = new[]
        {
            Stories.Article(1, string.Join("\n\n", "The river Tarn burst its banks at Dornel on Sunday, flooding 300 homes.", Aside, "Engineers estimated that stone barriers for Dornel would cost several million crowns.")),
            Stories.Article(2, string.Join("\n\n", "Floodwater from the Tarn reached 300 homes in Dornel on Sunday night.", "The Halden choir called off its winter concert at the town hall on Friday.", "Officials said concrete barriers worth about a million crowns were planned for Dornel next year.")),
            Stories.Article(3, string.Join("\n\n", "About 300 homes in Dornel were flooded when the Tarn rose on Sunday.", "The government promised a million crowns toward barriers on the eastern bank at Dornel.")),
            Stories.Article(4, string.Join("\n\n", "The Tarn flooded 300 homes in Dornel on Sunday.", "Residents of Dornel asked the state for millions of crowns to pay for permanent barriers.")),
            Stories.Article(5, string.Join("\n\n", "Dornel counted 300 flooded homes after the Tarn overflowed on Sunday.", "Steel barriers costing many million crowns will be needed in Dornel, the mayor warned.")),
        };

        var merged = await ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 15, MergedKeyPoints = 3 })
            .MergeAsync(articles, [], CancellationToken.None);

        var texts = merged.KeyPoints.Select(k => k.Text).ToList();
        var aside = texts.FindIndex(t => t.Contains("choir", StringComparison.Ordinal));
        var barriers = texts.FindIndex(t => t.Contains("arriers", StringComparison.Ordinal));
        Assert.True(barriers >= 0, string.Join("\n", texts));
        Assert.True(aside < 0 || barriers < aside, string.Join("\n", texts));
    }
}
