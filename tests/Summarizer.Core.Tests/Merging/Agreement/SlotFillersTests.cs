using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// An act told in the same frame with another thing in one of its phrases (the verb's object, or what follows its
/// preposition) is another act: a source that gives the frame with its own thing there is not credited with the claim.
/// Paraphrases that drop, add or reorder words are still credited.
/// </summary>
public class SlotFillersTests
{
    private static StoryAnalysisResult Story(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, t, 40, CleaningReport.Empty))]);

    private static IReadOnlyList<int> Credited(StoryAnalysisResult story, string claim) => story.Support(claim)?.Sources ?? [];

    [Fact]
    public void Another_object_of_the_same_verb_is_another_act()
    {
        const string claim = "The rail company has put up barriers along the old track beside the canal.";
        var story = Story(
            "The bridge closed in May. " + claim,
            "The bridge closed in May. The rail company has put up notice boards along the old track beside the canal.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void Another_place_after_the_same_preposition_is_another_act()
    {
        const string claim = "Detectives found more of the stolen phones in a car parked behind the garage.";
        var story = Story(
            "A man was arrested on Friday. " + claim,
            "A man was arrested on Friday. Detectives found more of the stolen phones in a loft above the garage.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void Another_means_after_another_preposition_in_the_same_place_is_another_act()
    {
        const string claim = "The council said tenants who paid the landlord in cash should contact its housing team.";
        var story = Story(
            "The landlord was fined in March. " + claim,
            "The landlord was fined in March. The council said tenants who paid the landlord by bank transfer should contact its housing team.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void Another_purpose_right_after_the_same_sum_is_another_act()
    {
        const string claim = "The garage owner was ordered to pay £6,400 in refunds to customers.";
        var story = Story(
            "The garage owner was fined in March. " + claim,
            "The garage owner was fined in March. The garage owner was ordered to pay £6,400 towards the county's court costs.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void A_container_without_what_the_claim_says_it_held_is_another_thing()
    {
        const string claim = "The first fifty visitors were given a free box of chocolates.";
        var story = Story(
            "The bakery opened on Monday. " + claim,
            "The bakery opened on Monday. The first fifty visitors were given a free wooden box.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void A_source_that_tells_the_act_of_another_thing_is_not_credited_for_a_passage_that_shares_other_words()
    {
        const string claim = "The rail company has put up barriers along the old track beside the canal.";
        var story = Story(
            "The bridge closed in May. " + claim,
            "The rail company said walkers had used the old track beside the canal for years. "
            + "The rail company has put up notice boards along the old track beside the canal.");

        Assert.Equal([1], Credited(story, claim));
    }

    // A guard: the code before the slot reading credits this too; it keeps a paraphrase credited.
    [Fact]
    public void A_thing_of_another_word_is_read_as_the_outlets_own_wording()
    {
        const string claim = "Volunteers cleared rubbish from the far end of the quay.";
        var story = Story(
            "The clean-up began at dawn. " + claim,
            "The clean-up began at dawn. Volunteers cleared rubbish from the far end of the harbour.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    // A guard: the code before the slot reading credits this too; it keeps a paraphrase credited.
    [Fact]
    public void The_same_act_in_other_words_is_still_credited()
    {
        const string claim = "The rail company has put up barriers along the old track beside the canal.";
        var story = Story(
            "The bridge closed in May. " + claim,
            "The bridge closed in May. The rail company has now put up new barriers along the old track by the canal.",
            "The bridge closed in May. Barriers have been put up by the rail company along the old track beside the canal.");

        Assert.Equal([1, 2, 3], Credited(story, claim));
    }
}
