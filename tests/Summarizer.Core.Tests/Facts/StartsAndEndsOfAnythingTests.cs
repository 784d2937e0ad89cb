using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A start or end word said of anything ("began", "opened", "closed", "until") dates what its own clause names: two
/// outlets' only such dates, one said of a thing the other does not name, need the shared words any two dates need;
/// an incident's own verb, the same subject, or a subject named in neither still meets (invented sentences).
/// </summary>
public sealed class StartsAndEndsOfAnythingTests
{
    [Theory]
    [InlineData("The Regal cinema opened in 1987.", "The town's library opened in 2004.")]
    [InlineData("The petition campaign began in May.", "Its owners opened the new bakery in March.")]
    [InlineData("The volunteers began clearing the dunes on Monday.", "It started on Sunday.")]
    public void Starts_and_ends_said_of_other_things_are_not_one_date(string first, string second)
    {
        var groups = Align(first, second);

        Assert.DoesNotContain(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Date && f.SourceId == 1) && g.Facts.Any(f => f.Value.Kind == ValueKind.Date && f.SourceId == 2));
    }

    [Theory]
    [InlineData("The stall, which was closed on Monday, sold grilled fish.", "It was shut down by inspectors on Sunday night.")]
    [InlineData("The Regal cinema opened in 1987.", "The cinema opened in 1989.")]
    [InlineData("A lorry struck the bridge at 5.40am.", "The crash happened at 4.10am.")]
    public void One_thing_named_or_none_and_an_incident_still_meet(string first, string second)
    {
        var groups = Align(first, second);

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Select(f => f.SourceId).Distinct().Count() == 2);
    }

    [Theory]
    [InlineData("The campaign began in May.", true)]
    [InlineData("The road will stay shut until Friday.", true)]
    [InlineData("The hall opened in 1987.", true)]
    [InlineData("A lorry struck the bridge at 5.40am.", false)]
    [InlineData("The dam burst on Saturday night.", false)]
    public void A_start_or_end_word_of_anything_is_told_from_an_incident_verb(string sentence, bool general)
    {
        var date = Assert.Single(Read(sentence), f => f.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay);

        Assert.Equal(general, date.GeneralPhase);
    }
}
