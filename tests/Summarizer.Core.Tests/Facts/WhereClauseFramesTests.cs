using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A "where" clause after a place tells another act at it ("at the Kelby Road depot, where repairs began"): its verb is
/// no frame of the place, which its own clause frames; one outlet's firm that began somewhere and another's site where
/// fitting out began are not one place (invented sentences).
/// </summary>
public sealed class WhereClauseFramesTests
{
    [Fact]
    public void A_start_verb_in_a_where_clause_after_the_place_does_not_frame_it()
    {
        var place = OnePlace("Drivers will be based at Ormsby Trading Estate, where building began last month.");

        Assert.NotEqual("start", place.Frame);
    }

    // A guard: it passes on the code before WhereClauseAfter too (run there at the session-60 reread); the rule must not
    // take a place's own frame away.
    [Fact]
    public void A_start_verb_of_the_place_s_own_clause_still_frames_it()
    {
        var place = OnePlace("Building began last month at Ormsby Trading Estate.");

        Assert.Equal("start", place.Frame);
    }

    [Fact]
    public void A_firm_s_first_home_and_a_site_where_work_began_are_not_one_place()
    {
        var groups = Align(
            "Kestrel Bakes, a family bakery that began in a farmhouse kitchen outside Pollard, signed the deal.",
            "Bakers will be based at Ormsby Trading Estate, where building began last month.")
            .Where(g => g.Facts.First().Value.Kind == ValueKind.Place);

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree);
    }
}
