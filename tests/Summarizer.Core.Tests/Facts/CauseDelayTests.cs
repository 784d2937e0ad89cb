using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A delay told by what put the thing off: the agent of a passive of delaying and the subject of the active are the
/// cause, unless the agent says by how much the thing was put off or the subject is someone who chose to put it off.
/// </summary>
public sealed class CauseDelayTests
{
    [Theory]
    [InlineData("The new library was due to open in March but was held back by a flood in the basement.", "a flood in the basement")]
    [InlineData("The ferry service has been delayed by a shortage of deckhands.", "a shortage of deckhands")]
    [InlineData("The sale of the farm was put back by a lengthy search of the land registry.", "a lengthy search of the land registry")]
    [InlineData("The bridge reopened in June, after a lack of steel pushed the work back by two months.", "a lack of steel")]
    [InlineData("Cracked pipe delays pool reopening", "Cracked pipe")]
    public void Reads_what_put_the_thing_off(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.CoreLast ?? span.Last));
    }

    [Theory]
    [InlineData("The opening was delayed by three weeks.")]
    [InlineData("The final was put back by about a month.")]
    [InlineData("The council delayed the vote until the spring.")]
    [InlineData("Mr Harker pushed the launch back to October.")]
    [InlineData("Residents welcomed the delayed opening of the new pool.")]
    [InlineData("Rail delays anger commuters.")]
    [InlineData("Rescue crews were being held back by the fog, the coastguard said.")]
    [InlineData("Surveyors were delayed by heavy rain on the moor.")]
    [InlineData("The owner said the club had delayed the rise for as long as it could.")]
    [InlineData("The campaign to put the old mill back into use has raised £40,000.")]
    public void Extents_doers_and_adjectives_give_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void Two_outlets_blaming_different_things_for_a_delay_disagree()
    {
        var found = CauseFinder.Find(Sources(
            "The sports hall opened on Monday. It had been due to open in May but was held back by a late delivery of the floor.",
            "The sports hall has opened, after a shortage of builders pushed the opening back by several months."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a late delivery of the floor [1]", "a shortage of builders [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }
}
