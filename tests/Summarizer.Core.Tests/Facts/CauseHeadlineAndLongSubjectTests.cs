using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A headline's "X blamed as ..." (the blame with a clause of time after it, the headline's usual form) names its cause as
/// "X blamed for ..." does, also after a colon that labels the story; and a failed part told after "said" may carry a
/// phrase of where it was ("a seal in the pump's main valve had failed").
/// </summary>
public sealed class CauseHeadlineAndLongSubjectTests
{
    [Theory]
    [InlineData("Loose cable blamed as town waits for power", "Loose cable")]
    [InlineData("Depot blaze: faulty heater suspected as crews damp down", "faulty heater")]
    public void A_headline_blame_before_a_clause_of_time_names_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }

    [Theory]
    [InlineData("In 2019, a similar heater blamed as faulty was sold.")]
    [InlineData("The mayor said the plan, blamed as the town waits, would go ahead.")]
    public void A_blame_inside_a_sentence_after_a_comma_is_no_headline(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void A_failed_part_with_a_phrase_of_where_it_was_is_read_after_said()
    {
        const string sentence = "The operator said a rubber seal in the pump's main valve had failed.";
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.StartsWith("a rubber seal in the pump's main valve", Span(sentence, words, span.First, span.Last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The firm said the wooden frame they had built last spring had finally split.")]
    [InlineData("The report said a drain pipe running under the old yard seemed to have burst.")]
    public void A_long_phrase_with_a_clause_of_its_own_is_no_failed_part(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void A_long_failed_part_and_a_rival_cause_of_the_same_stop_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "A lift at the mall stopped between floors on Friday. The operator said a rubber seal in the pump's main valve had failed.",
            "A lift at the mall stopped between floors on Friday. Engineers blamed a power cut to the motor room."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()).OrderBy(s => s[0]));
    }
}
