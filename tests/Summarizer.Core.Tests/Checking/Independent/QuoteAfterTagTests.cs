using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "X said A. \"Q1,\" she said. \"Q2.\"": a bare quote right after a quote tagged with a pronoun is the same speaker's
/// words going on, so a summary that gives X's A and Q2 together ("X said A, adding: \"Q2.\"") is what the source says.
/// A quote after a tag naming someone else is not X's. Every sentence is invented.
/// </summary>
public class QuoteAfterTagTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("Harbour master Lena Voss said divers had checked every pile of the pier. \"We went over it twice,\" she said. \"It is safe to reopen.\"",
        "Lena Voss said divers had checked every pile of the pier, adding: \"It is safe to reopen.\"")]
    [InlineData("Coach Dan Pryor said the squad had trained through the frost all week. \"We knew the pitch would be heavy,\" he said. \"Nobody missed a session.\"",
        "Dan Pryor said the squad had trained through the frost all week, adding: \"Nobody missed a session.\"")]
    [InlineData("Head teacher Mia Hart said lessons would resume in the main building on Monday. \"Parents have been patient,\" she said. \"The hall stays shut until it is inspected.\"",
        "Mia Hart said lessons would resume in the main building on Monday, but \"the hall stays shut until it is inspected\".")]
    public void A_quote_going_on_after_a_pronoun_tag_is_the_named_speakers(string source, string claim) =>
        Assert.Empty(Found(claim, source));

    [Fact]
    public void A_quote_after_a_tag_naming_someone_else_is_not_the_first_speakers() =>
        Assert.Equal(["[1]"], Found(
            "Lena Voss said divers had checked every pile of the pier, adding: \"It is safe to reopen.\"",
            "Harbour master Lena Voss said divers had checked every pile of the pier. \"We went over it twice,\" said diver Tom Reyes. \"It is safe to reopen.\""));
}
