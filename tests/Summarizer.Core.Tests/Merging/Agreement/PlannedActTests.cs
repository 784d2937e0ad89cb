using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A plan, promise or next step ("will", "would") is credited only to a source that gives the same step: the same
/// frame with another object, complement or thing in one of its slots is another step. Paraphrases that reorder,
/// drop or add words are still credited.
/// </summary>
public class PlannedActTests
{
    private static StoryAnalysisResult Story(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => new CleanedArticle(i + 1, $"{i + 1}.txt", null, ArticleMetadata.Empty, t, 40, CleaningReport.Empty))]);

    private static IReadOnlyList<int> Credited(StoryAnalysisResult story, string claim) => story.Support(claim)?.Sources ?? [];

    [Fact]
    public void The_same_step_with_another_object_is_another_step()
    {
        const string claim = "The museum will lend the bronze helmet to a gallery in Leeds next year.";
        var story = Story(
            "The hoard went on show in July. " + claim,
            "The hoard went on show in July. The museum will lend the silver brooch to a gallery in Leeds next year.",
            "The hoard went on show in July. Next year the museum will lend the bronze helmet to a Leeds gallery.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void A_reported_step_ended_with_another_place_is_another_step()
    {
        const string claim = "The council said it would now inspect ice cream vans parked outside the town's primary schools.";
        var story = Story(
            "Two vans were fined in June. " + claim,
            "Two vans were fined in June. The council said it would now inspect ice cream vans parked on the town's beaches.",
            "Two vans were fined in June. The council said it would now inspect ice cream vans parked outside primary schools in the town.");

        Assert.Equal([1, 3], Credited(story, claim));
    }

    [Fact]
    public void A_step_told_with_a_word_less_is_still_the_step()
    {
        const string claim = "Kerrow Rail said passengers would be sent travel vouchers by post next month.";
        var story = Story(
            "The line reopened on Monday. " + claim,
            "The line reopened on Monday. Kerrow Rail said passengers would be sent travel vouchers by post.");

        Assert.Equal([1, 2], Credited(story, claim));
    }

    [Fact]
    public void The_outlets_own_words_for_the_act_or_its_time_clause_are_still_the_step()
    {
        const string night = "The ferry will stop sailing at night after residents of the harbour flats complained about the noise.";
        const string boxes = "About 300 boxes were left on the quay and will follow their owners on later sailings.";
        var story = Story(
            night + " " + boxes,
            "The ferry will stop sailing at night after people living in the harbour flats complained about the noise. "
            + "About 300 boxes were left on the quay and will be sent on to passengers' homes on later sailings.");

        Assert.Equal([1, 2], Credited(story, night));
        Assert.Equal([1, 2], Credited(story, boxes));
    }
}
