using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two outlets differ on the day of the story's happening; a third gives one of the two days as its only early day, in
/// words no rule ties to the happening (a clip "from 19 February", footage "shot on 13 February"). The
/// third outlet is cited with that version (VersionWitnesses, a lone lead day); one that gives two early days is cited
/// with neither. Every sentence is invented.
/// </summary>
public sealed class DayWitnessesTests
{
    [Theory]
    [InlineData(
        "The leak at the Corley chemical works began on 3 February.",
        "Radio Kestle understands that the acid escaped on 2 February.",
        "Aerial footage shot on 2 February shows a stained drain and a dead heron.",
        "Disagree: 1 | 2,3")]
    [InlineData(
        "The fire at the Wexford granary started on 20 February.",
        "Witnesses say the grain store ignited on 19 February.",
        "A dashcam clip from 19 February shows flames above a roof.",
        "Disagree: 1 | 2,3")]
    [InlineData(
        "The alarm at the Ardle mill was raised on 12 February.",
        "A neighbour phoned the brigade about smoke on 13 February.",
        "Drone footage shot on 13 February shows the roof open to the sky.",
        "Disagree: 1 | 2,3")]
    public void A_source_whose_one_early_day_is_a_versions_day_is_cited_with_it(string first, string second, string third, string expected)
    {
        var conflict = Assert.Single(Align(first, second, third), g => g.Label == AlignmentLabel.Disagree);

        Assert.Equal(expected, Describe(conflict));
    }

    [Fact]
    public void A_source_giving_two_early_days_is_cited_with_neither_version()
    {
        var conflict = Assert.Single(Align(
            "The leak at the Corley chemical works began on 3 February.",
            "Radio Kestle understands that the acid escaped on 2 February.",
            "Aerial footage shot on 2 February shows a stained drain. A second film, shot on 5 February, shows it clear."),
            g => g.Label == AlignmentLabel.Disagree);

        Assert.DoesNotContain(3, conflict.Sources);
    }
}
