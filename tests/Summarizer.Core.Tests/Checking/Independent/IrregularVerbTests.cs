using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary puts a source's verb in another tense: "swam" where the source writes "has swum", "taught" for
/// "teaches". The common irregular verbs of English are one word in every form to the checker, and a verb the source
/// does not use is still not found. Every sentence is invented.
/// </summary>
public class IrregularVerbTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("She swam the estuary.", "The grandmother has now swum the estuary, her coach said.")]
    [InlineData("He has swum the estuary.", "The pensioner swam the estuary on Sunday.")]
    [InlineData("She fed the otters.", "Each morning she feeds the otters at the sanctuary.")]
    [InlineData("They rebuilt the footbridge.", "They will rebuild the footbridge this summer, the parish said.")]
    [InlineData("It upheld the ban.", "The appeal court voted to uphold the ban.")]
    public void A_past_form_of_an_irregular_verb_is_the_source_s_verb(string claim, string source) =>
        Assert.Empty(Found(claim, source));

    [Fact]
    public void A_verb_the_source_does_not_use_is_still_not_found() =>
        Assert.NotEmpty(Found("She swam the estuary.", "The grandmother has now rowed the estuary, her coach said."));
}
