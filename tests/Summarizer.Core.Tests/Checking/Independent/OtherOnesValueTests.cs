using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A number set off by commas after a name is that one's age: a model's side citing one source alone for the age of a
/// person the topic names is caught where the source writes its figure only after another name, and holds where it
/// writes it after the topic's person. Every sentence is invented.
/// </summary>
public class OtherOnesValueTests
{
    private const string Race =
        "Hollin Vale won the ladies' race by two lengths on Saturday.\n\n"
        + "Stroke Maren Quist, 26, said the crew had trained through the winter.\n\n"
        + "Their cox, Ada Brennock, was making her debut.";

    [Fact]
    public void Another_persons_age_is_caught() =>
        Assert.NotEmpty(Side("The age of cox Ada Brennock", "26.", Race));

    [Fact]
    public void The_topic_persons_own_age_holds() =>
        Assert.Empty(Side("The age of stroke Maren Quist", "26.", Race));

    [Fact]
    public void A_side_naming_whose_age_it_gives_holds() =>
        Assert.Empty(Side("Crew member in the stroke seat", "Maren Quist, 26.", Race));

    [Fact]
    public void A_side_that_is_not_a_lone_model_claim_is_judged_as_before() =>
        Assert.Empty(Side("The age of cox Ada Brennock", "26.", Race, lone: false));
}
