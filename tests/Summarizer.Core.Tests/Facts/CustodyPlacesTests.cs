using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Where the police questioned or held people ("were being questioned at Harnby police station", "is in custody at") is
/// the place of a later step of the story, after an arrest: the slot of "taken to", never where the raid or theft they
/// were arrested for happened, though the clause around it names that act (invented sentences).
/// </summary>
public sealed class CustodyPlacesTests
{
    [Theory]
    [InlineData("Two men were arrested in connection with the raid and were being questioned at Harnby police station.", "at Harnby police station")]
    [InlineData("A 41-year-old woman is being questioned by detectives at Tolwick police station.", "at Tolwick police station")]
    [InlineData("The driver remained in custody at Corsby police station on Sunday night.", "at Corsby police station")]
    [InlineData("He was later held in custody in Marlow Grange overnight.", "in Marlow Grange")]
    public void A_place_people_were_questioned_or_held_at_is_where_they_were_taken(string sentence, string place)
    {
        var read = OnePlace(sentence);

        Assert.Equal((place, EventFrames.TakenTo), (read.Text, read.Frame));
    }

    [Theory]
    [InlineData("The cash van was robbed on Cooper's Row shortly after 9am.")]
    [InlineData("A public meeting will be held at Corsby Village Hall on Thursday.")]
    [InlineData("The decision was questioned at a meeting of Tolwick council.")]
    [InlineData("Officers questioned witnesses and searched a garage in Harnby.")]
    public void A_place_of_no_custody_keeps_its_own_frame(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Place && f.Frame == EventFrames.TakenTo);

    [Fact]
    public void A_police_station_is_no_rival_of_where_the_raid_happened()
    {
        var found = Disagreements(
            "Robbers held up a cash van on Cooper's Row in Harnby on Tuesday morning, escaping with about £40,000.",
            "A cash van was raided on Cooper's Row in Harnby on Tuesday. Guards were threatened with an axe.",
            "Thieves took £40,000 from a security van in Harnby. Last night two men had been arrested in connection with the raid and were being questioned at Harnby police station.");

        Assert.DoesNotContain(found, d => d.Topic.StartsWith("where", StringComparison.Ordinal));
    }

    [Fact]
    public void A_police_station_is_no_rival_of_the_hospital_the_hurt_were_taken_to()
    {
        var groups = PlaceConflicts(
            "A guard was hurt in the raid on Cooper's Row. Paramedics took the injured guard to Tolworth General Hospital.",
            "A guard was hurt in the raid on Cooper's Row. Two men arrested after the raid were being questioned at Harnby police station.");

        Assert.Empty(groups);
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
