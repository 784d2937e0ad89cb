using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// How a summary tells when and from whom a figure came, which no source need write the same way: "by the first count"
/// or "initial estimates" beside a later figure, people the outlet does not name ("two people briefed on the talks say"
/// for "according to two people briefed on the talks"), and a source's "first" written as an adverb ("who reached the
/// dog first") for the claim's "first". Every sentence is invented.
/// </summary>
public class TellingStageTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<(string Token, int Source)> Found(string claim, int[] cited, params string[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, cited), [.. sources.Select((text, i) => Article(i + 1, text))]).Select(u => (u.Token, u.Sources[0]))];

    private const string Storm = "Hailstones the size of marbles battered Ellerby on Tuesday afternoon, smashing about 60 greenhouses on the allotments. "
        + "The parish council said volunteers would help clear the glass at the weekend.";

    [Theory]
    [InlineData("About 60 greenhouses were smashed by the first count.")]
    [InlineData("Initial estimates put the number of greenhouses smashed at about 60.")]
    public void The_stage_of_a_count_is_no_rank_the_source_must_give(string claim) =>
        Assert.Empty(Found(claim, [1], Storm));

    [Fact]
    public void A_wrong_first_count_is_still_caught() =>
        Assert.Equal([("80", 1)], Found("About 80 greenhouses were smashed by the first count.", [1], Storm));

    [Fact]
    public void A_rank_the_source_does_not_give_is_still_caught() =>
        Assert.Contains(("second", 1), Found("Hailstones battered Ellerby for the second time this week.", [1], Storm));

    [Theory]
    [InlineData("Investigators are looking at whether the pump failed, two people briefed on the inquiry say.")]
    [InlineData("Two people familiar with the inquiry said investigators were looking at whether the pump failed.")]
    public void People_the_outlet_does_not_name_are_its_informants(string claim) =>
        Assert.Empty(Found(claim, [1], "Investigators are looking at whether the pump failed, according to two people briefed on the inquiry."));

    [Fact]
    public void Unnamed_informants_do_not_state_a_count_of_what_happened() =>
        Assert.Equal([("Two", 1)], Found("Two people were hurt when the pump failed.", [1],
            "The pump failed on Monday, and nobody was hurt, according to two people briefed on the inquiry."));

    [Fact]
    public void The_claims_first_is_the_word_the_source_writes_as_an_adverb() =>
        Assert.Empty(Found("Warden Ola Brandt reached the dog first and kept it calm until the vet arrived.", [1],
            "Warden Ola Brandt, who reached the dog first, kept it calm until the vet arrived, a neighbour said."));
}
