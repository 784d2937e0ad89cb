using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where the people moved from an event ended up: read after a passive moving verb whose subject is a long phrase or a
/// bare count, and compared across sources as one slot when each names one such place (invented sentences).
/// </summary>
public sealed class DestinationSlotTests
{
    [Theory]
    [InlineData("Several guests fell ill overnight, and three were admitted to Kelby General Hospital.", "to Kelby General Hospital")]
    [InlineData("Those rescued from the flooded streets of the old town were taken to Marsh Lane Community Hall.", "to Marsh Lane Community Hall")]
    public void A_moved_count_or_a_long_subject_still_says_where_people_were_taken(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    [Fact]
    public void Each_source_s_one_receiving_place_fills_one_slot()
    {
        var groups = PlaceConflicts(
            "Two injured climbers were airlifted to Penrith Royal Infirmary after the rockfall.",
            "Both men spent the night at Carlsby General Hospital, the mountain rescue team said.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_hospital_where_only_things_happened_is_no_place_anyone_was_taken()
    {
        var groups = PlaceConflicts(
            "Ambulances were diverted to Penrith Royal Infirmary after the blackout, and two patients were moved there by road.",
            "Thirty clinics were cancelled at Carlsby General Hospital after the blackout, the trust said.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_named_person_at_a_hospital_still_fills_the_slot()
    {
        var groups = PlaceConflicts(
            "Two injured climbers were airlifted to Penrith Royal Infirmary after the rockfall.",
            "Tomas Grell was kept overnight at Carlsby General Hospital, the mountain rescue team said.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }
}
