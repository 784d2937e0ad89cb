using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// More of the ways news words a cause (an agent of "killed by", a bare object of "blamed", "X was responsible", "the
/// likely source was", "cited X as the main reason", a subject with its own "that" clause), causes passed on as others'
/// first word, which wording a version with a stated cause and a told failure is shown in, and a cause of another
/// source's cause, one chain rather than a conflict.
/// </summary>
public sealed class CauseWordingTests
{
    [Theory]
    [InlineData("The old mare was killed by an infection in her left foreleg, the stables said.", "an infection in her left foreleg")]
    [InlineData("The parish council blamed heavy lorries using the lane as a short cut.", "heavy lorries using the lane")]
    [InlineData("The trust has blamed rotten joists beneath the stage for the accident at the theatre.", "rotten joists beneath the stage")]
    [InlineData("The harbour master said a loose mooring line was responsible.", "a loose mooring line")]
    [InlineData("Health officers said the likely source was a batch of raw oysters served at the wedding.", "a batch of raw oysters served at the wedding")]
    [InlineData("The main reason given for the veto was the cost of moving the bus station.", "the cost of moving the bus station")]
    [InlineData("Councillors cited noise from the late-night deliveries as the main reason for their vote.", "noise from the late-night deliveries")]
    [InlineData("Surveyors think the build-up of silt that had gathered behind the weir caused it to overflow.", "the build-up of silt that had gathered behind the weir")]
    [InlineData("A worn bearing in the drive shaft caused Tuesday's derailment, the operator said.", "A worn bearing in the drive shaft")]
    [InlineData("Inspectors found rusted bolts had given way under the footbridge.", "rusted bolts had given way under the footbridge")]
    [InlineData("The outage was caused by a faulty patch loaded the night before the launch.", "a faulty patch loaded the night before the launch")]
    [InlineData("The rash was caused by a cleaning spray rather than the new soap.", "a cleaning spray")]
    [InlineData("Police said an oak brought down by the storm smashed the roof of the bus shelter.", "an oak brought down by the storm")]
    [InlineData("A loose hatch, not the heavy swell, let the sea into the engine room.", "A loose hatch")]
    [InlineData("Staff now say it was the toaster, not the kettle, that set off the alarm.", "the toaster")]
    [InlineData("Residents believe a sagging power line was behind Monday's grass fire.", "a sagging power line")]
    [InlineData("Engineers think a drain clogged by leaves beside the school had sent water pouring into the hall.", "a drain clogged by leaves beside the school")]
    public void Reads_the_cause_in_these_wordings(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));

        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("Early reports blamed a gas cylinder stored in the kitchen.")]
    [InlineData("Initial accounts pointed to the boiler.")]
    [InlineData("Speculation that a lorry driver was to blame has been dismissed by the police.")]
    [InlineData("The mayor's statement, issued late on Friday evening, was attributed to her chief of staff.")]
    [InlineData("The harbour master was responsible for the moorings along the quay.")]
    [InlineData("The source was a senior official at the ministry.")]
    [InlineData("A house damaged by the blaze had to be pulled down on Friday.")]
    [InlineData("The mayor, not her deputy, sent the letter to the minister.")]
    [InlineData("The older brother was behind the wheel when they were stopped.")]
    public void Reads_no_cause_of_the_outlets_own_in_these(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));

    [Fact]
    public void A_cause_with_an_investigation_after_a_long_subject_is_read()
    {
        var sentence = "Engineers examining the sudden collapse of the old stand at Ferncliffe Park are looking at corrosion in the steel beams.";
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));

        Assert.True(span.Pursued);
        Assert.Equal("corrosion in the steel beams", sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_clause_that_names_its_cause_is_read_at_the_cue_of_cause()
    {
        var sentence = "The board said the blackout had been caused by a burst cooling pipe under the hall.";
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));

        Assert.Equal("a burst cooling pipe under the hall", sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void After_an_indefinite_object_of_blame_on_tells_where_the_cause_was()
    {
        var sentence = "The club blamed a cracked drain on the edge of the pitch.";
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));

        Assert.Equal("a cracked drain on the edge of the pitch", sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_version_is_shown_by_its_stated_cause_before_a_failure_the_sentence_only_tells()
    {
        var found = CauseFinder.Find(Sources(
            "The barge drifted for an hour when its pump failed near the lock. The breakdown was caused by water in the diesel.",
            "The barge drifted for an hour when its pump failed near the lock. The breakdown was caused by water in the diesel.",
            "Mechanics traced the failure to a slipping drive belt."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["water in the diesel [1,2]", "a slipping drive belt [3]"], disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void A_source_that_passes_on_an_early_report_gives_only_its_own_version()
    {
        var found = CauseFinder.Find(Sources(
            "The blaze was started by a chip pan left on the hob, firefighters said.",
            "The blaze was started by a chip pan left on the hob.",
            "Early reports blamed a chip pan. Fire officers are now looking at a faulty fuse box in the hallway."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1, 2], [3]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_cause_of_what_another_source_gives_as_the_cause_is_one_chain_not_a_rival_version()
    {
        var found = CauseFinder.Find(Sources(
            "The reservoir was shut to swimmers on Friday. The bloom has been blamed on weeks of warm weather.",
            "The reservoir has been shut because of a toxic algae bloom."));

        Assert.Empty(found);
    }

    [Fact]
    public void Two_causes_of_one_named_effect_still_disagree()
    {
        var found = CauseFinder.Find(Sources(
            "The blackout was caused by a digger cutting through a cable.",
            "The blackout was caused by a lightning strike on the substation."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(2, disagreement.Claims.Count);
    }
}
