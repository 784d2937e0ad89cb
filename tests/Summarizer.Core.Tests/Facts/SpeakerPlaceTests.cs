using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A place in the subject of a verb of saying tells where the speakers are ("Parents at Carrow Lane school said ..."),
/// not where the event happened; a place of the event itself is still read. Every sentence is invented.
/// </summary>
public sealed class SpeakerPlaceTests
{
    [Theory]
    [InlineData("Parents at Carrow Lane school said several pupils had been off sick this week.")]
    [InlineData("Staff at the Harbour Road depot told the Courier the fire had spread quickly.")]
    public void A_place_of_the_speakers_is_no_place_of_the_event(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    [Theory]
    [InlineData("Several pupils fell ill at Carrow Lane school this week, parents said.", "at Carrow Lane school")]
    [InlineData("The fire spread quickly through the depot on Harbour Road, staff told the Courier.", "on Harbour Road")]
    public void A_place_of_the_event_before_a_speaker_is_still_read(string sentence, string place) =>
        Assert.Contains(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Text == place);
}
