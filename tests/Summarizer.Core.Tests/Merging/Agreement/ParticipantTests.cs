using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

public class ParticipantTests
{
    private static CleanedArticle Article(int id, string text) =>
        new(id, $"p-{id}", null, ArticleMetadata.Empty, text, 0, CleaningReport.Empty);

    private static IEnumerable<string> Found(params string[] texts) =>
        StoryAnalysis.Analyze(texts.Select((t, i) => Article(i + 1, t)).ToList())
            .Disagreements.Select(d => $"{d.Topic}: {string.Join(" vs ", d.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"))}");

    [Fact]
    public void The_same_qualified_office_held_by_different_people_is_a_disagreement()
    {
        Assert.Equal(
            ["UK Prime Minister: Keir Starmer [1] vs Rishi Sunak [2]"],
            Found("The talks were opened by UK Prime Minister Keir Starmer on the first day.",
                  "The talks were opened by British Prime Minister Rishi Sunak on the first day."));
    }

    [Fact]
    public void An_incident_controller_or_harbour_master_named_differently_is_a_disagreement()
    {
        var found = Found(
            "Incident controller Maria Delgado said crews had held the ridge overnight. Harbour master Owen Tilly said the slipway would stay shut.",
            "Incident controller Tomas Reyes said crews had held the ridge overnight. Harbour master Bryn Castell said the slipway would stay shut.");

        Assert.Contains("Incident controller: Maria Delgado [1] vs Tomas Reyes [2]", found);
        Assert.Contains("Harbour master: Owen Tilly [1] vs Bryn Castell [2]", found);
    }

    [Fact]
    public void Bare_titles_and_spelling_variants_are_not()
    {
        Assert.Empty(Found(
            "President Donald Trump spoke after Ukrainian President Volodymyr Zelenskyy arrived.",
            "President Emmanuel Macron greeted Ukraine's President Volodymyr Zelensky at the palace."));
    }

    [Fact]
    public void A_source_that_names_both_people_does_not_conflict_with_itself()
    {
        Assert.Empty(Found(
            "Harbour Board chair Anna Berg replaced Harbour Board chair Lars Holm in May.",
            "The meeting was run by Harbour Board chair Anna Berg and lasted an hour."));
    }
}
