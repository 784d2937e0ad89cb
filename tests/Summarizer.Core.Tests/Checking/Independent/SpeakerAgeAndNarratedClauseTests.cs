using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Two readings of "X said A, and B" (every sentence invented): an age set off by commas after the speaker's name ("Ivo
/// Brandt, 61, said ...") is no gap between speaker and verb, so the noun after the verb is not read as an inverted
/// speaker; and the clause after the joint is the summary's own statement where the source's sentence gives it without
/// a speaker, with a passive speech verb ("no damage has been reported"), by someone the clause itself names ("the
/// council says it has agreed ..." for "the council has agreed ..."), or with its own speaker, checked as such.
/// </summary>
public class SpeakerAgeAndNarratedClauseTests
{
    [Theory]
    [InlineData("Ivo Brandt, 61, said the harbour was packed by noon.", "Ivo Brandt, 61, runs the boatyard on the east quay. Harbour master Jo Keel said the harbour was packed by noon.")]
    [InlineData("Alma Riis, 44, said the ward had run out of blankets.", "Alma Riis, 44, has worked at the hospital for twenty years. Ward sister Pia Lund said the ward had run out of blankets.")]
    [InlineData("Rosa Lent, 52, said the cave was flooded by noon.", "Rosa Lent, 52, has led tours for a decade. Fellow guide Tom Bray said the cave was flooded by noon.")]
    public void A_speaker_with_an_age_must_be_the_one_who_speaks(string claim, string source) =>
        Assert.Equal(["[1]"], Unsupported(claim, source));

    [Theory]
    [InlineData("Ivo Brandt, 61, said the harbour was packed by noon, and a queue of cars stretched back to the bypass.", "Ivo Brandt, 61, runs the boatyard. He said the harbour was packed by noon. By early afternoon a queue of cars stretched back to the bypass.")]
    [InlineData("Nurse Alma Riis, 44, said the ward had run out of blankets, and the heating failed twice in January.", "Nurse Alma Riis, 44, said the ward had run out of blankets. The heating failed twice in January, leaving patients cold.")]
    [InlineData("Farmer Owen Tate, 70, said the flood plain was under water, and forty sheep were moved to higher ground.", "Farmer Owen Tate, 70, said the flood plain was under water. Forty sheep were moved to higher ground on Sunday.")]
    public void A_speaker_with_an_age_opens_a_compound_claim(string claim, string source) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Depot manager Rhea Voss said the trains were back in service, and no damage has been reported.", "Depot manager Rhea Voss said the trains were back in service. No damage has been reported at the depot.")]
    [InlineData("Head teacher Milo Grant said lessons would go ahead, and no injuries were reported.", "Head teacher Milo Grant said lessons would go ahead. No injuries were reported after the roof gave way.")]
    [InlineData("Ranger Tova Lind said the path was closed, and a second landslip was reported overnight.", "Ranger Tova Lind said the path was closed. A second landslip was reported overnight near the cliff top.")]
    public void A_passive_report_is_no_speaker(string claim, string source) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Tenant Leo Marsh said the damp had ruined his furniture, and the council has agreed to pay for repairs.", "Tenant Leo Marsh said the damp had ruined his furniture. Residents have complained for months, and the council says it has agreed to pay for repairs.")]
    [InlineData("Coach Dana Reyes said the players were exhausted, and the club has decided to cancel the tour.", "Coach Dana Reyes said the players were exhausted. The club said it had decided to cancel the tour.")]
    [InlineData("Shopkeeper Ben Orme said trade had halved, and the bakery will close three branches.", "Shopkeeper Ben Orme said trade had halved. The bakery announced it will close three branches in the spring.")]
    public void A_clause_about_its_own_speaker_is_the_speakers_statement(string claim, string source) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Tenant Leo Marsh said the damp had ruined his furniture, and the council has agreed to pay for repairs.", "Tenant Leo Marsh said the damp had ruined his furniture. The weather was mild on Monday. The council has agreed to pay for repairs, the residents' association says.")]
    [InlineData("Coach Dana Reyes said the players were exhausted, and the club has decided to cancel the tour.", "Coach Dana Reyes said the players were exhausted. The weather was mild on Monday. The club has decided to cancel the tour, the team captain said.")]
    public void A_clause_another_speaker_gives_is_still_rejected(string claim, string source) =>
        Assert.Equal(["[1]"], Unsupported(claim, source));

    [Theory]
    [InlineData("Driver Jan Holt said the road was blocked, and the operator said services would resume on Friday.", "Driver Jan Holt said the road was blocked. The operator, which runs the route, said services would resume on Friday.")]
    [InlineData("Resident Amy Cole said the water was brown, while the water company says it is too early to name a cause.", "Resident Amy Cole said the water was brown. Westmere Water Company says it is too early to name a cause.")]
    [InlineData("Angler Sid Park said fish were floating in the shallows, and the agency said samples had been taken.", "Angler Sid Park said fish were floating in the shallows. The agency, which polices rivers, said samples had been taken.")]
    public void A_clause_with_its_own_speaker_is_checked_with_that_speaker(string claim, string source) =>
        Assert.Empty(Unsupported(claim, source));

    [Fact]
    public void A_clause_with_its_own_speaker_needs_that_speaker() =>
        Assert.Equal(["[1]"], Unsupported(
            "Driver Jan Holt said the road was blocked, and the operator said services would resume on Friday.",
            "Driver Jan Holt said the road was blocked. The weather was mild on Monday. A passenger, Kim Doyle, said services would resume on Friday."));
}
