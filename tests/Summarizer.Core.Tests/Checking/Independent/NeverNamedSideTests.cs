using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A model's side that answers a "Who ..." topic with a title or noun and no name, cited to one source alone, needs that
/// source to write the noun its opening phrase ends on: a source that never does names no such person, though it shares
/// the side's other words. A noun the source writes, a side with a name, and a side another source backs are judged as
/// before. Every sentence is invented.
/// </summary>
public class NeverNamedSideTests
{
    private const string Smoke =
        "Smoke filled the west hall of the Corran Gallery overnight on Saturday.\n\n"
        + "The night shift left the building safely, the gallery said, and curator Ilse Marr thanked the fire crews.";

    private const string Porter =
        "Smoke filled the west hall of the Corran Gallery overnight on Saturday.\n\n"
        + "The gallery's night porter called the fire service and led the night shift out of the building.";

    [Fact]
    public void A_noun_the_lone_source_never_writes_is_caught() =>
        Assert.NotEmpty(Side("Who raised the alarm", "The gallery's night warden.", Smoke));

    [Fact]
    public void A_noun_the_source_writes_holds() =>
        Assert.Empty(Side("Who raised the alarm", "The gallery's night porter.", Porter));

    [Fact]
    public void A_side_with_a_name_is_judged_as_before() =>
        Assert.Empty(Side("Who thanked the crews", "Curator Ilse Marr.", Smoke));

    [Fact]
    public void A_side_that_is_not_a_lone_model_claim_is_judged_as_before() =>
        Assert.Empty(Side("Who raised the alarm", "The gallery's night warden.", Smoke, lone: false));
}
