using System.Globalization;
using Summarizer.Chunking;
using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

public sealed class ValueParsingTests
{
    [Theory]
    [InlineData("At least 12 people died.", "[12, ∞)")]
    [InlineData("More than 30 countries signed.", "(30, ∞)")]
    [InlineData("About 3,000 residents were evacuated.", "[2700, 3300]")]
    [InlineData("Some 200 passengers were on board.", "[180, 220]")]
    [InlineData("Fewer than 50 people attended.", "(-∞, 50)")]
    [InlineData("Twelve people were rescued.", "[12, 12]")]
    [InlineData("Three thousand people marched.", "[3000, 3000]")]
    [InlineData("A dozen people were arrested.", "[12, 12]")]
    [InlineData("Thirty-five workers were hurt.", "[35, 35]")]
    [InlineData("The plant employs 14,800 staff.", "[14800, 14800]")]
    [InlineData("It has 30 or more members.", "[30, ∞)")]
    public void Counts_are_read_as_intervals_from_their_qualifiers(string sentence, string interval)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.Count, fact.Value.Kind);
        Assert.Equal(interval, fact.Value.Range.ToString().Replace("Infinity", "∞", StringComparison.Ordinal).Replace("-∞", "-∞", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nearly 80% of voters agreed.", 72, 80, false, true)]
    [InlineData("Turnout was just over 61 percent.", 61, 64.05, true, false)]
    [InlineData("Inflation stood at 3.75 per cent.", 3.75, 3.75, false, false)]
    [InlineData("She won 52.4% of the vote.", 52.4, 52.4, false, false)]
    public void Percentages_keep_their_hedge(string sentence, double low, double high, bool lowOpen, bool highOpen)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.Percent, fact.Value.Kind);
        Assert.Equal("%", fact.Value.Unit);
        Assert.True(fact.Value.Range.SameAs(new Interval(low, high, lowOpen, highOpen)), fact.Value.Range.ToString());
    }

    [Theory]
    [InlineData("The firm lost $4.2bn.", "USD", 4_200_000_000)]
    [InlineData("The firm lost $4.2 billion.", "USD", 4_200_000_000)]
    [InlineData("The firm lost 4.2 billion dollars.", "USD", 4_200_000_000)]
    [InlineData("A €25m fund was released.", "EUR", 25_000_000)]
    [InlineData("It set aside 25 million euros for households.", "EUR", 25_000_000)]
    [InlineData("Insurers offered a £50,000 reward.", "GBP", 50_000)]
    [InlineData("Insurers offered a reward of 50,000 pounds.", "GBP", 50_000)]
    [InlineData("Damage was put at EUR 95 million.", "EUR", 95_000_000)]
    public void Money_is_normalised_to_an_amount_in_its_currency(string sentence, string currency, double amount)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.Money, fact.Value.Kind);
        Assert.Equal(currency, fact.Value.Unit);
        Assert.True(fact.Value.Range.SameAs(Interval.Point(amount)), fact.Value.Range.ToString());
    }

    [Fact]
    public void Durations_in_different_units_are_the_same_length()
    {
        Assert.True(Value("It rained for 48 hours.").Value.SameAs(Value("It rained for two days.").Value));
        Assert.True(Value("The 48-hour strike began.").Value.SameAs(Value("The strike lasted two days.").Value));
        Assert.False(Value("It rained for 48 hours.").Value.SameAs(Value("It rained for three days.").Value));
    }

    [Theory]
    [InlineData("The footbridge is signed at 12ft 9in, the council says.", "length", 3.8862)]
    [InlineData("The gate stands 6ft 2 inches above the path.", "length", 1.8796)]
    [InlineData("The lamb weighed 6lb 4oz at birth.", "mass", 2.8349523125)]
    [InlineData("A 9-metre-high lighting rig toppled onto the stage.", "length", 9)]
    [InlineData("Crews found a 15-metre-deep crater under the road.", "length", 15)]
    public void Imperial_figures_in_two_units_and_lengths_glued_to_their_extent_are_one_quantity(string sentence, string dimension, double value)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Quantity);

        Assert.Equal(dimension, fact.Value.Unit);
        Assert.Equal(value, fact.Value.Range.Low, 6);
        Assert.Equal(value, fact.Value.Range.High, 6);
    }

    [Fact]
    public void A_bare_in_after_feet_is_no_smaller_unit()
    {
        var fact = Assert.Single(Read("Snow lay 3ft in places on the moor road."), f => f.Value.Kind == ValueKind.Quantity);

        Assert.Equal(0.9144, fact.Value.Range.Low, 6);
    }

    [Fact]
    public void A_maximum_is_a_cap()
    {
        var fact = Value("The counts carry a sentence of up to 15 years.");

        Assert.Equal(ValueKind.Duration, fact.Value.Kind);
        Assert.True(fact.Value.IsCap);
        Assert.False(Value("He was jailed for 11 years.").Value.IsCap);
    }

    [Theory]
    [InlineData("The victim was aged 54.")]
    [InlineData("The 54-year-old was arrested.")]
    [InlineData("Anton Brisk, 54, drowned.")]
    [InlineData("The man is 54 years old.")]
    public void Ages_are_read_in_their_news_forms(string sentence)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.Age, fact.Value.Kind);
        Assert.True(fact.Value.Range.SameAs(Interval.Point(54)));
    }

    [Theory]
    [InlineData("The levee broke at 14:30.", 870)]
    [InlineData("The levee broke at 2.30pm.", 870)]
    [InlineData("The levee broke at 2:30 pm.", 870)]
    [InlineData("The levee broke at midnight.", 0)]
    [InlineData("The levee broke at 12.15am.", 15)]
    public void Times_of_day_are_minutes_after_midnight(string sentence, double minutes)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.TimeOfDay, fact.Value.Kind);
        Assert.True(fact.Value.Range.SameAs(Interval.Point(minutes)), fact.Value.Range.ToString());
    }

    [Fact]
    public void A_hedged_time_is_a_window()
    {
        Assert.True(Value("It began shortly after 9am.").Value.Range.Overlaps(Interval.Point(9 * 60 + 20)));
        Assert.False(Value("It began shortly after 9am.").Value.Range.Overlaps(Value("It began at 10am.").Value.Range));
        Assert.True(Value("It broke at around 2am.").Value.Range.Overlaps(Interval.Point(2 * 60 + 15)));
    }

    [Fact]
    public void Dates_are_days_and_their_formats_agree()
    {
        var a = Value("Payments start on 3 July.").Value;
        var b = Value("Payments start on July 3.").Value;
        var c = Value("Payments start on 3rd July 2026.").Value;

        Assert.True(a.SameAs(b));
        Assert.True(a.SameAs(c));
        Assert.Equal(new DateOnly(2026, 7, 3).DayNumber, a.Range.Low);
    }

    [Fact]
    public void Weekdays_resolve_against_the_article_date_and_are_checked_against_written_dates()
    {
        var saturday = Value("The river burst its banks on Saturday.", new DateOnly(2026, 3, 8));
        Assert.Equal(new DateOnly(2026, 3, 7).DayNumber, saturday.Value.Range.Low);

        var future = Value("The minister will visit on Tuesday.", new DateOnly(2026, 3, 8));
        Assert.Equal(new DateOnly(2026, 3, 10).DayNumber, future.Value.Range.Low);

        Assert.False(Value("He was sentenced on Tuesday 10 February 2026.").Value.WeekdayMismatch);
        Assert.True(Value("He was sentenced on Tuesday 11 February 2026.").Value.WeekdayMismatch);
    }

    [Fact]
    public void A_yearless_day_with_its_weekday_is_placed_in_the_year_it_falls_on_that_weekday()
    {
        // 12 June 2026 was a Friday; 12 June 2027, nearer to 20 December 2026, is a Saturday.
        var past = Value("The fair was held on Friday 12 June.", new DateOnly(2026, 12, 20)).Value;
        Assert.Equal(new DateOnly(2026, 6, 12).DayNumber, past.Range.Low);
        Assert.False(past.WeekdayMismatch);

        var coming = Value("The fair will be held on Saturday 12 June.", new DateOnly(2026, 12, 20)).Value;
        Assert.Equal(new DateOnly(2027, 6, 12).DayNumber, coming.Range.Low);

        // A weekday neither year within reach falls on is the writer's slip: the nearest day, flagged.
        var slip = Value("The fair was held on Monday 12 June.", new DateOnly(2026, 12, 20)).Value;
        Assert.Equal(new DateOnly(2027, 6, 12).DayNumber, slip.Range.Low);
        Assert.True(slip.WeekdayMismatch);
    }

    [Theory]
    [InlineData("The pier was last repaired four years ago.", "2022-01-01", "2022-12-31")]
    [InlineData("The pier was last repaired a year ago.", "2025-01-01", "2025-12-31")]
    [InlineData("The pier was last repaired last year.", "2025-01-01", "2025-12-31")]
    [InlineData("The pier was last repaired three months ago.", "2025-12-01", "2025-12-31")]
    [InlineData("The pier was last repaired 10 days ago.", "2026-02-26", "2026-02-26")]
    [InlineData("The pier was last repaired two weeks ago.", "2026-02-19", "2026-02-25")]
    [InlineData("The pier was last repaired last Tuesday.", "2026-03-03", "2026-03-03")]
    [InlineData("The pier was last repaired yesterday.", "2026-03-07", "2026-03-07")]
    [InlineData("The pier was repaired earlier this year.", "2026-01-01", "2026-03-08")]
    public void Relative_dates_count_back_from_the_article_date(string sentence, string from, string to)
    {
        var date = Value(sentence, new DateOnly(2026, 3, 8)).Value; // a Sunday

        Assert.Equal(ValueKind.Date, date.Kind);
        Assert.True(date.Range.SameAs(Interval.Between(DateOnly.Parse(from, CultureInfo.InvariantCulture).DayNumber, DateOnly.Parse(to, CultureInfo.InvariantCulture).DayNumber)), date.Range.ToString());
    }

    [Fact]
    public void Years_ago_and_the_year_they_name_are_one_date()
    {
        var ago = Value("The tunnel was last inspected four years ago.", new DateOnly(2026, 3, 4)).Value;
        var year = Value("The tunnel had its last inspection in 2022.", new DateOnly(2026, 3, 4)).Value;

        Assert.True(ago.SameAs(year));
    }

    [Fact]
    public void Without_an_article_date_years_ago_stay_unresolved_and_deep_time_is_never_a_date()
    {
        var sentence = "The tunnel was last inspected four years ago.";
        var unanchored = FactExtractor.FromSentence(1, 0, new TextSegment(sentence, 0, sentence.Length), anchor: null);
        var deep = Value("The reptile lived 165 million years ago.", new DateOnly(2026, 3, 4));

        Assert.DoesNotContain(unanchored, f => f.Value.Kind == ValueKind.Date);
        Assert.Contains(unanchored, f => f.Value.Kind == ValueKind.Duration && f.Measure == "ago");
        Assert.Equal((ValueKind.Duration, "ago"), (deep.Value.Kind, deep.Measure));
    }

    [Fact]
    public void Periods_are_ranges_of_days()
    {
        var june = Value("The next decision is due in June.", new DateOnly(2026, 5, 2)).Value;
        var day = Value("The next decision is due on 18 June.", new DateOnly(2026, 5, 2)).Value;
        var byEnd = Value("The plant will close by the end of 2027.").Value;
        var later = Value("The plant will close in 2028.").Value;

        Assert.True(june.Range.Contains(day.Range));
        Assert.False(byEnd.Range.Overlaps(later.Range));
    }

    [Theory]
    [InlineData("The committee voted 6-1 for the cut.")]
    [InlineData("The committee backed the cut by six votes to one.")]
    [InlineData("The cut passed in a 6-1 vote.")]
    public void Vote_splits_are_for_and_against(string sentence)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.Vote, fact.Value.Kind);
        Assert.True(fact.Value.Range.SameAs(Interval.Point(6001)));
    }

    [Theory]
    [InlineData("A magnitude 6.2 earthquake struck.")]
    [InlineData("A 6.2-magnitude earthquake struck.")]
    [InlineData("The quake had a magnitude of 6.2.")]
    public void Magnitudes_are_read_either_side(string sentence)
    {
        var fact = Value(sentence);

        Assert.Equal(ValueKind.Magnitude, fact.Value.Kind);
        Assert.True(fact.Value.Range.SameAs(Interval.Point(6.2)));
        Assert.Equal("quake", fact.Frame);
    }

    [Fact]
    public void Units_of_one_dimension_convert()
    {
        Assert.True(Value("The fire burned 4,200 hectares.").Value.SameAs(Value("The fire burned 42 square kilometres.").Value));
        Assert.True(Value("Temperatures reached 41.3C.").Value.SameAs(Value("Temperatures reached 41.3 degrees Celsius.").Value));
        Assert.True(Value("The rate fell by 25 basis points.").Value.SameAs(Value("The rate fell by 0.25 percentage points.").Value));
    }

    [Fact]
    public void Every_fact_carries_its_span_in_the_text()
    {
        const string text = "Rain fell all day. At least 12 people died in the flood.";
        var facts = FactExtractor.Extract(Article(4, text)).Facts;

        var fact = Assert.Single(facts, f => f.Value.Kind == ValueKind.Count);
        Assert.Equal(4, fact.SourceId);
        Assert.Equal(1, fact.SentenceIndex);
        Assert.Equal("At least 12 people", text[fact.Start..fact.End]);
    }

    [Fact]
    public void A_hedge_before_a_sign_word_hedges_the_figure()
    {
        var fact = Value("At the summit the thermometer fell to around minus 9C before dawn.");

        Assert.StartsWith("around minus 9C", fact.Text, StringComparison.Ordinal);
        Assert.True(fact.Value.Compatible(Value("The lowest reading, minus 9.3C, came at the summit.").Value));
    }
}
