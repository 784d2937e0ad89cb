using Summarizer.Chunking;
using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A site named by the place it serves and a lowercase word of its kind before a noun like "course" or "ground"
/// ("Fellhurst golf course", "the Ashby cricket ground"), or capitalised as part of its name ("Ottringham Cricket Ground",
/// "Ellastone Showground"), is a named site, not the bare town its name would be alone.
/// </summary>
public sealed class PlaceKindNounsTests
{
    [Theory]
    [InlineData("Keepers caught most of the runaways at Fellhurst golf course yesterday.", "course")]
    [InlineData("The fans gathered at the Ashby cricket ground on Saturday.", "ground")]
    [InlineData("The helicopter landed at the Kelby playing fields before noon.", "fields")]
    // Written with capitals the kind word is part of the site's own name, and the noun still finishes it.
    [InlineData("The gala was rained off at Ottringham Cricket Ground on Sunday.", "ground")]
    [InlineData("Volunteers cleared litter at Pardlow Playing Fields last weekend.", "fields")]
    [InlineData("A fox was spotted at Vessington Golf Course at dawn.", "course")]
    // A kind word written into the noun ("Showground", "Racecourse") names the site's kind as the two words do, and "on"
    // reads such a name as it reads one ending in a place noun.
    [InlineData("The vintage tractor rally was held on Ellastone Showground this year.", "showground")]
    [InlineData("The jockey fell at Haddicombe Racecourse before the first race.", "racecourse")]
    public void A_name_with_a_kind_word_and_a_site_noun_is_a_named_site(string sentence, string head)
    {
        var place = OnePlace(sentence);

        Assert.Equal(head, place.Value.PlaceHead);
        Assert.Equal("named site", PlaceWords.Grain(place.Value));
    }

    // Guard: a single name word before the capitalised noun is no kind word ("at Brumstead Ground" stays the bare name).
    [Fact]
    public void A_capitalised_noun_after_one_name_word_leaves_the_bare_name()
    {
        var place = OnePlace("The barge sank at Brumstead Ground on Friday morning.");

        Assert.Equal("", place.Value.PlaceHead);
        Assert.Null(PlaceWords.Grain(place.Value));
    }

    // Guards: without a kind word before it the noun is no part of the place ("of course", "the Kelby course").
    [Theory]
    [InlineData("The barge sank at Kelby, of course, on Friday morning.")]
    [InlineData("The barge sank at Kelby course on Friday morning.")]
    public void The_noun_alone_after_a_name_leaves_the_bare_name(string sentence)
    {
        var place = OnePlace(sentence);

        Assert.Equal("", place.Value.PlaceHead);
        Assert.Equal(NameKey.Of("Kelby"), place.Value.Name);
        Assert.Null(PlaceWords.Grain(place.Value));
    }

    // "at Fellhurst golf course" is a site, no town that would hold the allotments: the two stay rival versions of where
    // the birds were caught, and are not set apart as a town against a finer site (PlaceSides).
    [Fact]
    public void A_golf_course_against_allotments_stays_a_rival_pair()
    {
        var allotments = Place(1, 0, "Most of the birds were found on the Tanner's Field allotments.");
        var course = Place(5, 0, "Keepers caught most of the runaways at Fellhurst golf course yesterday.");
        List<Fact> members = [allotments, course];

        Assert.Same(members, Assert.Single(PlaceSides.Apart(members, [[allotments], [course]])));
    }

    private static Fact Place(int source, int index, string sentence) =>
        Assert.Single(FactExtractor.FromSentence(source, index, new TextSegment(sentence, 0, sentence.Length), null), f => f.Value.Kind == ValueKind.Place);
}
