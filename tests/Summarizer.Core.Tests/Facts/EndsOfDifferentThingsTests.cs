using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A start or an end is of what its verb is said of: two outlets' only end dates, said of differently named things in
/// their own clauses, date two processes and are no conflict; an end said of one thing, or an event told by its
/// participants, still meets (invented sentences).
/// </summary>
public sealed class EndsOfDifferentThingsTests
{
    [Theory]
    [InlineData("The towpath along the canal will stay closed until Friday, the trust said.", "The clean-up of the flooded warehouse finished on Tuesday, its owners said.")]
    [InlineData("The sit-in at the town hall ended on Wednesday afternoon, organisers said.", "The council's spending review was completed on Monday, officers confirmed.")]
    [InlineData("The market hall will stay shut until Thursday, traders said.", "The resurfacing of the car park was completed on Saturday, the council said.")]
    public void Ends_of_differently_named_things_are_not_one_date(string first, string second)
    {
        var groups = Align(first, second);

        Assert.DoesNotContain(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Date && f.SourceId == 1) && g.Facts.Any(f => f.Value.Kind == ValueKind.Date && f.SourceId == 2));
    }

    [Theory]
    [InlineData("The footbridge will stay closed until Friday, the council said.", "The footbridge will stay shut until Monday, engineers said.")]
    [InlineData("The crash happened at 4.10am, police said.", "A lorry struck the bridge at 5.40am, police said.")]
    public void Ends_of_one_thing_and_an_event_told_by_its_participants_still_meet(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }

    [Theory]
    [InlineData("The sit-in at the town hall ended on Wednesday afternoon.", "sit-in")]
    [InlineData("Abbot Lane will stay shut to traffic until Friday.", "lane")]
    [InlineData("All the samples were taken, and the owners of the cooling tower shut it down on Sunday.", "owner")]
    public void The_subject_of_an_end_verb_is_read_from_its_own_clause(string sentence, string subject)
    {
        var date = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date);

        Assert.Equal(subject, date.PhaseSubject);
    }
}
