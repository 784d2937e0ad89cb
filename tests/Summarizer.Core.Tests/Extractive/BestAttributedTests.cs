using Summarizer.Extractive;

namespace Summarizer.Core.Tests.Extractive;

/// <summary>Of two sentences stating one fact, the brief keeps the one more outlets carry.</summary>
public class BestAttributedTests
{
    private const string OneOutlet = "Twelve people died when the storm pushed the sea over the Halvik harbour wall on Sunday.";

    [Fact]
    public void A_chosen_sentence_gives_way_to_the_restatement_three_outlets_carry()
    {
        var table = new SentenceTable(
            [
                Stories.Article(1, OneOutlet + "\n\nThe mayor closed the seafront road until Wednesday."),
                Stories.Article(2, "At least 12 people were killed when a winter storm drove the sea over Halvik's harbour wall on Sunday night."),
                Stories.Article(3, "At least 12 people were killed when the winter storm drove the sea over Halvik's harbour wall late on Sunday."),
                Stories.Article(4, "A winter storm drove the sea over Halvik's harbour wall on Sunday night, and at least 12 people were killed."),
            ],
            60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap);
        var claims = new ClaimFinder(table, tuning.SameClaimCosine, tuning.KeyPointOverlapCosine, CancellationToken.None);
        var candidates = ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling);
        var chosen = table.Sentences.Select((s, i) => (s, i)).Where(x => x.s.Text == OneOutlet).Select(x => x.i).ToList();

        var kept = BestAttributed.Choose(chosen, candidates, table, same, claims, 100, same.Same, tuning.RestatementMinWeight, tuning.SameFactOverlap);

        var text = table.Sentences[Assert.Single(kept)].Text;
        Assert.StartsWith("At least 12 people were killed", text, StringComparison.Ordinal);
        Assert.Equal(3, claims.ClaimFor(kept[0]).Sources.Count);
    }

    [Fact]
    public void A_restatement_that_does_not_fit_the_budget_leaves_the_choice_as_it_was()
    {
        var table = new SentenceTable(
            [
                Stories.Article(1, OneOutlet),
                Stories.Article(2, "At least 12 people were killed when a winter storm drove the sea over Halvik's harbour wall on Sunday night."),
                Stories.Article(3, "At least 12 people were killed when the winter storm drove the sea over Halvik's harbour wall late on Sunday."),
            ],
            60);
        var tuning = ExtractiveTuning.Default;
        var same = new SameFacts(table, tuning.SameFactOverlap);
        var claims = new ClaimFinder(table, tuning.SameClaimCosine, tuning.KeyPointOverlapCosine, CancellationToken.None);
        var candidates = ExtractiveMerger.Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling);

        var kept = BestAttributed.Choose([0], candidates, table, same, claims, table.Sentences[0].Words, same.Same, tuning.RestatementMinWeight, tuning.SameFactOverlap);

        Assert.Equal([0], kept);
    }
}
