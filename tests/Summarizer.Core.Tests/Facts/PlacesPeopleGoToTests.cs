using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where people go of their own accord ("he plans to retire to Pellmouth", "the couple are heading to Ashcombe") is
/// where they end up, the same slot as where others say they "will move to" (invented sentences).
/// </summary>
public sealed class PlacesPeopleGoToTests
{
    [Theory]
    [InlineData("He plans to retire to Pellmouth, where his sister lives.", "to Pellmouth")]
    [InlineData("After that she and her husband are heading to Ashcombe for good.", "to Ashcombe")]
    [InlineData("He and his partner are moving to Kettlewell in the spring.", "to Kettlewell")]
    [InlineData("He retired to Fenby after forty years in the parish.", "to Fenby")]
    public void A_place_people_go_to_is_where_they_end_up(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    [Theory]
    [InlineData("Talks are heading to a second day.")]
    [InlineData("Prices are moving to Friday's level.")]
    public void A_going_word_with_no_person_names_no_place(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Frame == EventFrames.TakenTo);
    }

    [Fact]
    public void Outlets_naming_different_places_someone_is_going_to_disagree()
    {
        var group = Assert.Single(PlaceConflicts(
            "The vicar will leave the parish at Christmas. He plans to retire to Pellmouth, where his daughter lives.",
            "The vicar will leave the parish at Christmas, after which he and his wife will move to Pellmouth.",
            "The vicar will leave the parish at Christmas. After that he and his wife are heading to Ashcombe, where they own a cottage."));

        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }
}
