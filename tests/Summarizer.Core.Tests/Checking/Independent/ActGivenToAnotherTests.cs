using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A model's side naming who did what the topic asks, cited to one source alone, is another version where that source
/// tells the act in the passive with its agent, about the topic's thing, and that sentence never names the side's person
/// (by name, or by the title or noun the side opens with), though the source speaks of such people elsewhere. An agent
/// the side names, a "by" that gives a time, and a side another source backs are judged as before. Every sentence is
/// invented.
/// </summary>
public class ActGivenToAnotherTests
{
    private const string Leak =
        "Water poured through the ceiling of the east wing of Dunholm Library on Tuesday.\n\n"
        + "The leak was spotted at dawn by a caretaker, Lin Osei, who heard it dripping onto the shelves.\n\n"
        + "Plumbers have since replaced two valves in the basement.";

    private const string LateLeak =
        "Water poured through the ceiling of the east wing of Dunholm Library on Tuesday.\n\n"
        + "The leak was spotted by Wednesday, a day after the storm.\n\n"
        + "Plumber Ravi Mends, who traced the split pipe, said the valves were old.";

    [Fact]
    public void A_side_the_passive_agent_sentence_never_names_is_caught() =>
        Assert.NotEmpty(Side("Who spotted the leak", "A plumber in the basement.", Leak));

    [Fact]
    public void The_agent_the_side_names_holds() =>
        Assert.Empty(Side("Who spotted the leak", "Caretaker Lin Osei.", Leak));

    [Fact]
    public void The_agent_named_by_the_side_opening_noun_holds() =>
        Assert.Empty(Side("Who spotted the leak", "The caretaker, at dawn.", Leak));

    [Fact]
    public void A_by_that_gives_a_time_is_no_agent() =>
        Assert.Empty(Side("Who spotted the leak", "Plumber Ravi Mends.", LateLeak));

    [Fact]
    public void A_side_that_is_not_a_lone_model_claim_is_judged_as_before() =>
        Assert.Empty(Side("Who spotted the leak", "A plumber in the basement.", Leak, lone: false));
}
