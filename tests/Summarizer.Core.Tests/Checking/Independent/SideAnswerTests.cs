using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A disagreement side is checked as its source's answer to the topic: one sentence gives the side whole, names and all,
/// and the sentence most about the topic gives no other value of the side's kind. A source giving the other version is
/// caught though it writes the side's words elsewhere; the side it does give, and a topic sentence that gives the side's
/// figure beside another, still hold. Every sentence is invented.
/// </summary>
public class SideAnswerTests
{
    private static readonly ISideChecker Checker = (ISideChecker)GroundingChecker.Create();

    private const string Branches =
        "Hestia Foods told investors on Monday it may sell or close up to 120 branches where the two chains overlap.\n\n"
        + "Both brand names will be kept for now, the company said.";

    private const string Flight =
        "A cyclist from Harrowby was badly hurt in a crash on the coast road on Saturday.\n\n"
        + "He was flown to Kellan Hospital in Dunmore, where he is said to be stable.";

    private const string Toll =
        "The death toll from the landslide rose to 12 overnight, up from nine on Tuesday, officials said.";

    [Fact]
    public void A_bound_the_topic_sentence_gives_otherwise_is_caught() =>
        Assert.NotEmpty(Side("Branches Hestia may close", "Up to 160 branches.", Branches));

    [Fact]
    public void The_bound_the_topic_sentence_gives_holds() =>
        Assert.Empty(Side("Branches Hestia may close", "Up to 120 branches.", Branches));

    [Fact]
    public void A_place_the_source_writes_only_in_another_sentence_is_caught() =>
        Assert.NotEmpty(Side("Hospital the cyclist was flown to", "Kellan Hospital in Harrowby.", Flight));

    [Fact]
    public void The_place_the_answering_sentence_gives_holds() =>
        Assert.Empty(Side("Hospital the cyclist was flown to", "Kellan Hospital in Dunmore.", Flight));

    [Fact]
    public void A_topic_sentence_giving_the_side_beside_an_earlier_value_holds() =>
        Assert.Empty(Side("Death toll", "12 people have died.", Toll));

    [Fact]
    public void The_earlier_value_is_still_caught_when_the_sentence_gives_a_newer_one_for_the_topic() =>
        Assert.NotEmpty(Side("Death toll", "15 people have died.", Toll));

    private static List<string> Side(string topic, string side, string source) =>
        [.. Checker.CheckSide(topic, new Claim(side, [1]), [Article(1, source)]).Select(u => u.Token)];
}
