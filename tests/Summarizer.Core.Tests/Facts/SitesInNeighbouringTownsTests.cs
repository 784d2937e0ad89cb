using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A site placed in a "neighbouring" or "nearby" town is read as a site placed by that town, as a bare "in neighbouring
/// Harlow" is read as the town (invented sentences).
/// </summary>
public sealed class SitesInNeighbouringTownsTests
{
    [Theory]
    [InlineData("He bought the ticket at a corner shop in neighbouring Dalby.", "shop", "Dalby")]
    [InlineData("The sample was taken at a training camp in nearby Velden.", "camp", "Velden")]
    [InlineData("The stolen van was found at a scrapyard in neighbouring Hurst Green.", "scrapyard", "Hurst Green")]
    public void A_site_in_a_neighbouring_town_is_a_site_placed_by_that_town(string sentence, string site, string town)
    {
        var place = OnePlace(sentence);

        Assert.Equal((site, NameKey.Of(town)), (place.Value.PlaceSite, place.Value.Name));
    }
}
