using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Phrases near a word of cause that the sentence's grammar says are no cause: a scheduled act after "due to" (a bare verb
/// and its object), a quarrel's pronoun ("the dispute over it"), a passive of damage whose subject is what was damaged,
/// a definite failure noun read as a verb ("near the burst"), and a mishap noun reached past a clause's own past verb
/// ("after an inspection revealed metal loss"). Each reads as a cause in the same sentence with its cue written as one.
/// </summary>
public sealed class CauseGrammarGuardTests
{
    [Theory]
    [InlineData("The new tram line had been due to carry its first passengers on Sunday.")]
    [InlineData("About 900 students were due to collect their certificates at the town hall on Friday.")]
    [InlineData("The bells have been silent since Monday, and the dispute over it shows no sign of ending.")]
    [InlineData("Council engineers warned that the embankment may have been weakened.")]
    [InlineData("Residents said a crane had stood near the burst for most of the morning.")]
    [InlineData("The footbridge was closed after a routine inspection revealed metal loss in two of its cables.")]
    public void Reads_no_cause_where_the_grammar_says_none_is_given(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Theory]
    [InlineData("The delay to the opening was due to a signalling fault.", "a signalling fault")]
    [InlineData("The closure was due to staff shortages across the region.", "staff shortages across the region")]
    [InlineData("Nurses walked out in a dispute over unpaid overtime.", "a dispute over unpaid overtime")]
    [InlineData("Water seeping under the wall may have weakened its foundations.", "Water seeping under the wall may have weakened its foundations")]
    [InlineData("Engineers said the valve failed overnight.", "the valve failed overnight")]
    [InlineData("The airliner turned back after a sudden loss of cabin pressure.", "a sudden loss of cabin pressure")]
    [InlineData("The line was shut after a suspected cable fault near the depot.", "a suspected cable fault")]
    public void Still_reads_a_cause_told_as_one(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_schedule_after_due_to_is_no_rival_of_another_outlets_cause()
    {
        var found = CauseFinder.Find(Sources(
            "The graduation ceremonies were cancelled. About 900 students had been due to cross the stage at the town hall on Friday.",
            "The graduation ceremonies were cancelled after a fault in the new booking system."));

        Assert.Empty(found);
    }
}
