using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A clause one sentence of another outlet holds most of the words of (its statement there, a few words reworded or
/// added) restates that outlet even when its rarer words are this source's own: a passage it carries is no one
/// source's news unless the rest of the passage is mostly its own words, on invented stories.
/// </summary>
public sealed class SingleSourcePassageRestatementTests
{
    private static readonly DateTimeOffset Published = new(2026, 5, 12, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    public static TheoryData<string, string, string> Stories => new()
    {
        {
            "Engineers hurriedly shut the creaking sluice gates, and anglers dragged their tents to the far bank.",
            "Engineers shut the gates as the river rose. Residents moved cars to higher ground. The far side of the village stayed dry. "
                + "Water burst over the bank near the mill. The council opened a rest centre. Police closed two roads.",
            "anglers"
        },
        {
            "Stewards quietly closed the crumbling terrace, and groundsmen scattered sawdust across the waterlogged pitch.",
            "Stewards closed the terrace before kick-off. Fans scattered along the main stand. The pitch had flooded overnight. "
                + "Police praised the supporters. The referee delayed the start. The club apologised to visiting fans.",
            "groundsmen"
        },
        {
            "Nurses patiently moved frail residents upstairs, and volunteers carried blankets from the church hall.",
            "Nurses moved residents away from the flooded wing. Volunteers arrived from nearby towns. The church was used as a shelter. "
                + "The hall stayed open all night. Firefighters checked the wiring. Relatives waited outside.",
            "blankets"
        },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void A_passage_carrying_a_clause_another_outlet_states_in_one_sentence_is_not_listed(string own, string other, string detail)
    {
        var result = Analyze(own, other);

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains(detail, StringComparison.Ordinal));
    }

    public static TheoryData<string, string, string> OwnStories => new()
    {
        {
            "Engineers hurriedly shut the creaking sluice gates, and anglers dragged their tents to the far bank.",
            "Residents moved cars to higher ground. The far side of the village stayed dry. Water burst over the bank near the mill. "
                + "The council opened a rest centre. Police closed two roads. Forecasters expect more rain.",
            "anglers"
        },
        {
            "Nurses patiently moved frail residents upstairs, and volunteers carried blankets from the church hall.",
            // The other outlet opens with a sentence that shares no word with the one-sentence article, which would
            // otherwise be read as that outlet's lead told in other words (SingleSourceLeadTests).
            "Firefighters checked the wiring in every cellar of the street. Volunteers arrived from nearby towns. The church was used as a shelter. "
                + "The hall stayed open all night. Relatives waited outside. The flood reached the car park.",
            "blankets"
        },
    };

    [Theory]
    [MemberData(nameof(OwnStories))]
    public void The_same_passage_is_listed_when_no_sentence_of_another_outlet_holds_its_clause(string own, string other, string detail)
    {
        var result = Analyze(own, other);

        var listed = Assert.Single(result.SingleSource, c => c.Text.Contains(detail, StringComparison.Ordinal));
        Assert.Equal([1], listed.Sources);
    }
}
