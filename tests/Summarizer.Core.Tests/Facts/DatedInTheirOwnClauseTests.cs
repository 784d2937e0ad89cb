using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A date or time in an adverbial clause opened by "when", "after" or "because" dates that clause's own act, told
/// by its own past verb, not the event word of the main clause before it (invented sentences).
/// </summary>
public sealed class DatedInTheirOwnClauseTests
{
    [Fact]
    public void A_time_in_a_when_clause_is_dated_by_its_own_verb_not_the_main_clause_event()
    {
        var time = Value("Their thefts ended when officers raided the garage at 6am and seized the tools.");

        Assert.Null(time.Frame);
        Assert.Equal("raided", time.Verb);
    }

    [Fact]
    public void A_date_in_an_after_clause_is_dated_by_its_own_verb()
    {
        var date = Value("The line was closed after inspectors inspected the viaduct on 4 March.");

        Assert.Null(date.Frame);
        Assert.Equal("inspected", date.Verb);
    }

    [Fact]
    public void The_act_of_the_clause_dated_differently_by_two_outlets_is_a_conflict()
    {
        var groups = Align(
            "The gang's thefts ended when officers raided the Mill Road garage at 6am on a Tuesday.",
            "The converters were found at the Mill Road garage, which police raided shortly before 5am that morning.");

        var conflict = Assert.Single(FactDisagreements.From(groups), d => d.Item.Topic.Contains("time", StringComparison.Ordinal)).Item;
        Assert.Equal([1], conflict.Claims[0].Sources);
        Assert.Equal([2], conflict.Claims[1].Sources);
    }

    [Fact]
    public void A_main_clause_event_joined_by_and_still_frames_the_time()
    {
        // "and" most often joins two steps of one subject's act: the collapse keeps its time.
        var time = Assert.Single(Read("The scaffold collapsed and crushed two parked cars at 10.15am."), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.NotNull(time.Frame);
    }

    [Fact]
    public void An_event_word_inside_the_clause_still_frames_its_time()
    {
        Assert.NotNull(Value("Trains ran again after the strike ended at 6pm.").Frame);
    }

    [Fact]
    public void A_relative_clause_tells_of_its_noun_and_the_noun_still_frames_the_date()
    {
        Assert.NotNull(Value("She broke the old record, which had stood since 2019.").Frame);
    }
}
