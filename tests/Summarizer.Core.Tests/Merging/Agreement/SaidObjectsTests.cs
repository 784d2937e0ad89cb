using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// Reported speech is not credited to a source whose sentence gives the same verb and most of the same words with
/// another object: a part of the claim's object ("the hard shoulder of the carriageway" for "the carriageway"), or
/// another thing after the same preposition where the source names the claim's thing elsewhere ("against the tenant"
/// for "against the landlord"). Paraphrases and a synonym the source has no other word for are still credited.
/// </summary>
public class SaidObjectsTests
{
    private static StoryAnalysisResult Story(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, t, 40, CleaningReport.Empty))]);

    private static IReadOnlyList<int> Credited(StoryAnalysisResult story, string claim) => story.Support(claim)?.Sources ?? [];

    [Fact]
    public void The_same_act_against_another_party_the_source_names_is_another_statement()
    {
        const string claim = "Police said they would not be taking any further action against the landlord.";
        var story = Story(
            "A fire gutted a flat in Dorley on Monday. The landlord was away. " + claim,
            "A fire gutted a flat in Dorley on Monday. The landlord was away. Police have said they will not be taking any further action against the tenant.",
            "A fire gutted a flat in Dorley on Monday. " + claim);

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void The_same_act_on_a_part_of_the_object_is_another_statement()
    {
        const string claim = "The operator said it would keep the northbound carriageway fully open during the repairs.";
        var story = Story(
            "Repairs begin on the Orrin bridge next week. " + claim,
            "Repairs begin on the Orrin bridge next week. The operator said it would keep the hard shoulder of the northbound carriageway clear for ambulances during the repairs.",
            "Repairs begin on the Orrin bridge next week. The operator said it would keep the northbound carriageway open during the repairs.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void A_word_of_its_own_after_the_same_preposition_is_still_a_paraphrase()
    {
        // The source never writes "weather": "the conditions" is its word for it.
        const string claim = "Ms Varga said the final had been held back by the weather.";
        var story = Story(
            "The regatta final was delayed on Sunday. " + claim,
            "The regatta final was delayed on Sunday. Ms Varga said the final had been held back by the conditions.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    [Fact]
    public void A_describing_word_before_the_same_object_is_still_the_same_act()
    {
        const string claim = "The operator said it would keep the northbound carriageway open during the repairs.";
        var story = Story(
            "Repairs begin on the Orrin bridge next week. " + claim,
            "Repairs begin on the Orrin bridge next week. The operator said it would keep the busy northbound carriageway open during the repairs.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    [Fact]
    public void Another_word_in_the_same_slot_the_source_writes_elsewhere_is_another_statement()
    {
        // The second outlet knows the word "painted" and gives the same promise about another thing.
        const string claim = "The council said it would check how every bus shelter is painted.";
        var story = Story(
            "Storms damaged bus shelters in Kelby on Friday. " + claim,
            "Storms damaged bus shelters in Kelby on Friday. Most were painted last spring. The council said it would check how every bus shelter is lit.",
            "Storms damaged bus shelters in Kelby on Friday. " + claim);

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void Another_object_after_the_same_preposition_mid_sentence_is_another_statement()
    {
        const string claim = "The club said members would be told about refunds by letter next month.";
        var story = Story(
            "The Harlow swimming gala was called off on Sunday. " + claim,
            "The Harlow swimming gala was called off on Sunday. Refunds are not yet settled. The club said members would be told about winter training dates by letter next month.",
            "The Harlow swimming gala was called off on Sunday. " + claim);

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void Another_word_in_the_slot_the_source_never_writes_is_still_a_paraphrase()
    {
        // The second outlet has no other word for "painted": "decorated" is its own word for it.
        const string claim = "The council said it would check how every bus shelter is painted.";
        var story = Story(
            "Storms damaged bus shelters in Kelby on Friday. " + claim,
            "Storms damaged bus shelters in Kelby on Friday. The council said it would check how every bus shelter is decorated.");

        Assert.Equal([1, 2], Credited(story, claim));
    }
}
