using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A thing's plain past act on another thing, offered as what someone believes happened ("librarians think condensation
/// from a new boiler warped the shelves"), is that outlet's cause whatever its verb; a person's act, a subject that holds
/// a clause or a negation, and the same act told after "said" are not read.
/// </summary>
public sealed class CauseBelievedThingActTests
{
    [Theory]
    [InlineData("Librarians think condensation from the new boiler warped the oak shelves.", "condensation from the new boiler warped the oak shelves")]
    [InlineData("The observatory suspects that ice in the rail jammed the dome on Tuesday night.", "ice in the rail jammed the dome on Tuesday night")]
    [InlineData("The chapter believes a loose gargoyle loosened the lead flashing above the choir.", "a loose gargoyle loosened the lead flashing above the choir")]
    public void Reads_a_thing_acting_on_a_thing_as_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Librarians think a volunteer moved the oak shelves overnight.")] // a person's act
    [InlineData("Staff believe the flood that reached the vestry ruined the organ.")] // the event retold in the subject
    [InlineData("The chapter believes few visitors noticed the missing gargoyle.")] // people again
    [InlineData("Librarians said condensation from the new boiler warped the oak shelves.")] // told, not offered as a view
    [InlineData("Condensation from the new boiler warped the oak shelves last winter.")] // told plainly
    public void Other_acts_are_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void A_believed_act_of_a_thing_and_a_blamed_leak_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The reading room has closed after its oak shelves buckled. Librarians think condensation from the new boiler warped the shelves.",
            "The reading room has closed after its oak shelves buckled. The council blamed a leaking roof light above the room."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
