using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Figures written in forms the readers once missed: fractions of a point, year spans, "by" times, ordinals of occurrence.</summary>
public sealed class FigureFormatTests
{
    [Theory]
    [InlineData("The Ostmark central bank lowered its rate by a quarter of a percentage point.", 0.25)]
    [InlineData("The Ostmark central bank raised its rate by half a percentage point.", 0.5)]
    [InlineData("The Ostmark central bank raised its rate by three quarters of a percentage point.", 0.75)]
    [InlineData("The Ostmark central bank lowered its rate by 25 basis points.", 0.25)]
    public void A_fraction_of_a_percentage_point_is_the_same_change_as_basis_points(string sentence, double points)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Percent);

        Assert.Equal("pp", fact.Value.Unit);
        Assert.Equal(points, fact.Value.Range.Low, 9);
        Assert.True(fact.Value.Range.IsPoint);
    }

    [Theory]
    [InlineData("Dunholt council has balanced its 2026-27 budget.")]
    [InlineData("Dunholt council approved its budget for 2026-2027 on Friday.")]
    public void A_span_of_two_years_is_a_period_not_a_count(string sentence)
    {
        var facts = Read(sentence);

        Assert.DoesNotContain(facts, f => f.Value.Kind == ValueKind.Count);
        var period = Assert.Single(facts, f => f.Value.Kind == ValueKind.Date && f.Text.Contains("2026", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 1, 1).DayNumber, period.Value.Range.Low);
        Assert.Equal(new DateOnly(2027, 12, 31).DayNumber, period.Value.Range.High);
        Assert.Equal(DatePeriods.YearSpanUnit, period.Value.Unit);
    }

    [Fact]
    public void A_time_something_was_done_by_includes_that_time()
    {
        var by = Value("Card payments were working again by 14:20, the bank said.");
        var at = Value("Card payments were restored at 2.20pm, the bank said.");

        Assert.Equal(ValueKind.TimeOfDay, by.Value.Kind);
        Assert.True(by.Value.Compatible(at.Value));
    }

    [Fact]
    public void An_ordinal_of_the_time_an_event_happens_is_no_count()
    {
        var facts = Read("The Ostmark central bank has cut interest rates for the second time this year.");

        Assert.DoesNotContain(facts, f => f.Value.Kind == ValueKind.Count);
    }

    [Fact]
    public void A_year_span_in_the_sentence_does_not_hide_the_day_of_its_time()
    {
        var time = Assert.Single(Read("Dunholt council approved its 2026-27 budget late on Thursday, after a meeting that ran until 11.15pm."), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.Equal("Thursday", time.DayText);
    }
}
