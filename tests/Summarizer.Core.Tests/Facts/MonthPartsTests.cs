using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A month told by its part ("early March", "the end of June", "mid-October") is that third of the month, and the part's
/// words are the date's own.
/// </summary>
public sealed class MonthPartsTests
{
    private static readonly DateOnly Anchor = new(2026, 3, 8);

    private static Fact Date(string sentence) => Assert.Single(FactTestKit.Read(sentence, Anchor), f => f.Value.Kind == ValueKind.Date);

    private static (DateOnly From, DateOnly To) Days(Fact fact) =>
        (DateOnly.FromDayNumber((int)fact.Value.Range.Low), DateOnly.FromDayNumber((int)fact.Value.Range.High));

    [Fact]
    public void The_end_of_a_month_is_its_last_third_and_keeps_its_words()
    {
        var fact = Date("The bakery on Mill Street will shut at the end of June.");
        Assert.Equal((new DateOnly(2026, 6, 21), new DateOnly(2026, 6, 30)), Days(fact));
        Assert.Equal("the end of June", fact.Text);
    }

    [Fact]
    public void An_early_or_middle_part_is_its_first_or_middle_third()
    {
        var early = Date("Repairs to the pier began in early April.");
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10)), Days(early));
        Assert.Equal("early April", early.Text);

        Assert.Equal((new DateOnly(2026, 7, 11), new DateOnly(2026, 7, 20)), Days(Date("The new ferry arrives in the middle of July.")));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 10)), Days(Date("The market moves to the square at the start of next month.")));
    }

    [Fact]
    public void A_part_of_a_month_is_no_version_of_a_day_in_another_part()
    {
        var end = Date("The bakery on Mill Street will shut at the end of June.").Value;
        Assert.False(end.Compatible(Date("The bakery on Mill Street will shut on 3 June.").Value));
        Assert.True(end.Compatible(Date("The bakery on Mill Street will shut on 28 June.").Value));
    }

    [Fact]
    public void By_a_part_allows_any_day_up_to_its_end()
    {
        var fact = Date("The council must publish its plan by the end of June.");
        Assert.True(double.IsNegativeInfinity(fact.Value.Range.Low));
        Assert.Equal(new DateOnly(2026, 6, 30), DateOnly.FromDayNumber((int)fact.Value.Range.High));
        Assert.Equal("by the end of June", fact.Text);
    }

    [Fact]
    public void A_part_of_a_month_is_shown_with_the_year_it_is_read_in()
    {
        var groups = FactAligner.Align(
        [
            FactExtractor.Extract(FactTestKit.Article(1, "BRANSTON, Monday 9 March 2026 - The Branston lido will reopen on 2 May, the parish council said.")),
            FactExtractor.Extract(FactTestKit.Article(2, "BRANSTON, Monday 9 March 2026 - The Branston lido will reopen on 2 May, the parish council said.")),
            FactExtractor.Extract(FactTestKit.Article(3, "BRANSTON, Monday 9 March 2026 - The Branston lido will reopen at the end of May, the parish council said.")),
        ]);

        var shown = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Contains("the end of May (2026)", shown.Claims.Select(c => c.Text));
    }
}
