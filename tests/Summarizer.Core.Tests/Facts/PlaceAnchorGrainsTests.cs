using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Places whose anchors (what each is told of) tie them to one thing, paired though the grain words leave them apart
/// (invented stories): two bare names, neither of which says it is finer than the other, and two places whose head is
/// the same kind of place ("the car park of X Centre" and "Y Park").
/// </summary>
public sealed class PlaceAnchorGrainsTests
{
    [Theory]
    [InlineData(
        "The trawler was boarded off Tarnish on Friday.",
        "The skipper admitted three offences in court yesterday. The trawler was stopped near Callow with undersized nets.")]
    [InlineData(
        "The cargo was seized at Brackmouth early on Sunday.",
        "The importer was charged last night. The cargo was impounded at Fenholt after a tip-off.")]
    [InlineData(
        "The lynx was cornered near Orrin late on Tuesday.",
        "The wildlife park apologised to neighbours. The lynx was recaptured at Hedda by a farmer.")]
    public void Two_bare_names_told_of_one_thing_are_one_slot(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(first, second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Theory]
    [InlineData(
        "Spectators gathered in the car park of Wexley Sports Centre before dawn.",
        "The brickworks chimney came down at noon. Thousands of spectators watched at Ormond Park.")]
    [InlineData(
        "Food stalls were set out in the upper car park of Denby Town Hall on Saturday.",
        "The charity fair raised more than expected. Stalls at Cromer Park sold out by mid-afternoon.")]
    [InlineData(
        "Medics put up a tent in the main car park of Harling Leisure Centre.",
        "The blaze destroyed the pavilion. A triage tent at Mortimer Park treated eleven people.")]
    public void Places_of_one_kind_of_place_are_one_grain(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(first, second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }
}
