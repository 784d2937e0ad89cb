using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A body written out with "and" or "of" in its name ("the Office of Rail Safety", "the Food and Hygiene Board") is
/// the acronym a source writes ("the ORS"), and back, also where the name opens the source's sentence after "The".
/// Another body's initials are still not found. Every sentence is invented.
/// </summary>
public class SpelledOutAcronymTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Fact]
    public void A_name_written_out_is_the_acronym_the_source_writes() =>
        Assert.Empty(Found("The Food and Hygiene Board inspected the bakery.", "The FHB inspected the bakery on Tuesday."));

    [Fact]
    public void An_acronym_is_the_name_a_source_writes_out_at_the_start_of_a_sentence() =>
        Assert.Empty(Found("The FHB inspected the bakery.", "The Food and Hygiene Board inspected the bakery on Tuesday."));

    [Fact]
    public void Another_bodys_initials_are_not_found() =>
        Assert.NotEmpty(Found("The Food and Hygiene Board inspected the bakery.", "The FSA inspected the bakery on Tuesday."));
}
