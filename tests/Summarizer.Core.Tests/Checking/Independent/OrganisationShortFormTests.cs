using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// An organisation's full name ("Pellham Grant Advisory") cited to an outlet that writes only its two leading words
/// ("Pellham Grant") is found there when another source of the story writes the full name; a word the story never adds
/// to the name is still missing. Every sentence is invented.
/// </summary>
public class OrganisationShortFormTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static readonly CleanedArticle Full = Article(1,
        "Administrators from Pellham Grant Advisory were appointed on Monday. "
        + "The tug Corvell Marine Salvage sent out reached the trawler at dawn. "
        + "Passengers were moved onto coaches run by Tessaly Bus Company.");

    private static readonly CleanedArticle Short = Article(2,
        "Pellham Grant was appointed to run the bakery chain on Monday. "
        + "A tug sent by Corvell Marine reached the stricken trawler at dawn. "
        + "Stranded passengers were moved onto coaches laid on by Tessaly Bus.");

    private static List<string> Unsupported(string claim) =>
        [.. Checker.CheckClaim(new Claim(claim, [2]), [Full, Short]).Select(u => u.Token)];

    [Theory]
    [InlineData("Pellham Grant Advisory was appointed to run the bakery chain.")]
    [InlineData("A tug sent by Corvell Marine Salvage reached the trawler at dawn.")]
    [InlineData("Stranded passengers were moved onto coaches laid on by Tessaly Bus Company.")]
    public void A_full_name_is_found_where_the_outlet_writes_its_short_form(string claim) =>
        Assert.Empty(Unsupported(claim));

    [Theory]
    [InlineData("Pellham Grant Partners was appointed to run the bakery chain.")]
    [InlineData("A tug sent by Corvell Marine Rescue reached the trawler at dawn.")]
    public void A_word_the_story_never_adds_to_the_name_is_missing(string claim) =>
        Assert.NotEmpty(Unsupported(claim));
}
