using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The aim a scheme was brought in for, told by a passive of making and "to" with a bare verb ("the trial was started to
/// fill hard-to-recruit posts"), is the reason an outlet gives for it; "to" before a noun phrase is a preposition.
/// </summary>
public sealed class CausePurposeTests
{
    [Theory]
    [InlineData("The trial was started to fill hard-to-recruit posts in planning.", "to fill hard-to-recruit posts in planning")]
    [InlineData("The trial was brought in to cut the cost of heating and lighting the offices, back when bills soared.", "to cut the cost of heating and lighting the offices")]
    [InlineData("Officials said the scheme had been introduced to fill vacancies.", "to fill vacancies")]
    public void A_purpose_after_a_passive_of_making_is_read_as_the_reason(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }

    [Theory]
    [InlineData("The new timetable was introduced to the public on Monday.")]
    [InlineData("The scheme was introduced to schools across the county.")]
    [InlineData("Volunteers started to fill sandbags at dawn.")]
    public void To_before_a_noun_or_after_an_active_verb_is_no_purpose(string sentence)
    {
        Assert.Empty(CauseReader.Read(new Words(sentence)));
    }

    [Fact]
    public void Two_aims_given_for_one_trial_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The council will extend its four-day week trial. The trial was started to fill hard-to-recruit posts in planning.",
            "The council will extend its four-day week trial. The trial was brought in to cut the cost of heating the council offices."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()).OrderBy(s => s[0]));
    }
}
