using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A hedged round figure ("about 40 homes") is a count rounded to its last non-zero digit: it allows what rounds to it,
/// up to a tenth of the figure, not only a twentieth either side.
/// </summary>
public sealed class RoundedAboutTests
{
    [Fact]
    public void A_round_figure_hedged_allows_a_precise_count_that_rounds_to_it()
    {
        var about = Value("The firm suspended deliveries to about 40 homes in the street.");
        var exact = Value("The firm suspended deliveries to 43 homes in the street.");

        Assert.True(about.Value.Compatible(exact.Value));
    }

    [Fact]
    public void A_hedge_is_no_wider_than_a_tenth_of_its_figure()
    {
        var about = Value("The firm suspended deliveries to about 100 homes in the street.");

        Assert.False(about.Value.Compatible(Value("The firm suspended deliveries to 130 homes in the street.").Value));
        Assert.True(about.Value.Compatible(Value("The firm suspended deliveries to 108 homes in the street.").Value));
    }

    [Fact]
    public void A_precise_figure_hedged_keeps_its_twentieth()
    {
        // "about 43" is written to the unit: its rounding step is smaller than the hedge's own twentieth.
        var about = Value("The firm suspended deliveries to about 43 homes in the street.");

        Assert.False(about.Value.Compatible(Value("The firm suspended deliveries to 47 homes in the street.").Value));
    }

    [Fact]
    public void A_round_amount_hedged_allows_what_rounds_to_it()
    {
        var about = Value("The repairs will cost about £2m, the council said.");

        Assert.True(about.Value.Compatible(Value("The repairs will cost £2.15m, the council said.").Value));
        Assert.False(about.Value.Compatible(Value("The repairs will cost £2.5m, the council said.").Value));
    }
}
