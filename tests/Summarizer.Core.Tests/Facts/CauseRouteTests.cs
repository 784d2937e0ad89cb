using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The way in an intruder took is how a breach happened: "the hackers got in through a phishing email", "gained access
/// through a flaw", "the mice entered through a broken drain cover". A way out ("escaped through his window") is how
/// people fled, and "broke through" is the event itself.
/// </summary>
public sealed class CauseRouteTests
{
    [Theory]
    [InlineData("Initial findings suggest the hackers got in through a phishing email sent to a member of staff.", "a phishing email sent to a member of staff")]
    [InlineData("The attackers gained access through a phishing email, the company said.", "a phishing email")]
    [InlineData("According to their survey, the mice entered through a broken drain cover beneath the kitchen.", "a broken drain cover beneath the kitchen")]
    [InlineData("Thieves broke in via a skylight over the rear store.", "a skylight over the rear store")]
    [InlineData("The rats got into the kitchen through a gap under the back door.", "a gap under the back door")]
    [InlineData("The gang gained access to the warehouse through an unlocked fire door.", "an unlocked fire door")]
    public void Reads_the_way_in_as_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Van driver Liam Costigan escaped through his window as his cab filled with water.")]
    [InlineData("The sea broke through a section of the sea wall at 2am.")]
    [InlineData("Staff got out through a fire exit at the back of the building.")]
    [InlineData("The thieves got in and walked out through the front door with the casks.")]
    [InlineData("Squatters got in through the night and left before dawn.")]
    public void Ways_out_and_breakthroughs_are_no_cause(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Fact]
    public void Two_ways_in_are_rival_versions()
    {
        var found = CauseFinder.Find(Sources(
            "Hackers stole the records of 600,000 customers. The hackers got in through a phishing email sent to a member of staff.",
            "Hackers stole the records of 600,000 customers. The attackers got in through an unpatched flaw in the billing software."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void The_way_in_of_the_animals_found_is_an_earlier_link_not_a_rival()
    {
        var found = CauseFinder.Find(Sources(
            "The hospital kitchen was closed on Monday after mouse droppings were found in a dry store.",
            "The hospital kitchen was closed on Monday. According to a survey, the mice entered through a broken drain cover beneath the kitchen."));

        Assert.Empty(found);
    }
}
