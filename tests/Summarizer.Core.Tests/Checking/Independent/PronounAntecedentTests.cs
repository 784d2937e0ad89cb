using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A quote tagged "he said" is the words of the nearest person named before it: when the passage itself names someone
/// ("It was caretaker Len Hale who ..."), the man the sentence before it names did not say them. A passage that tells of
/// the same person through its pronouns ("His final service ... after which he and his wife, Nia, ...") still carries
/// on from the sentence naming him. Every sentence is invented.
/// </summary>
public class PronounAntecedentTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Farm = "Rhodri Evans checked his flock at dawn on Sunday.\n\n"
        + "It was walker Mair Lloyd, who lives on the next farm, who saw a van with no lights on the hill road. \"The van had no lights at all, and that is what made me stop,\" she said.";

    private const string Quarry = "Rhodri Evans checked his flock at dawn on Sunday.\n\n"
        + "It was shepherd Dai Lloyd, who works on the next farm, who saw a van with no lights on the hill road. \"The van had no lights at all, and that is what made me stop,\" he said.";

    private const string School = "Councillor Jo Marsh opened the school governors' meeting at 7pm.\n\n"
        + "It was caretaker Len Hale who found the fire door wedged open on Friday. \"Anyone could have walked straight in,\" he said.";

    private const string Parish = "Canon Idris Morgan, 68, has led the parish of Tolworth for twenty years.\n\n"
        + "His final service will be on 3 January, after which he and his wife, Nia, will move to Aberfal. In a letter to the parish, he wrote: \"I go with a glad heart.\"";

    private static List<string> Found(string source, string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData(Farm, "Rhodri Evans said: \"The van had no lights at all, and that is what made me stop.\"")]
    [InlineData(School, "Jo Marsh said: \"Anyone could have walked straight in.\"")]
    [InlineData(Quarry, "Rhodri Evans said: \"The van had no lights at all, and that is what made me stop.\"")]
    public void A_quote_is_not_given_to_the_person_named_before_the_one_who_said_it(string source, string claim) =>
        Assert.NotEmpty(Found(source, claim));

    [Theory]
    [InlineData(Farm, "Mair Lloyd said: \"The van had no lights at all, and that is what made me stop.\"")]
    [InlineData(School, "Len Hale said: \"Anyone could have walked straight in.\"")]
    [InlineData(Parish, "Idris Morgan wrote: \"I go with a glad heart.\"")]
    public void The_nearest_person_named_and_one_told_of_by_pronouns_are_found(string source, string claim) =>
        Assert.Empty(Found(source, claim));
}
