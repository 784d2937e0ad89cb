using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Places an event is put beside, under or onto ("beyond Kestle Point", "under Alder Terrace"), places joined by "and"
/// as one spot's neighbours, and unnamed sites that fit more than one named version (invented sentences).
/// </summary>
public sealed class PlacesBesideTests
{
    [Theory]
    [InlineData("The kayak was found below the Old Mill Inn on Saturday.", "below the Old Mill Inn")]
    [InlineData("The dinghy was later found beyond Kestle Point by a walker.", "beyond Kestle Point")]
    [InlineData("The trawler drifted onto the Carrick Ledge overnight.", "onto the Carrick Ledge")]
    [InlineData("A void opened under Alder Terrace on Monday.", "under Alder Terrace")]
    [InlineData("Litter was dumped along Osier Lane last week.", "along Osier Lane")]
    public void A_place_put_beside_under_or_onto_a_named_place_is_read(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal(place, read.Text);
    }

    [Theory]
    [InlineData("Most members lined up behind Labour on Tuesday.")]
    [InlineData("The company was fined under Section Twelve of the act.")]
    [InlineData("Shares rose above Friday's close.")]
    public void A_name_that_says_nothing_of_a_place_is_not_read_after_those_words(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);
    }

    [Fact]
    public void Two_neighbours_joined_by_and_are_one_spot()
    {
        var read = Assert.Single(Read("The barge was tied up just off Kiln Lane and opposite the Swan Inn."), f => f.Value.Kind == ValueKind.Place);

        Assert.Equal("off Kiln Lane and opposite the Swan Inn", read.Text);
    }

    [Fact]
    public void An_unnamed_street_that_fits_both_named_streets_sides_with_neither()
    {
        var groups = Align(
            "A water main burst in a quiet street in Fellbury on Monday morning.",
            "A water main burst on Aspen Terrace on Monday morning.",
            "A water main burst on Hawthorn Row on Monday morning.");

        var group = Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Place);
        Assert.Equal("Disagree: 2 | 3", Describe(group));
    }

    [Fact]
    public void A_hall_people_spent_the_night_at_is_compared_with_where_others_say_they_were_taken()
    {
        var group = Assert.Single(PlaceConflicts(
            "Fire crews were called to the Brenton Hotel on Friday night. The guests were taken by coach to Holloway Leisure Centre, where volunteers handed out blankets.",
            "Fire crews were called to the Brenton Hotel on Friday night. The guests were taken by coach to Holloway Leisure Centre, where volunteers handed out blankets.",
            "Fire crews were called to the Brenton Hotel on Friday night. The guests spent the night at St Mark's Parish Hall, where volunteers handed out blankets."));
        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }
}
