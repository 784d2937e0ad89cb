using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Two readings that joined or invented versions of a cause: a contrast of who carried people down ("a rescue team, not
/// the ride's staff, brought down the passengers") is no cause of the harm, and a failure told by what it is in ("a fault
/// in the control panel had cut the supply") is compared by what failed, not by what it then did, so a rival told with
/// the same verb ("a digger cut a cable") is another version.
/// </summary>
public sealed class CauseContrastAndCompareTests
{
    [Theory]
    [InlineData("A specialist rescue team, not the park's own staff, brought down the last passengers from the cable car.")]
    [InlineData("The coastguard, not the harbour crew, brought down the stranded climbers.")]
    [InlineData("The lifeguards, not the owners, let the swimmers back into the pool.")]
    public void Reads_no_cause_in_a_contrast_of_who_carried_or_let_people(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.Read(words));
    }

    [Theory]
    [InlineData("A corroded bracket, not the wind, brought down the shop sign.", "A corroded bracket")]
    [InlineData("An unlocked gate, not the storm, let the ponies out.", "An unlocked gate")]
    [InlineData("A blocked culvert, not the rain, let the water into the cellars.", "A blocked culvert")]
    public void Still_reads_a_thing_set_against_another_that_brought_down_or_let_out_a_thing(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_fault_in_a_thing_and_a_rival_told_with_the_same_verb_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "The water works lost power on Tuesday. Early indications were that a fault in the main control panel had cut the supply, the utility said.",
            "The water works lost power on Tuesday. The outage began when a contractor's excavator cut a buried cable on the site."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }

    [Fact]
    public void A_fault_in_a_thing_still_meets_a_failure_of_that_thing()
    {
        var found = CauseFinder.Find(Sources(
            "The water works lost power on Tuesday. Early indications were that a fault in the control panel had cut the supply, the utility said.",
            "The water works lost power on Tuesday. The outage was caused by a control panel failure, engineers said."));

        Assert.Empty(found);
    }
}
