using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Counts of people said without a counted noun after the figure ("a crowd of 57,000") count people, and nouns news uses
/// for one group of people ("pupils" and "students", "marchers" and "protesters") name one group, so outlets' rival
/// figures for it may meet.
/// </summary>
public sealed class PeopleCountNounsTests
{
    [Theory]
    [InlineData("Ostby won the derby in front of a crowd of 23,500 at Fenwick Park.")]
    [InlineData("A field of 4,300 set off from the harbour wall at nine.")]
    [InlineData("The play drew an audience of about 1,100 on its opening night.")]
    [InlineData("A class of 27 was in the laboratory when the alarm sounded.")]
    public void A_gathering_of_a_number_counts_people(string sentence) =>
        Assert.Equal(MeasureClasses.Persons, Count(sentence).Measure);

    [Fact]
    public void A_gathering_with_its_own_counted_noun_counts_that_noun() =>
        Assert.Equal(MeasureClasses.Of("horses"), Count("A field of 14 horses went to post in the Tarnby Stakes.").Measure);

    [Theory]
    [InlineData("The skipper and the crew of 11 were allowed to stay on board.")]
    [InlineData("A team of 12 was put aboard the tanker by helicopter.")]
    [InlineData("A search party of about 20 set out from the village at dawn.")]
    public void The_bare_size_of_a_body_of_people_counts_people(string sentence) =>
        Assert.Equal(MeasureClasses.Persons, Count(sentence).Measure);

    [Theory]
    [InlineData("Rescuers worked through the night after a pod of 31 became stranded on Tarrow Sands.")]
    [InlineData("A herd of 40 broke through a fence near the Ashby junction.")]
    public void The_bare_size_of_a_collective_of_animals_counts_the_animals(string sentence) =>
        Assert.Equal(MeasureClasses.Of("animals"), Count(sentence).Measure);

    [Fact]
    public void A_pod_and_the_animals_it_numbers_name_one_thing()
    {
        var (pod, animals) = (Count("A pod of 31 became stranded on Tarrow Sands on Tuesday."), Count("About 23 of the animals became stranded on Tarrow Sands on Tuesday."));
        Assert.False(pod.Signature.HeadsDiffer(animals.Signature));
        Assert.True(pod.Signature.Links(animals.Signature));
    }

    [Theory]
    [InlineData("A group of 12 banks agreed to the rescue plan.", "bank")]
    [InlineData("A team of 12 salvors was put aboard by helicopter.", "salvor")]
    public void A_collective_with_its_own_counted_noun_counts_that_noun(string sentence, string noun) =>
        Assert.Equal(MeasureClasses.Of(noun), Count(sentence).Measure);

    [Theory]
    [InlineData("About 480 pupils were sent home from Wexby High on Monday.", "About 520 students were sent home from Wexby High on Monday.")]
    [InlineData("Some 3,000 marchers crossed Halden Bridge on Saturday.", "Some 5,000 protesters crossed Halden Bridge on Saturday.")]
    [InlineData("The ferry had 212 passengers aboard when it grounded.", "The ferry had 230 travellers aboard when it grounded.")]
    [InlineData("The trawler had 14 crew when it sank off Garra Point.", "The trawler had 16 seafarers when it sank off Garra Point.")]
    public void Nouns_for_one_group_of_people_name_one_group(string one, string other)
    {
        var (a, b) = (Count(one).Signature, Count(other).Signature);
        Assert.False(a.HeadsDiffer(b));
        Assert.True(a.Links(b));
    }

    [Fact]
    public void Nouns_for_different_groups_still_differ() =>
        Assert.True(Count("About 40 firefighters were at the scene.").Signature.HeadsDiffer(Count("About 40 pupils were at the scene.").Signature));

    private static Fact Count(string sentence) =>
        FactTestKit.Read(sentence).First(f => f.Value.Kind == ValueKind.Count);
}
