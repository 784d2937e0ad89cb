using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A harm denied of the clause's subject ("were unhurt", "escaped unharmed") is a count of none, as "nobody was hurt"
/// is, so the two wordings are one figure across outlets; invented sentences and stories.
/// </summary>
public sealed class DeniedHarmTests
{
    private static readonly DateTimeOffset Published = new(2026, 2, 16, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("The coach driver escaped unharmed when the bus overturned on the bypass.")]
    [InlineData("Both climbers were uninjured after the rockfall, the rescue team said.")]
    [InlineData("The pilot and his instructor got away unhurt once the glider came down in a field.")]
    public void A_denied_harm_is_a_count_of_no_injuries(string sentence)
    {
        var zero = Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Count);
        Assert.Equal("injuries", zero.Frame);
        Assert.True(zero.Value.Stated == 0);
    }

    [Fact]
    public void The_people_a_denied_harm_is_said_of_are_no_count_of_injuries()
    {
        // "four" counts the passengers, not the injured: the negated participle is no cue for the figures beside it.
        var facts = FactTestKit.Read("All four passengers were unhurt, the operator said.");
        Assert.DoesNotContain(facts, f => f.Value.Kind == ValueKind.Count && f.Frame == "injuries" && f.Value.Stated == 4);
        Assert.DoesNotContain(FactTestKit.Read("The unhurt passengers waited at the roadside for a relief coach."), f => f.Value.Kind == ValueKind.Count);
    }

    [Fact]
    public void Nobody_hurt_and_a_crew_unharmed_corroborate_each_other()
    {
        var result = StoryAnalysis.Analyze(
        [
            Article(1, "The freighter Aldena ran onto a mudbank in the Carrow estuary on Sunday night. Nobody was hurt in the grounding, the harbour office said. Tugs will try to pull her clear on the next high tide."),
            Article(2, "The freighter Aldena grounded on a Carrow estuary mudbank late on Sunday. Her eleven crew were unharmed, the coastguard said. Pilots blamed shifting sands in the channel."),
        ]);

        Assert.Equal(SentenceNews.Stated, result.Verdicts[(1, 1)]);
        Assert.Empty(result.Disagreements); // the crew of eleven is no count of injuries against "nobody"
    }

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);
}
