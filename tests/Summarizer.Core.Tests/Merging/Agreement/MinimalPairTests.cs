using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A source sentence that is the claim's sentence word for word but for its subject or its verb group, told otherwise,
/// says another thing in the same frame: the source is not credited with the claim. A lone verb for a lone verb (once or
/// twice), a subject in another word, and a sentence that differs in more than one place are the outlet's own wording,
/// and stay credited. Every sentence is invented.
/// </summary>
public class MinimalPairTests
{
    private static StoryAnalysisResult Story(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, t, 40, CleaningReport.Empty))]);

    private static IReadOnlyList<int> Credited(StoryAnalysisResult story, string claim) => story.Support(claim)?.Sources ?? [];

    [Fact]
    public void Another_subject_in_the_same_sentence_is_another_fact()
    {
        const string claim = "The landlord will cover the cost of a new boiler for the flats.";
        var story = Story(
            "A storm hit the terrace on Friday. " + claim,
            "A storm hit the terrace on Friday. The district council will cover the cost of a new boiler for the flats.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void Another_verb_group_in_the_same_sentence_is_another_fact()
    {
        const string claim = "The old clock in the market hall is to be repaired by a local firm.";
        var story = Story(
            "The market reopened in spring. " + claim,
            "The market reopened in spring. The old clock in the market hall is to be replaced with a digital one.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void Another_verb_group_before_the_same_thing_is_another_fact()
    {
        const string claim = "Swimmers will still be able to use the outdoor pool.";
        var story = Story(
            "The leisure centre will shut for repairs. " + claim,
            "The leisure centre will shut for repairs. Swimmers will have to book a slot for the outdoor pool.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void Another_verb_with_another_thing_is_another_fact()
    {
        const string claim = "Mr Okafor had varnished the bench a week before the flood.";
        var story = Story(
            "The bench was carried off in March. " + claim,
            "The bench was carried off in March. Mr Okafor had moved the bench a week before the fair.");

        Assert.Equal([1], Credited(story, claim));
    }

    [Fact]
    public void A_source_that_also_tells_the_claims_subject_is_credited_where_it_does()
    {
        const string claim = "The landlord will cover the cost of a new boiler for the flats.";
        var story = Story(
            "A storm hit the terrace on Friday. " + claim,
            "The district council will cover the cost of a new boiler for the flats. "
            + "A storm hit the terrace on Friday. The landlord will cover the cost of a new boiler for the flats, the tenants said.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    // Guards: the code before the reading credits these too; they keep an outlet's own wording credited.
    [Theory]
    [InlineData("The ferry was towed back to port after its engine failed.", "The ferry was pulled back to port after its engine failed.")]
    [InlineData("Two climbers were flown to safety after they were trapped by the snow.", "Two climbers were lifted to safety after they were stranded by the snow.")]
    [InlineData("The owner will cover the cost of a new boiler for the flats.", "The landlord will cover the cost of a new boiler for the flats.")]
    [InlineData("Fresh water will be brought to the farms in tankers and will keep the cattle watered until the pipe is mended.", "Fresh water will be brought to the farms in tankers and should see the herds supplied until the pipe is mended.")]
    [InlineData("The charity will cover the cost of a new boiler for the flats.", "The Brenmoor Heritage Trust will cover the cost of a new boiler for the flats.")]
    public void The_same_fact_in_an_outlets_own_words_is_credited(string claim, string other)
    {
        var story = Story("The valley flooded on Sunday. " + claim, "The valley flooded on Sunday. " + other);

        Assert.Equal([1, 2], Credited(story, claim));
    }
}
