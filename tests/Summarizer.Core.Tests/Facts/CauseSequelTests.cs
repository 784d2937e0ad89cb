using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An event named by a noun of acting or deciding that opens the sentence, told as what "follows" or "came after"
/// something, came of it: the object is the outlet's cause. A person or thing that follows, a past "followed" of a
/// route or rule, and a subject inside a reported clause give none.
/// </summary>
public sealed class CauseSequelTests
{
    [Theory]
    [InlineData("The closure of the mill follows the loss of its biggest order, according to staff.", "the loss of its biggest order")]
    [InlineData("The council's decision to shut the library, confirmed on Tuesday, came after a collapse in visitor numbers.", "a collapse in visitor numbers")]
    [InlineData("The suspension of the ferry service comes after a string of engine faults on the older vessel.", "a string of engine faults on the older vessel")]
    [InlineData("The withdrawal of the bid came after the club's main sponsor pulled out in March.", "the club's main sponsor pulled out in March")]
    public void Reads_what_an_event_came_after_as_its_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Her daughter follows the race from a support boat.")]
    [InlineData("The ambulance came after a long wait on the hard shoulder.")]
    [InlineData("The crew followed the checklist for an engine shutdown.")]
    [InlineData("Police said the decision may have followed a long review.")]
    public void Reads_no_cause_from_a_person_a_thing_or_a_route(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));
}
