using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A conflict of two dates whose one side is the day a state was seen to hold ("were counting the cost on Wednesday")
/// is dropped whatever rule joined it: the state holds beside the day of the act that began it (invented sentences).
/// </summary>
public sealed class DaysOfASeenStateTests
{
    private static readonly DateTimeOffset Wednesday = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_state_seen_on_the_report_day_is_no_rival_of_the_act_s_day()
    {
        var act = FactExtractor.Extract(Article(1, "A power cut left traders in Arnley without electricity on Tuesday evening.", Wednesday));
        var seen = FactExtractor.Extract(Article(2, "Traders in Arnley were counting the cost of the power cut on Wednesday.", Wednesday));
        var tuesday = act.Facts.First(f => f.Value.Kind == ValueKind.Date);
        var wednesday = seen.Facts.First(f => f.Value.Kind == ValueKind.Date);
        var group = new AlignedGroup(AlignmentLabel.Disagree, "date", [new FactVersion([tuesday]), new FactVersion([wednesday])]);

        var kept = DaysOfTwoActs.Keep(group, FactDays.BySource([.. act.Facts, .. seen.Facts]), new Dictionary<int, DateOnly?> { [1] = act.Anchor, [2] = seen.Anchor });

        Assert.Null(kept);
    }

    [Fact]
    public void Two_acts_on_different_days_still_conflict()
    {
        var act = FactExtractor.Extract(Article(1, "A power cut left traders in Arnley without electricity on Tuesday evening.", Wednesday));
        var other = FactExtractor.Extract(Article(2, "A power cut left traders in Arnley without electricity on Wednesday morning.", Wednesday));
        var group = new AlignedGroup(AlignmentLabel.Disagree, "date",
            [new FactVersion([act.Facts.First(f => f.Value.Kind == ValueKind.Date)]), new FactVersion([other.Facts.First(f => f.Value.Kind == ValueKind.Date)])]);

        var kept = DaysOfTwoActs.Keep(group, FactDays.BySource([.. act.Facts, .. other.Facts]), new Dictionary<int, DateOnly?> { [1] = act.Anchor, [2] = other.Anchor });

        Assert.Same(group, kept);
    }
}
