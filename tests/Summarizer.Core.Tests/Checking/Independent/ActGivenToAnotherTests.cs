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
    private const string Orchid =
        "A lizard orchid has flowered on the verge of the Hallow bypass, the first in the county for a century.\n\n"
        + "The orchid was identified on Tuesday by a retired botanist, Lin Osei, who photographed its twisted petals.\n\n"
        + "Mowing crews have since fenced off the verge.";

    private const string LateOrchid =
        "A lizard orchid has flowered on the verge of the Hallow bypass, the first in the county for a century.\n\n"
        + "The orchid was identified by Wednesday, a day after the rain.\n\n"
        + "Mower driver Ravi Mends, who saw the flower first, said the verge was cut late this year.";

    [Fact]
    public void A_side_the_passive_agent_sentence_never_names_is_caught() =>
        Assert.NotEmpty(Side("Who identified the orchid", "A mower driver on the verge.", Orchid));

    [Fact]
    public void The_agent_the_side_names_holds() =>
        Assert.Empty(Side("Who identified the orchid", "Botanist Lin Osei.", Orchid));

    [Fact]
    public void The_agent_named_by_the_side_opening_noun_holds() =>
        Assert.Empty(Side("Who identified the orchid", "The retired botanist, on Tuesday.", Orchid));

    [Fact]
    public void A_by_that_gives_a_time_is_no_agent() =>
        Assert.Empty(Side("Who identified the orchid", "Mower driver Ravi Mends.", LateOrchid));

    [Fact]
    public void A_side_that_is_not_a_lone_model_claim_is_judged_as_before() =>
        Assert.Empty(Side("Who identified the orchid", "A mower driver on the verge.", Orchid, lone: false));
}
