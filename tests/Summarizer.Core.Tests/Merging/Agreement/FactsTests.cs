using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

using Facts = Summarizer.Merging.Agreement.Facts; // not the Summarizer.Core.Tests.Facts namespace

public class FactsTests
{
    private static string Numbers(string text) =>
        string.Join(" | ", Facts.Extract(text).Numbers.Select(n => $"{n.Phrase}={n.Value}/{n.Kind}/{n.Unit}"));

    private static string Dates(string text) =>
        string.Join(" | ", Facts.Extract(text).Dates.Select(d => $"{d.Phrase}={d.Key}"));

    [Theory]
    [InlineData("more than 30 countries attended", "more than 30 countries=30/Count/country")]
    [InlineData("a coalition of 35 nations", "35 nations=35/Count/country")]
    [InlineData("leaders from over 30 allied nations", "over 30 allied nations=30/Count/country")]
    [InlineData("27 heads of state attended", "27 heads=27/Count/head")]
    [InlineData("27 member states signed", "27 member=27/Count/member")]
    [InlineData("about 40 people injured", "about 40 people=40/Count/peopl")]
    [InlineData("volunteers in 11 countries took part", "11 countries=11/Count/country")]
    [InlineData("has risen to 14, regional police said", "14=14/Count/")]
    [InlineData("30 European airlines", "30 European airlines=30/Count/airlin")]
    [InlineData("it will cost $310m", "$310m=310000000/Money/usd")]
    [InlineData("a €4.2bn package", "€4.2bn=4200000000/Money/eur")]
    [InlineData("40m euros in aid", "40m euros=40000000/Money/eur")]
    [InlineData("demand reached 61.7GW", "61.7GW=61.7/Count/gw")]
    [InlineData("the 100m sprint", "100m=100/Count/m")]
    [InlineData("the levee broke at 11.40pm in the 1990s", "")]
    [InlineData("about 75% of Donetsk", "about 75%=75/Percent/percent")]
    [InlineData("roughly 75 percent of Donetsk", "roughly 75 percent=75/Percent/percent")]
    [InlineData("17 per cent of ferries", "17 per cent=17/Percent/percent")]
    [InlineData("it offered $2.5 million in aid", "$2.5 million=2500000/Money/usd")]
    [InlineData("it would pay 50,000 dollars", "50,000 dollars=50000/Money/usd")]
    [InlineData("thirty-five people", "thirty-five people=35/Count/peopl")]
    [InlineData("two million people", "two million people=2000000/Count/peopl")]
    [InlineData("the nine-hour search", "nine-hour=9/Count/hour")]
    [InlineData("Paris Hosts 35-Nation Talks", "35-Nation=35/Count/country")]
    [InlineData("15 years of security guarantees", "15 years=15/Count/year")]
    [InlineData("one of the leaders", "")]
    public void Extracts_figures_with_qualifier_unit_and_value(string text, string expected)
    {
        Assert.Equal(expected, Numbers(text));
    }

    [Theory]
    [InlineData("It began in February 2022.", "February 2022=2022-02-?-?")]
    [InlineData("It capsized on March 14, officials said.", "March 14=?-03-14-?")]
    [InlineData("On 14 March 2026 it sank.", "14 March 2026=2026-03-14-?")]
    [InlineData("Families met on Saturday.", "Saturday=?-?-?-saturday")]
    [InlineData("A 2023 survey found it.", "2023=2023-?-?-?")]
    [InlineData("Officials may resign.", "")]
    [InlineData("It sent 2000 troops.", "")]
    public void Extracts_dates_and_leaves_look_alikes(string text, string expected)
    {
        Assert.Equal(expected, Dates(text));
    }

    [Fact]
    public void Dates_conflict_only_on_a_part_both_state()
    {
        var march14 = Facts.Extract("March 14").Dates[0];
        var march14Year = Facts.Extract("March 14, 2026").Dates[0];
        var march13 = Facts.Extract("March 13").Dates[0];

        Assert.False(march14.ConflictsWith(march14Year));
        Assert.True(march14.ConflictsWith(march13));
    }
}
