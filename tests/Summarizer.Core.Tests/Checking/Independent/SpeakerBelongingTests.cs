using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "Sergeant Ann Rhys of the rural crime team urged ...": a name followed by the of-phrase saying where its bearer
/// belongs is the speaker, so the claim is held to the words reported, not made up by the speaker's name; a source
/// that has the speaker urging something else does not say it. Every sentence is invented.
/// </summary>
public class SpeakerBelongingTests
{
    private const string Source = "Sergeant Ann Rhys, of the county's rural crime team, urged drivers to lock their vans at night and to fit trackers. "
        + "Dr Owen Tate of Kellport University said the river had risen faster than in any winter on record. "
        + "Inspector Carl Biddle said the coast road would reopen on Monday.";

    [Theory]
    [InlineData("Sergeant Ann Rhys of the rural crime team urged drivers to lock their vans at night.")]
    [InlineData("Dr Owen Tate of Kellport University said the river rose faster than in any winter on record.")]
    [InlineData("Inspector Carl Biddle of the county police said the coast road would reopen on Monday.")]
    public void The_speaker_with_where_they_belong_is_found_with_their_words(string claim) =>
        Assert.Empty(Unsupported(claim, Source));

    [Theory]
    [InlineData("Sergeant Ann Rhys of the county's rural crime team urged drivers to hand in stolen ewes at markets.")]
    [InlineData("Dr Owen Tate of Kellport University said the river would flood the lower town.")]
    public void Words_the_speaker_did_not_say_are_not_made_up_by_their_name(string claim) =>
        Assert.NotEmpty(Unsupported(claim, Source));
}
