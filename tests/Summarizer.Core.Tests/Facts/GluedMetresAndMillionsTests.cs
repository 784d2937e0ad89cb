using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A figure with "m" glued to it is metres when a path, a direction or a stretch of something follows it, or an extent
/// noun it is "of" comes before it ("a depth of 14m"), and millions
/// when what it counts or the other end of a change follows; a scale word glued to a sum ("£5million") is its scale.
/// </summary>
public sealed class GluedMetresAndMillionsTests
{
    [Theory]
    [InlineData("An operative fell 6m through an uncovered roof light at the Keverne depot.", 6)]
    [InlineData("The group was trapped in a side passage roughly 800m from the entrance.", 800)]
    [InlineData("The storm pushed a surge of 2.1m up the coast on Tuesday night.", 2.1)]
    [InlineData("Archaeologists have uncovered roughly 9m of floor at the villa.", 9)]
    [InlineData("The mural stretched along the underpass. All 40m of it, gone.", 40)]
    [InlineData("The sheep were driven 300m along the lane before dawn.", 300)]
    [InlineData("Divers found the barge at a depth of 14m off the harbour wall.", 14)]
    [InlineData("The kite reached a height of 35m over the beach.", 35)]
    public void A_figure_a_path_or_a_stretch_follows_is_metres(string sentence, double metres)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind is ValueKind.Quantity or ValueKind.Count && f.Value.Range.Low > 1);

        Assert.Equal(ValueKind.Quantity, fact.Value.Kind);
        Assert.Equal(metres, fact.Value.Stated!.Value, 6);
    }

    [Theory]
    [InlineData("Passenger numbers rose to 2.3m from 2.1m last year.", 2_300_000)]
    [InlineData("Viewing figures fell to 2.1m from a peak of 3.4m in the spring.", 2_100_000)]
    [InlineData("About 1.2m of its customers were affected by the outage.", 1_200_000)]
    [InlineData("The figures show 2.4m people use the line each year.", 2_400_000)]
    public void A_figure_what_it_counts_or_a_change_follows_is_millions(string sentence, double count)
    {
        var fact = Read(sentence).First(f => f.Value.Kind == ValueKind.Count);

        Assert.Equal(count, fact.Value.Stated!.Value, 0);
    }

    [Theory]
    [InlineData("The repair bill could run to more than £5million, the owners said.", 5_000_000)]
    [InlineData("The company is valued at $2billion after the deal.", 2_000_000_000)]
    public void A_scale_word_glued_to_a_sum_is_its_scale(string sentence, double amount)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Money);

        Assert.Equal(amount, fact.Value.Stated!.Value, 0);
    }
}
