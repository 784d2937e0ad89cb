using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A passive of starting or causing with no agent but an adverb of intent ("was set deliberately") tells how the event
/// began: arson against an accident is a cause outlets can disagree on.
/// </summary>
public sealed class CauseIntentTests
{
    [Theory]
    [InlineData("Detectives believe the blaze at the timber yard was set deliberately.", "set deliberately")]
    [InlineData("Fire officers said the explosion in the warehouse had been caused deliberately.", "caused deliberately")]
    [InlineData("The heath fire is understood to have been lit accidentally, the ranger said.", "lit accidentally")]
    [InlineData("The stubble fire was started unintentionally during harvesting, the farmer said.", "started unintentionally")]
    public void Reads_how_a_passive_of_starting_says_it_began(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Police said there was nothing to suggest the blaze had been started deliberately.")]
    [InlineData("Officers have not said whether the shed fire was set deliberately.")]
    [InlineData("The engines were started remotely from the control room.")]
    [InlineData("The alarm was set off deliberately, a spokesman said.")]
    public void A_denied_or_unintended_reading_names_no_cause(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void Arson_against_an_accident_is_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The barn fire is thought to have been started by a faulty heater in the tack room.",
            "Detectives believe the barn fire was started deliberately, a police source said."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a faulty heater in the tack room", "started deliberately"], disagreement.Claims.Select(c => c.Text));
    }
}
