using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Dates and times the event lexicon does not frame are dated by the verb of their own clause; news verbs of impact
/// and rupture date an incident; "about" reaches only as far as a clock time's own rounding (invented sentences).
/// </summary>
public sealed class DatedByTheirVerbTests
{
    [Fact]
    public void One_verb_of_one_thing_dated_differently_by_two_sources_is_a_conflict()
    {
        var groups = Align(
            "Harbour trust records show the Garra Point lighthouse was last repainted in May 2024.",
            "The Garra Point lighthouse, a listed tower, was last repainted in October 2022, according to the harbour trust.");

        var conflict = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal([1], conflict.Claims[0].Sources);
        Assert.Equal([2], conflict.Claims[1].Sources);
    }

    [Fact]
    public void Different_verbs_of_one_thing_are_different_events()
    {
        var groups = Align(
            "The Tollan footbridge over the canal was repainted in May 2024.",
            "The Tollan footbridge over the canal was widened in October 2022.");

        Assert.Empty(FactDisagreements.From(groups));
    }

    [Fact]
    public void A_participle_before_a_noun_names_no_event_and_the_date_keeps_its_own_verb()
    {
        var date = Value("Records show the failed section was last inspected in September 2025.");

        Assert.Null(date.Frame);
        Assert.Equal("inspected", date.Verb);
    }

    [Fact]
    public void The_moment_a_thing_failed_is_the_moment_of_the_incident()
    {
        var groups = Align(
            "The water main under Kell Street failed at 04:30 on Monday, flooding six basements.",
            "The water main under Kell Street burst just after 6am on Monday, flooding six basements.");

        var conflict = Assert.Single(FactDisagreements.From(groups), d => d.Item.Topic.Contains("time", StringComparison.Ordinal)).Item;
        Assert.Equal(2, conflict.Claims.Count);
    }

    [Fact]
    public void A_date_after_a_clause_word_takes_no_verb_from_the_clause_before()
    {
        var date = Assert.Single(Read("The crew repaired the sluice gates and on 4 June the canal was open again."), f => f.Value.Kind == ValueKind.Date);

        Assert.Equal("", date.Verb);
    }

    [Theory]
    [InlineData("A delivery van ploughed into a row of parked cars at 6.10pm.")]
    [InlineData("The water main ruptured shortly after 3am on Friday.")]
    [InlineData("A lorry slammed into the back of the queue at 11.25am.")]
    public void Verbs_of_impact_and_rupture_date_the_incident(string sentence)
    {
        Assert.Equal("start", Value(sentence).Frame);
    }

    [Fact]
    public void About_a_time_given_to_the_minute_does_not_reach_half_an_hour_away()
    {
        var time = Value("The signal failed at about 8.20am, the operator said.").Value;

        Assert.False(time.Range.Contains(Interval.Point(7 * 60 + 52)));
        Assert.True(time.Range.Contains(Interval.Point(8 * 60 + 25)));
    }

    [Fact]
    public void About_a_time_on_the_hour_still_reaches_half_an_hour_either_way()
    {
        var time = Value("The signal failed at about 5pm, the operator said.").Value;

        Assert.True(time.Range.Contains(Interval.Point(16 * 60 + 40)));
    }
}
