using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A merged claim over several outlets must hold in each of them by its act and participants; the circumstances of place
/// or time ("on board", "in the yard") are the outlet's own wording where another cited source says the whole claim.
/// A participant the outlet lacks (the thing acted on, the agent), a name, and a claim cited to that outlet alone are
/// judged as ever. Every sentence is invented.
/// </summary>
public class CircumstanceTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Hurt = "Nobody aboard the small fishing boat was hurt.";
    private const string HurtSaid = "Nobody aboard the small fishing boat was hurt when it ran aground off Mellick.";
    private const string HurtReworded = "The boat ran aground but nobody was hurt among its crew of nine.";

    private const string Stored = "The stolen church bells were stored in a disused barn near the old quarry.";
    private const string StoredSaid = "The stolen church bells were stored in a disused barn near the old quarry outside Tarrow, police said.";
    private const string StoredReworded = "Police said the stolen church bells had been stored on farmland.";

    // The findings about source 2 when the claim cites the given sources.
    private static List<string> AboutSecond(string claim, int[] cited, string first, string second) =>
        [.. Checker.CheckClaim(new Claim(claim, cited), [Article(1, first), Article(2, second)]).Where(u => u.Sources.Contains(2)).Select(u => u.Token)];

    [Theory]
    [InlineData(Hurt, HurtSaid, HurtReworded)]
    [InlineData(Stored, StoredSaid, StoredReworded)]
    public void A_place_another_cited_source_gives_is_not_wanted_of_the_outlet_that_words_it_otherwise(string claim, string said, string reworded) =>
        Assert.Empty(AboutSecond(claim, [1, 2], said, reworded));

    [Theory]
    [InlineData(Hurt, HurtSaid, HurtReworded)]
    [InlineData(Stored, StoredSaid, StoredReworded)]
    public void Cited_alone_the_outlet_is_still_short_of_the_claim(string claim, string said, string reworded) =>
        Assert.NotEmpty(AboutSecond(claim, [2], said, reworded));

    [Fact]
    public void The_thing_acted_on_is_a_participant_and_still_wanted() =>
        Assert.NotEmpty(AboutSecond(
            Stored, [1, 2],
            StoredSaid,
            "Police said stolen tools had been stored on farmland."));

    [Fact]
    public void An_agent_is_a_participant_and_still_wanted() =>
        Assert.NotEmpty(AboutSecond(
            "The line was cut off by the regional network operator in the morning.", [1, 2],
            "The line was cut off by the regional network operator in the morning, residents said.",
            "The line was cut in the morning after a storm."));

    // Reported speech is what the speaker said, circumstances and all: another outlet giving the words does not make
    // this one's vaguer words hers.
    [Fact]
    public void A_place_in_reported_words_is_still_wanted() =>
        Assert.NotEmpty(AboutSecond(
            "Dr Ana Pell said the volunteers would gather in the old chapel near the harbour.", [1, 2],
            "Dr Ana Pell said the volunteers would gather in the old chapel near the harbour on Friday.",
            "Dr Ana Pell thanked the town. She said the volunteers would gather somewhere in Tarrow."));
}
