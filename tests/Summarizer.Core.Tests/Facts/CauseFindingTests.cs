using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An official finding told after "after" ("closed after mouse droppings were found", "shut after inspectors found
/// corrosion") gives the reason an authority acted: the thing found is a stated cause, never the act itself retold. A
/// person, a count or "no damage" found is no cause, and a finding another outlet's cause explains ("traced the listeria
/// to a drain") is the trouble itself, not a rival version.
/// </summary>
public sealed class CauseFindingTests
{
    [Theory]
    [InlineData("The fish bar was closed by the council after mouse droppings were found in the food store.", "mouse droppings")]
    [InlineData("The footbridge was shut after inspectors found serious corrosion in the steel hangers.", "serious corrosion")]
    [InlineData("Harvesting was halted after norovirus was detected in oyster samples.", "norovirus")]
    [InlineData("Santa trains cancelled after crack found in locomotive", "crack")]
    public void Reads_the_thing_found_as_a_stated_cause(string sentence, string core)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.True(span.Finding);
        Assert.False(span.Weak);
        Assert.StartsWith(core, sentence[words.Tokens[span.CoreFirst ?? span.First].Start..words.Tokens[span.CoreLast ?? span.Last].End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The search was called off after police divers found a man's body in a submerged car.")]
    [InlineData("The road reopened after engineers found no structural damage to the carriageway.")]
    [InlineData("Two more schools were shut after surveyors found further buildings with the same roof design.")]
    [InlineData("The boat was detained after inspectors found 14 tonnes of undeclared fish in its hold.")]
    public void A_person_a_count_or_nothing_found_is_no_finding(string sentence)
    {
        var words = new Words(sentence);

        Assert.DoesNotContain(CauseReader.ReadWeak(words, CauseReader.Read(words)), s => s.Finding);
    }

    [Fact]
    public void A_finding_stands_against_another_outlets_stated_cause()
    {
        var found = CauseFinder.Find(Sources(
            "The harvest was halted after norovirus was detected in oyster samples.",
            "The closure was caused by raised E. coli levels in its samples."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_finding_gives_the_version_a_weak_clause_of_another_outlet_is_weighed_against()
    {
        var found = CauseFinder.Find(Sources(
            "The cafe was closed by the council after mouse droppings were found in the food store.",
            "The cafe was closed last week after sewage from a blocked drain flooded the kitchen."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_finding_another_outlets_cause_explains_is_the_trouble_itself()
    {
        var found = CauseFinder.Find(Sources(
            "The cheese was recalled after listeria was found in routine tests.",
            "Investigators traced the listeria to a faulty drain in the maturing room."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_finding_whose_thing_the_other_outlet_names_beside_its_cause_is_the_trouble_itself()
    {
        var found = CauseFinder.Find(Sources(
            "The reservoir was drained on Friday after cracks were found in the dam wall.",
            "Engineers have started work to seal the cracks. The water company blamed the damage on frost heave under the footings."));

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("The bridge will remain closed after inspectors discovered corroded support cables, following the partial collapse of a pedestrian walkway on Sunday.")]
    [InlineData("The bridge has been closed since Monday after engineers found serious corrosion in its cables. The closure followed the collapse of a section of pedestrian walkway.")]
    public void A_finding_is_no_rival_of_the_event_its_own_outlet_tells(string finding)
    {
        var found = CauseFinder.Find(Sources(
            "The bridge was closed to all traffic on Monday after part of its pedestrian walkway collapsed into the water.",
            finding));

        Assert.Empty(found);
    }

    [Fact]
    public void One_finding_worded_by_its_verb_and_its_noun_is_one_version()
    {
        var found = CauseFinder.Find(Sources(
            "The bridge will remain closed after inspectors discovered corroded support cables.",
            "The bridge has been closed since Monday after engineers found serious corrosion in the cables that hold it up."));

        Assert.Empty(found);
    }

    [Fact]
    public void Two_things_found_stay_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The bridge will remain closed after inspectors discovered cracked welds in the deck.",
            "The bridge has been closed since Monday after engineers found serious corrosion in the cables that hold it up."));

        Assert.Single(found);
    }

    [Fact]
    public void A_finding_stays_a_rival_of_an_event_its_outlet_never_tells()
    {
        var found = CauseFinder.Find(Sources(
            "The bridge was closed to all traffic on Monday after part of its pedestrian walkway collapsed into the water.",
            "The bridge will remain closed after inspectors discovered corroded support cables."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void Who_found_the_thing_is_no_part_of_the_cause()
    {
        var sentence = "The footbridge was shut after inspectors found serious corrosion in the steel hangers.";
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.Equal("serious corrosion in the steel hangers", sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void Blamed_as_opens_a_clause_not_the_thing_blamed()
    {
        var sentence = "Drain defect blamed as rodents shut hospital kitchen";
        var words = new Words(sentence);

        Assert.DoesNotContain(CauseReader.Read(words), s => words[s.First] == "as");
    }
}
