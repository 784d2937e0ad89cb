using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "a win over Kelby" names the side beaten and "in Division Three of the Marlow and District League" names a body, not
/// where anything happened; a place after "over" or a site's name is still read. Every sentence is invented.
/// </summary>
public sealed class OpponentsAndBodiesAreNoPlacesTests
{
    [Theory]
    [InlineData("Brenton sealed the title with a 3-1 victory over Kelby on Saturday.")]
    [InlineData("The captain said the win over Ashford Rovers was the best of her career.")]
    [InlineData("Marta Quell won the county final on Sunday, seeing off Anneli Brask by four frames to two.")]
    [InlineData("The holders held off Dunmore Rovers to keep the cup.")]
    [InlineData("The club now plays in Division Three after a poor season.")]
    [InlineData("The side joined the Marlow and District Football League in the summer.")]
    [InlineData("Her complaint was upheld in the Tansley Borough Council inquiry last week.")]
    public void An_opponent_or_a_body_is_no_place(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place);

    [Theory]
    [InlineData("The helicopter circled over Port Anselm for an hour.", "over Port Anselm")]
    [InlineData("The match was played at Kelby Park on Saturday.", "at Kelby Park")]
    [InlineData("The trawler sank off Lundy on Tuesday night.", "off Lundy")]
    [InlineData("Divers held the search off Carrick Point until dawn.", "off Carrick Point")]
    [InlineData("Two men were hurt in a crash at the Fox and Hounds car park in Marlow.", "at the Fox and Hounds car park")]
    public void A_place_after_over_or_a_named_site_is_still_read(string sentence, string place) =>
        Assert.Contains(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Text.StartsWith(place, StringComparison.Ordinal));
}
