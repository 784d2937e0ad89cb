using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Places the setting finder had read but left out of their slot (invented stories): a place in a relative clause that
/// picks out its noun by the act itself, a receiving site whose name ends in a noun that can also name a part of a place, and a building aligned as
/// more precise than another source's school.
/// </summary>
public sealed class PlaceSlotsOpenedTests
{
    [Theory]
    [InlineData(
        "Inspectors who visited the flat on Alder Street in May found blocked exits.",
        "Officers went into the building on Cobb Lane after a tip-off.")]
    [InlineData(
        "Neighbours who saw the fire start on Elm Row called 999 at once.",
        "The blaze broke out on Fenton Road shortly after midnight.")]
    [InlineData(
        "Passers-by who spotted the smoke on Mill Terrace alerted the owner.",
        "Flames were seen coming from a roof on Quarry Avenue early on Sunday.")]
    public void A_relative_clause_without_a_comma_tells_the_sentence_s_own_place(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(first, second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Theory]
    [InlineData(
        "Residents moved out of their homes were taken to Carver Community Hall.",
        "Those who left spent the night at Ashby Leisure Centre.")]
    [InlineData(
        "About forty pensioners were taken to Kellow Village Hall overnight.",
        "Families slept at Tarn Sports Centre after the flood.")]
    [InlineData(
        "Those evacuated from the riverside estate were taken to Rowan Civic Hall.",
        "Around sixty residents spent the night at Oakley Community Centre.")]
    public void A_site_named_with_centre_receives_people_like_a_hall(string first, string second)
    {
        var group = Assert.Single(PlaceConflicts(first, second));

        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Theory]
    [InlineData(
        "Two pupils were hurt when part of a ceiling collapsed during a lesson at Brookfield Academy in Lower Dene on Monday. Tiles fell onto desks in a classroom in the school's Ashdown Block.",
        "Brookfield Academy reopened today. The collapse on Monday happened in the Ferris Building, the school's newest wing.")]
    [InlineData(
        "Six patients were moved after water poured through a ceiling at Kelby General Hospital in Marston on Friday. The leak began in a ward in the hospital's Linden Wing.",
        "Kelby General Hospital is back to normal. The leak on Friday began in the Carver Block, the hospital's oldest part.")]
    [InlineData(
        "Three students were hurt when plaster fell from a ceiling during a class at Hallam College in Easton on Tuesday. Plaster landed on benches in a laboratory in the college's Tennyson Building.",
        "Hallam College reopened today. The fall on Tuesday happened in the Morley Block, the college's science wing.")]
    public void A_building_aligned_as_finer_than_a_school_still_pairs_with_the_other_source_s_building(string first, string second)
    {
        var groups = PlaceConflicts(first, second);

        Assert.Contains(groups, g => g.Facts.All(f => f.Value.PlaceHead is "block" or "building" or "wing") && Describe(g) == "Disagree: 1 | 2");
    }
}
