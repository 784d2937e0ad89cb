using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "Schools across the county have closed" where the source counts the schools: the phrase that spreads the statement
/// over an area is the summary's, not a fact the source must word. Every sentence is invented.
/// </summary>
public class ScopePhraseTests
{
    [Theory]
    [InlineData("Nine libraries have shut because of the cold.", "Libraries across the borough have shut.")]
    [InlineData("Three clinics have closed after the outbreak.", "Clinics across the city have closed.")]
    [InlineData("Twelve farms flooded overnight.", "Farms around the whole valley flooded.")]
    public void A_phrase_spreading_the_claim_over_an_area_is_no_word_to_find(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Nine libraries have reopened after the repairs.", "Libraries across the borough have shut.")]
    [InlineData("Most trains were cancelled on Monday.", "Buses throughout the country were cancelled.")]
    public void The_rest_of_the_claim_is_still_found(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));
}
