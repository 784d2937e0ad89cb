using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>A temperature below zero is read with its sign, whether written as a word ("minus 4C") or a glyph ("-8C").</summary>
public sealed class TemperaturesBelowZeroTests
{
    [Fact]
    public void A_reading_below_a_negative_bound_agrees_with_that_bound()
    {
        var bound = Value("Gritters were sent out as the temperature fell below minus 6C on the moor road.");
        var reading = Value("The lowest reading was minus 8.5C at the moor road weather station.");

        Assert.True(bound.Value.Compatible(reading.Value));
    }

    [Fact]
    public void A_sign_word_is_part_of_the_value_and_of_the_words_shown()
    {
        var fact = Value("The thermometer by the stands read minus 3C.");

        Assert.Equal(-3, fact.Value.Stated);
        Assert.Equal("minus 3C", fact.Text);
    }

    [Fact]
    public void A_minus_glyph_before_the_figure_is_its_sign()
    {
        var glyph = Value("The ferry terminal recorded -11C.");
        var word = Value("The ferry terminal recorded minus 11C.");

        Assert.Equal(-11, glyph.Value.Stated);
        Assert.Equal("-11C", glyph.Text);
        Assert.True(glyph.Value.SameAs(word.Value));
    }

    [Fact]
    public void Two_outlets_giving_different_frosts_still_disagree_and_keep_their_signs()
    {
        var groups = Align(
            "Racing at Ashcroft was called off on Saturday. The temperature on the course had fallen to minus 2C when the stewards met.",
            "Racing at Ashcroft was called off on Saturday. The temperature on the course had fallen to minus 6C when the stewards met.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Unit == "temperature"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.Equal(["minus 2C", "minus 6C"], group.Versions.Select(v => v.First.Text).Order(StringComparer.Ordinal));
    }
}
