using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>The attributor's figures and dates, read by the typed fact readers (Summarizer.Facts).</summary>
public class StatedValuesTests
{
    private static string Figures(string text)
    {
        var values = StatedValues.Read(text);
        return string.Join(" | ", values.Figures.Select(f =>
            FormattableString.Invariant($"{text[f.Start..f.End]}={f.Stated}/{f.Kind}/{f.Value.Unit}/{f.Measure}")));
    }

    private static string Dates(string text) =>
        string.Join(" | ", StatedValues.Read(text).Dates.Select(d =>
            FormattableString.Invariant($"{text[d.Start..d.End]}={d.Year}-{d.Month}-{d.Day}-{d.Weekday}{(d.Bare ? " bare" : "")}")));

    private static StatedFigure Figure(string text) => Assert.Single(StatedValues.Read(text).Figures);

    [Theory]
    [InlineData("more than 30 countries attended", "more than 30=30/Count//countries")]
    [InlineData("leaders from over 30 allied nations", "over 30=30/Count//countries")]
    [InlineData("volunteers in 11 countries took part", "11=11/Count//countries")]
    [InlineData("about 40 people injured", "about 40=40/Count//persons")]
    [InlineData("has risen to 14, regional police said", "14=14/Count//")]
    [InlineData("it will cost $310m", "$310m=310000000/Money/USD/")]
    [InlineData("a €4.2bn package", "€4.2bn=4200000000/Money/EUR/")]
    [InlineData("40 million euros in aid", "40 million euros=40000000/Money/EUR/")]
    [InlineData("about 75% of Donetsk", "about 75%=75/Percent/%/")]
    [InlineData("17 per cent of ferries", "17 per cent=17/Percent/%/")]
    [InlineData("thirty-five people", "thirty-five=35/Count//persons")]
    [InlineData("the nine-hour search", "nine-hour=32400/Duration/s/")]
    [InlineData("the levee broke at 2.30pm", "2.30pm=870/TimeOfDay/min/")]
    [InlineData("the levee broke at 14:30", "14:30=870/TimeOfDay/min/")]
    [InlineData("one of the leaders", "")]
    public void Figures_are_read_as_written_with_their_kind_unit_and_counted_class(string text, string expected)
    {
        Assert.Equal(expected, Figures(text));
    }

    [Theory]
    [InlineData("It began in February 2022.", "February 2022=2022-2--")]
    [InlineData("It capsized on March 14, officials said.", "March 14=-3-14-")]
    [InlineData("On 14 March 2026 it sank.", "14 March 2026=2026-3-14-")]
    [InlineData("Families met on Saturday.", "Saturday=---Saturday")]
    [InlineData("A 2023 survey found it.", "2023=2023--- bare")]
    [InlineData("Officials may resign.", "")]
    public void Dates_keep_the_parts_they_write(string text, string expected)
    {
        Assert.Equal(expected, Dates(text));
    }

    [Theory]
    [InlineData("$310m", "$310 million", true)]
    [InlineData("€25m", "25 million euros", true)]
    [InlineData("twelve people", "12 people", true)]
    [InlineData("30 nations", "30 countries", true)]
    [InlineData("11 kilometres", "11km", true)]
    [InlineData("2.30pm", "14:30", true)]
    [InlineData("more than 30 countries", "30 countries", true)]
    [InlineData("$310m", "$240 million", false)]
    [InlineData("$310m", "€310m", false)]
    [InlineData("40,000 copies", "£40,000", false)]
    [InlineData("15 years", "15 people", false)]
    [InlineData("3.30pm", "2.30pm", false)]
    public void A_figure_is_the_same_only_with_the_same_number_kind_unit_and_counted_class(string claim, string source, bool same)
    {
        Assert.Equal(same, Figure(claim).SameAs(Figure(source)));
    }

    [Fact]
    public void A_date_is_held_by_one_that_writes_every_part_it_writes()
    {
        var march14 = StatedValues.Read("on March 14").Dates[0];
        var march14Year = StatedValues.Read("on March 14, 2026").Dates[0];

        Assert.True(StatedValues.Read("It sank on 14 March 2026.").HasDate(march14));
        Assert.True(StatedValues.Read("It sank on 14 March 2026.").HasDate(march14Year));
        Assert.False(StatedValues.Read("It sank on March 14.").HasDate(march14Year));
        Assert.False(StatedValues.Read("It sank on March 13, 2026.").HasDate(march14));
    }

    [Fact]
    public void A_lone_year_may_be_given_as_a_count_and_a_count_as_a_lone_year()
    {
        var troops = Assert.Single(StatedValues.Read("It sent 2000 troops.").Dates);
        var counted = Figure("It sent 2,000 troops.");

        Assert.True(StatedValues.Read("It sent 2,000 troops.").HasDate(troops));
        Assert.True(StatedValues.Read("It sent 2000 troops.").HasSame(counted));
        Assert.False(StatedValues.Read("It sent 3,000 troops.").HasDate(troops));
    }
}
