using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A value given in two units of one measure ("30,000 feet", "9 km") is one value when the conversion lies within the
/// rounding the other figure's last digit shows: outlets convert and round, they do not report a second height.
/// </summary>
public sealed class OneValueInTwoUnitsTests
{
    [Theory]
    [InlineData(9, 0.5)]
    [InlineData(13.3, 0.05)]
    [InlineData(21.45, 0.005)]
    [InlineData(340, 5)]
    [InlineData(30000, 5000)]
    [InlineData(1, 0.5)]
    public void The_grain_of_a_figure_is_half_a_step_of_its_last_written_digit(double figure, double grain) =>
        Assert.Equal(grain, Units.Grain((decimal)figure), 9);

    [Theory]
    [InlineData("The ash plume reached a height of 30,000 feet.", "The ash plume reached a height of 9 km.")]
    [InlineData("The rocket came down roughly 340 miles from the launch site.", "The rocket came down 550 km from the launch site.")]
    [InlineData("The cyclone brought gusts of about 115 mph to the coast.", "The cyclone brought gusts of 185 km/h to the coast.")]
    [InlineData("The swimmers covered 13.3 miles across the sound.", "The swimmers covered 21.4km across the sound.")]
    [InlineData("The boat is 38 feet long.", "The boat is 11.6 metres long.")]
    public void A_figure_converted_and_rounded_from_another_unit_is_the_same_value(string imperial, string metric)
    {
        var a = Value(imperial);
        var b = Value(metric);

        Assert.Equal(ValueKind.Quantity, a.Value.Kind);
        Assert.Equal(ValueKind.Quantity, b.Value.Kind);
        Assert.True(a.Value.Compatible(b.Value));
        Assert.True(b.Value.Compatible(a.Value));
    }

    [Theory]
    [InlineData("The cyclone brought gusts of about 115 mph to the coast.", "The cyclone brought gusts of 230 km/h to the coast.")]
    [InlineData("The ash plume reached a height of 15,000 metres.", "The ash plume reached a height of 12 km.")]
    [InlineData("The boat is 38 feet long.", "The boat is 12.5 metres long.")]
    public void A_figure_beyond_the_rounding_of_the_other_unit_is_another_value(string first, string second)
    {
        Assert.False(Value(first).Value.Compatible(Value(second).Value));
    }

    [Fact]
    public void Figures_in_one_unit_keep_their_own_precision()
    {
        // "9 km" and "9.3 km" are two readings in one unit: no conversion was rounded, so the last digit widens nothing.
        Assert.False(Value("The ash plume reached a height of 9 km.").Value.Compatible(Value("The ash plume reached a height of 9.3 km.").Value));
    }

    [Fact]
    public void Two_outlets_giving_one_height_in_feet_and_kilometres_are_no_disagreement()
    {
        var groups = Align(
            "The ash plume from the volcano reached a height of 9 km, the met office said.",
            "The ash plume from the volcano reached a height of 30,000 feet, the met office said.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Quantity));
    }
}
