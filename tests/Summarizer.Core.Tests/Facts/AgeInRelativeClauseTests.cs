using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>"Tom Ellery, who is 72": a bare number a relative clause says of a person is their age.</summary>
public sealed class AgeInRelativeClauseTests
{
    [Theory]
    [InlineData("Farmer Tom Ellery, who is 72, raced to the barn.")]
    [InlineData("Edna Farrow, who turned 103 in the summer, will have to move.")]
    [InlineData("Edna Farrow, who at 103 is the oldest person at the home, will have to move.")]
    public void A_number_a_relative_clause_says_of_a_person_is_their_age(string sentence) =>
        Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.Age);

    [Fact]
    public void A_relative_clause_number_with_a_noun_after_it_is_not_an_age() =>
        Assert.DoesNotContain(FactTestKit.Read("The trust, which runs 72 homes, and its chief, who was 30 minutes late, spoke."), f => f.Value.Kind == ValueKind.Age);

    [Fact]
    public void An_age_apposed_with_the_after_a_name_is_that_persons()
    {
        var apposed = Assert.Single(FactTestKit.Read("Tom Ellery, the 67-year-old who has farmed there all his life, was too upset to speak."), f => f.Value.Kind == ValueKind.Age);
        var set = Assert.Single(FactTestKit.Read("Tom Ellery, 67, raced from his farmhouse."), f => f.Value.Kind == ValueKind.Age);

        Assert.Equal(set.Measure, apposed.Measure);
    }

    [Fact]
    public void A_superlative_does_not_hide_the_name_an_age_qualifies()
    {
        var named = Assert.Single(FactTestKit.Read("The home's oldest resident, 101-year-old Edna Farrow, said she would miss the garden."), f => f.Value.Kind == ValueKind.Age);
        var set = Assert.Single(FactTestKit.Read("Edna Farrow, 103, said she would miss the garden."), f => f.Value.Kind == ValueKind.Age);

        Assert.Equal(set.Measure, named.Measure);
    }
}
