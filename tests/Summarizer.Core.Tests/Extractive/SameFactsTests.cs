using Summarizer.Documents;
using Summarizer.Extractive;
using Summarizer.Summarization;

namespace Summarizer.Core.Tests.Extractive;

/// <summary>One fact, one sentence: three outlets give one death toll in three wordings; the brief states it once.</summary>
public class SameFactsTests
{
    private const string LostTheirLives = "Nine people lost their lives when the river burst over Dornel's flood wall on Sunday night.";
    private const string WereKilled = "At least 9 people were killed when a spring flood drove the river over Dornel's flood wall.";
    private const string Died = "Nine people died after the river broke through the flood wall protecting Dornel late on Sunday.";

    private static IReadOnlyList<CleanedArticle> Story() =>
    [
        Stories.Article(1, string.Join("\n\n", LostTheirLives, "Mayor Petra Quill ordered the evacuation of the lower town before dawn on Monday.", "Engineers had warned the council in March that the wall needed urgent repairs.", "Insurers expect claims from the flooding to run into millions of crowns.")),
        Stories.Article(2, string.Join("\n\n", WereKilled, "Mayor Petra Quill ordered the lower town evacuated as the water rose on Monday.", "The regional government promised emergency funds for families who lost their homes.", "Schools in Dornel will stay closed until Friday while the water drains away.")),
        Stories.Article(3, string.Join("\n\n", Died, "Rescue crews used boats to reach families trapped on the upper floors of their houses.", "Engineers had warned the council in March that the wall needed urgent repairs.", "Train services to Dornel were suspended until the tracks can be inspected.")),
    ];

    [Fact]
    public async Task The_summary_and_key_points_state_one_death_toll_once()
    {
        var merged = await ExtractiveEngine.CreateMerger(new SummaryOptions { MaxWords = 150, MergedKeyPoints = 5 })
            .MergeAsync(Story(), [], CancellationToken.None);

        var texts = merged.SummaryClaims.Concat(merged.KeyPoints).Select(c => c.Text).ToList();
        Assert.Single(texts, t => t is LostTheirLives or WereKilled or Died);
        Assert.Contains(texts, t => t.StartsWith("Mayor Petra Quill", StringComparison.Ordinal));
    }

    [Fact]
    public void Restatements_meet_where_the_cosine_misses_them_and_other_figures_keep_facts_apart()
    {
        var articles = Story().Append(Stories.Article(4, "Forty people were injured when the river burst over Dornel's flood wall on Sunday night.")).ToList();
        var table = new SentenceTable(articles, 60);
        int Find(string start) => table.Sentences.Select((s, i) => (s, i)).First(x => x.s.Text.StartsWith(start, StringComparison.Ordinal)).i;
        var same = new SameFacts(table, ExtractiveTuning.Default.SameFactOverlap);
        var (lost, killed, injured) = (Find("Nine people lost"), Find("At least 9"), Find("Forty people"));

        Assert.True(SentenceTable.Cosine(table.Sentences[lost], table.Sentences[killed]) < ExtractiveTuning.Default.RedundancyCosine);
        Assert.True(same.Same(lost, killed));
        Assert.False(same.Same(lost, injured));
    }
}
