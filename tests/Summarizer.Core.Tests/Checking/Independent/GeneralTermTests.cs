using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A general word a summary puts for the specific one its source names ("the weapon" for a rifle, "the boat" for a
/// narrowboat, "the vehicle" for a van) is what the source says; a specific word is never read from another specific
/// word of its kind, nor from the general word. Every sentence is invented.
/// </summary>
public class GeneralTermTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData("The man fired two shots from a rifle before he was arrested.", "His weapon was a rifle.")]
    [InlineData("A narrowboat sank at its mooring on the canal overnight.", "The boat sank.")]
    [InlineData("A van overturned on the bypass at rush hour.", "The vehicle overturned.")]
    public void A_general_word_for_what_the_source_names_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, source));

    [Theory]
    [InlineData("The man fired two shots from a rifle before he was arrested.", "His weapon was a shotgun.")]
    [InlineData("The weapon was found in a hedge on Mill Road.", "A pistol was found.")]
    [InlineData("The vehicle overturned on the bypass at rush hour.", "The van overturned.")]
    public void A_specific_word_the_source_does_not_name_is_rejected(string source, string claim) =>
        Assert.Equal(["[1]"], Found(claim, source));
}
