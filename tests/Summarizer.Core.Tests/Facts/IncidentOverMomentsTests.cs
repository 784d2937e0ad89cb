using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The moment an incident was over (a grounded ship refloated or "came off" its sandbank, a fire extinguished, declared
/// out or brought under control) is an act of its own, hours after the incident: it is never the rival of the time the
/// incident happened, and it does not keep an outlet's own time of the incident out of the slot.
/// </summary>
public sealed class IncidentOverMomentsTests
{
    private static List<(Fact A, Fact B)> TimePairs(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t)).Facts)
            .Where(f => f.Value.Kind == ValueKind.TimeOfDay && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts).Select(p => (facts[p.A], facts[p.B])).ToList();
    }

    private static Fact Time(string sentence) => Assert.Single(FactTestKit.Read(sentence), f => f.Value.Kind == ValueKind.TimeOfDay);

    [Theory]
    [InlineData("The freighter was refloated from the mudflat at 9.15pm on Thursday.")]
    [InlineData("The coaster came off the sandbank at 21:15 with two tugs pulling from astern.")]
    [InlineData("She came off at 23:10 as the flood tide returned.")]
    [InlineData("The blaze at the depot was declared out at 2pm today.")]
    [InlineData("Crews said the fire was brought under control at about 6am.")]
    [InlineData("The last flames were extinguished at 4.40am.")]
    public void The_end_of_an_incident_is_its_own_moment(string sentence) =>
        Assert.Equal(EventFrames.Over, Time(sentence).Frame);

    [Fact]
    public void A_train_that_came_off_the_tracks_derailed()
    {
        Assert.Equal("start", Time("The two-carriage train came off the tracks at 8.10am near the junction.").Frame);
    }

    [Fact]
    public void A_refloating_does_not_stand_as_the_grounding_time()
    {
        var pairs = TimePairs(
            "The coastguard said the freighter, carrying sawn timber, grounded on the bank at about 4.30am.",
            "The freighter was refloated from the mudflat at 9.15pm on Thursday. It had grounded shortly before 7am on a falling tide.");

        var (a, b) = Assert.Single(pairs);
        Assert.Equal(["about 4.30am", "shortly before 7am"], new[] { a.Text, b.Text }.Order());
    }

    [Fact]
    public void A_ship_that_came_off_its_sandbank_tells_no_grounding_time()
    {
        var pairs = TimePairs(
            "The coastguard said the freighter, carrying sawn timber, grounded on the bank at about 4.30am.",
            "The freighter came off the sandbank at 21:15 with tugs pulling from astern.");

        Assert.Empty(pairs);
    }

    [Fact]
    public void A_fire_declared_out_is_no_rival_of_when_it_broke_out()
    {
        var pairs = TimePairs(
            "Fire broke out just before 1am on Wednesday at the battery storage site.",
            "The fire at the battery storage site was declared out at 2pm today.");

        Assert.Empty(pairs);
    }

    [Fact]
    public void Two_outlets_times_of_the_grounding_still_pair()
    {
        // Guard: the incident's own times, however worded, still meet.
        var pairs = TimePairs(
            "The freighter ran aground on the bank at about 4.30am.",
            "The freighter grounded on the bank shortly before 7am.");

        Assert.Single(pairs);
    }

    [Fact]
    public void Each_outlets_one_time_of_the_refloating_is_one_moment()
    {
        // The sentences share few words, yet each outlet's only time of the incident's end is that end: a corroboration.
        var groups = FactTestKit.Align(
            "The freighter was refloated from the mudflat in the estuary at 9.15pm on Thursday and has moved to a berth.",
            "The Nordstar came off the sandbank at 21:15 with tugs pulling from astern.");

        var group = Assert.Single(groups, g => g.Facts.All(f => f.Value.Kind == ValueKind.TimeOfDay));
        Assert.NotEqual(AlignmentLabel.Disagree, group.Label);
        Assert.Equal([1, 2], group.Facts.Select(f => f.SourceId).Order());
    }
}
