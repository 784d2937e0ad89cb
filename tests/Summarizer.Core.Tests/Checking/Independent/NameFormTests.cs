using Summarizer.Checking;
using Summarizer.Documents;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A name written without its diacritics is the same name, for every precomposed Latin letter a news source may use,
/// not only the commonest: "Vlădescu" is "Vladescu", "Ionuț" is "Ionut". A different name is still rejected. Every
/// sentence is invented.
/// </summary>
public class NameFormTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, string source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [new CleanedArticle(1, "test-1", null, ArticleMetadata.Empty, source, 0, CleaningReport.Empty)]).Select(u => u.Token)];

    [Theory]
    [InlineData("Water minister Ionuț Vlădescu said the dams along the river had held overnight.", "Minister Ionut Vladescu said the dams along the river had held overnight.")]
    [InlineData("The harbour master, Gintarė Ŝaŭlytė, closed the port to small boats on Friday.", "Harbour master Gintare Saulyte closed the port to small boats on Friday.")]
    [InlineData("Coach Łukasz Ħabeŗ named an unchanged side for the final.", "Coach Lukasz Haber named an unchanged side for the final.")]
    public void A_name_without_its_diacritics_is_the_same_name(string source, string claim) =>
        Assert.Empty(Found(claim, source));

    [Theory]
    [InlineData("Water minister Ionuț Vlădescu said the dams along the river had held overnight.", "Minister Ionut Vladeanu said the dams along the river had held overnight.")]
    [InlineData("The harbour master, Gintarė Ŝaŭlytė, closed the port to small boats on Friday.", "Harbour master Gintare Saulis closed the port to small boats on Friday.")]
    public void A_different_name_is_still_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, source));
}
