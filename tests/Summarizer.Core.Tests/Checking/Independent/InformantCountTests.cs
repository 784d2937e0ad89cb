using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A count of who told the outlet ("two guards who spoke to the Courier", "according to three residents") is no count
/// of what happened: it states only a count of informants. Every sentence is invented.
/// </summary>
public class InformantCountTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<(string Token, int Source)> Found(string claim, int[] cited, params string[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, cited), [.. sources.Select((text, i) => Article(i + 1, text))]).Select(u => (u.Token, u.Sources[0]))];

    [Theory]
    [InlineData("Two guards who spoke to the Courier said the fire began in a laundry room.")]
    [InlineData("The fire began in a laundry room, according to two guards.")]
    [InlineData("Two guards speaking to reporters said the fire began in a laundry room.")]
    public void A_count_of_informants_does_not_state_a_count_of_what_happened(string informants) =>
        // The other outlet's sentence with the same count must not lend the informants' source its words either.
        Assert.Equal([("Two", 2)], Found("Two guards were treated in hospital.", [1, 2], "Two guards were treated in hospital for burns after the fire.", informants));

    [Theory]
    [InlineData("Two guards who spoke to the Courier said the fire began in a laundry room.", "Two guards told the Courier the fire began in a laundry room.")]
    [InlineData("The fire began in a laundry room, according to two guards.", "According to two guards, the fire began in a laundry room.")]
    public void A_count_of_informants_states_the_same_count_of_informants(string source, string claim) =>
        Assert.Empty(Found(claim, [1], source));

    [Theory]
    [InlineData("The fire began in a laundry room, according to two guards.", "According to three guards, the fire began in a laundry room.", "three")]
    [InlineData("Two guards told inmates to return to their cells.", "Three guards told inmates to return to their cells.", "Three")]
    public void A_wrong_count_is_still_caught(string source, string claim, string token) =>
        Assert.Equal([(token, 1)], Found(claim, [1], source));

    [Fact]
    public void A_count_before_a_comma_and_the_speaker_who_told_the_outlet_counts_what_it_names() =>
        Assert.Empty(Found("Files on about 450,000 patients were stolen.", [1], "The hackers stole files on about 450,000 patients, the group told the Courier."));

    [Fact]
    public void An_age_after_the_name_of_someone_who_told_the_outlet_is_still_their_age() =>
        Assert.Empty(Found("Jane Doyle, 34, found a shard of glass in the jar.", [1], "Jane Doyle, 34, told the Courier she found a shard of glass in the jar."));
}
