using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Core.Tests.Evaluation.Trust;

public sealed class TrustNormaliserTests
{
    private static string Norm(string text) => string.Join(' ', TrustNormaliser.Tokens(text).Select(t => t.Text));

    [Theory]
    [InlineData("€25m", "eur 25000000")]
    [InlineData("25 million euros", "eur 25000000")]
    [InlineData("EUR 25 million", "eur 25000000")]
    [InlineData("$4.2bn", "usd 4200000000")]
    [InlineData("US$4.2 billion", "usd 4200000000")]
    [InlineData("£50,000", "gbp 50000")]
    [InlineData("50,000 pounds", "gbp 50000")]
    [InlineData("52.4%", "52.4 %")]
    [InlineData("52.4 percent", "52.4 %")]
    [InlineData("3.75 per cent", "3.75 %")]
    [InlineData("14:30", "14:30")]
    [InlineData("2.30pm", "14:30")]
    [InlineData("2:30 pm", "14:30")]
    [InlineData("2 p.m.", "14:00")]
    [InlineData("12am", "00:00")]
    [InlineData("midnight", "00:00")]
    [InlineData("3 July", "d07-03")]
    [InlineData("July 3", "d07-03")]
    [InlineData("3rd July", "d07-03")]
    [InlineData("the 3rd of July", "the d07-03")]
    [InlineData("2026-07-03", "d07-03")]
    [InlineData("twelve", "12")]
    [InlineData("a dozen", "12")]
    [InlineData("twenty-five", "25")]
    [InlineData("two, three or four days", "2 3 or 4 days")]
    [InlineData("lost three.\n\nTwenty-seven of his", "lost 3 27 of his")]
    [InlineData("by eight votes to one", "by 8 votes to 1")]
    [InlineData("passed 11 to one on Tuesday", "passed 11 to 1 on tuesday")]
    [InlineData("lost by one vote to nine", "lost by 1 vote to 9")]
    [InlineData("three thousand", "3000")]
    [InlineData("two hundred and fifty", "250")]
    [InlineData("3,000", "3000")]
    [InlineData("2,950.50", "2950.5")]
    [InlineData("Vestergård", "vestergard")]
    [InlineData("Sæther", "saether")]
    [InlineData("Mirković Nuñez", "mirkovic nunez")]
    [InlineData("“Quoted” ‘words’", "quoted words")]
    public void Forms_normalise_as_the_key_readme_says(string text, string expected) => Assert.Equal(expected, Norm(text));

    [Theory]
    [InlineData("one of the workers", "one of the workers")]
    [InlineData("went to one of the shelters", "went to one of the shelters")]
    [InlineData("moved 40 people to one hall", "moved 40 people to one hall")]
    [InlineData("a 2m wall", "a 2 m wall")]
    [InlineData("40 km", "40 km")]
    public void Words_that_are_rarely_figures_stay_words(string text, string expected) => Assert.Equal(expected, Norm(text));

    [Theory]
    [InlineData("310 millimetres of rain", "310 mm of rain")]
    [InlineData("240mm", "240 mm")]
    [InlineData("40 kilometres", "40 km")]
    [InlineData("900 kilograms", "900 kg")]
    [InlineData("4,200 hectares", "4200 ha")]
    [InlineData("the metres of road", "the metres of road")]
    public void A_metric_unit_written_out_after_a_figure_is_its_symbol(string text, string expected) => Assert.Equal(expected, Norm(text));

    [Theory]
    [InlineData("The fair opens in May. Twelve-year-old Ana won.", "the fair opens in may 12 year old ana won")]
    [InlineData("It shut in June. 14 staff left.", "it shut in june 14 staff left")]
    [InlineData("We met on the 9. March was cold.", "we met on the 9 march was cold")]
    public void A_month_and_a_figure_across_a_sentence_break_are_not_a_date(string text, string expected) => Assert.Equal(expected, Norm(text));

    [Fact]
    public void A_capitalised_number_word_opening_a_sentence_is_held_as_its_figure()
    {
        var source = new TrustText("Building starts in October.\n\nSixteen-year-old rider Mo Lale spoke.");

        Assert.Contains(source.Tokens, t => t.Kind == TrustTokenKind.Number && t.Text == "16");
    }

    [Fact]
    public void A_scaled_figure_is_found_by_the_figure_as_written()
    {
        var text = new TrustText("a €25m emergency fund");

        Assert.True(text.ContainsSequence("25"));
        Assert.True(text.ContainsSequence("25 million euros"));
        Assert.False(text.ContainsSequence("26"));
    }

    [Fact]
    public void Values_drop_qualifiers_and_remarks_and_names_reduce_to_the_person()
    {
        Assert.True(new TrustText("More than 20 ships waited").ContainsAll(TrustText.ValueNeedles("more than 20 / 23 (Monday)")[0]));
        Assert.True(new TrustText("By evening 23 ships waited").ContainsAll(TrustText.ValueNeedles("more than 20 / 23 (Monday)")[1]));
        Assert.True(new TrustText("Ruth Ambers led the rescue").ContainsAll(TrustText.ValueNeedles("Colonel Ruth Ambers (Civil Protection)", "participant")[0]));
        Assert.False(new TrustText("Ambers led the rescue").ContainsAll(TrustText.ValueNeedles("Colonel Ruth Ambers", "participant")[0]));
        Assert.True(new TrustText("the train stopped outside Kellby").ContainsAll(TrustText.ValueNeedles("outside Kellby, north of Dunmere", "place")[0]) is false);
        Assert.True(new TrustText("at 11.40pm on Saturday").ContainsAll(TrustText.ValueNeedles("11.40pm Saturday")[0]));
    }

    [Fact]
    public void An_as_w_as_bound_and_shortly_are_qualifiers_like_up_to_and_just()
    {
        Assert.True(new TrustText("the outage lasted 14 hours").ContainsAll(TrustText.ValueNeedles("as long as 14 hours")[0]));
        Assert.True(new TrustText("up to 40 homes were flooded").ContainsAll(TrustText.ValueNeedles("as many as 40 homes")[0]));
        Assert.True(new TrustText("just before 10am on Tuesday").ContainsAll(TrustText.ValueNeedles("shortly before 10:00")[0]));
        Assert.False(new TrustText("the outage lasted 12 hours").ContainsAll(TrustText.ValueNeedles("as long as 14 hours")[0]));
        Assert.False(new TrustText("just after 10am on Tuesday").ContainsAll(TrustText.ValueNeedles("shortly before 10:00")[0]));
        Assert.False(new TrustText("the wait").ContainsAll(TrustText.ValueNeedles("as long as the wait")[0]));
    }

    [Fact]
    public void Titles_before_a_participant_s_name_are_not_part_of_it()
    {
        Assert.True(new TrustText("Marrin gave judgment").ContainsAll(TrustText.ValueNeedles("Lady Justice Marrin", "participant")[0]));
        Assert.True(new TrustText("Hollis gave judgment").ContainsAll(TrustText.ValueNeedles("Mr Justice Hollis", "participant")[0]));
        Assert.False(new TrustText("Finch gave judgment").ContainsAll(TrustText.ValueNeedles("Dr Ada Finch", "participant")[0]));
        Assert.False(new TrustText("Major gave judgment").ContainsAll(TrustText.ValueNeedles("Tom Major", "participant")[0]));
    }

    [Fact]
    public void A_named_participant_with_a_role_after_a_comma_reduces_to_the_name()
    {
        Assert.True(new TrustText("Alderman Joss Penhale announced the levy").ContainsAll(TrustText.ValueNeedles("Alderman Joss Penhale, treasurer of the guild", "participant")[0]));
        Assert.True(new TrustText("Wren Tallis raised the alarm").ContainsAll(TrustText.ValueNeedles("Wren Tallis, mate of the Grey Heron", "participant")[0]));
        Assert.False(new TrustText("the Grey Heron raised the alarm").ContainsAll(TrustText.ValueNeedles("Wren Tallis, mate of the Grey Heron", "participant")[0]));
        Assert.True(new TrustText("Her nephew Olly found her").ContainsAll(TrustText.ValueNeedles("her nephew, Olly", "participant")[0]));
    }

    [Fact]
    public void A_unit_is_found_in_the_singular_or_plural()
    {
        Assert.True(new TrustText("signed a five-year contract").ContainsAll(TrustText.ValueNeedles("5 years")[0]));
        Assert.True(new TrustText("A 48-hour strike").ContainsAll(TrustText.ValueNeedles("48 hours")[0]));
        Assert.False(new TrustText("A 72-hour strike").ContainsAll(TrustText.ValueNeedles("48 hours")[0]));
        Assert.False(new TrustText("the bus stopped").ContainsSequence("bu"));
    }

    [Fact]
    public void A_figure_stays_with_its_percent_and_currency()
    {
        var text = new TrustText("cut eight percent of staff and close one of three plants; shares closed up 5.2% at €4m");

        Assert.False(text.ContainsAll(TrustText.ValueNeedles("+3% (morning)")[0]));
        Assert.True(text.ContainsAll(TrustText.ValueNeedles("+5.2% (close)")[0]));
        Assert.True(text.ContainsAll(TrustText.ValueNeedles("8%")[0]));
        Assert.False(text.ContainsAll(TrustText.ValueNeedles("EUR 3 million")[0]));
        Assert.True(text.ContainsAll(TrustText.ValueNeedles("EUR 4 million")[0]));
    }
}
