using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Outlets at odds over a moment near midnight name different days with it ("shortly after 11pm on Tuesday", "just
/// before 1am on Wednesday") and give clock figures at either end of the dial: the two still fill the story's one time
/// slot, as two times of one day would (ClockMoments.AcrossMidnight). Times on days that are not consecutive, or an
/// early morning on the earlier day against an evening on the later one, or a time placed on a day against one
/// placed on none (which may be on that same day), stay apart (invented sentences).
/// </summary>
public sealed class ClockTimesAcrossMidnightTests
{
    // Wednesday 2 December 2026, morning.
    private static readonly DateTimeOffset Published = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static List<(Fact A, Fact B)> TimePairs(params string[] texts)
    {
        var facts = texts.SelectMany((t, i) => FactExtractor.Extract(FactTestKit.Article(i + 1, t, Published)).Facts)
            .Where(f => f.Value.Kind == ValueKind.TimeOfDay && FactMatching.Alignable(f)).ToList();
        return SlotPairs.Find(facts, i => i, facts).Select(p => (facts[p.A], facts[p.B])).ToList();
    }

    [Theory]
    [InlineData("The fire at the battery site was reported shortly after 11pm on Tuesday.", "Fire broke out at the battery site just before 1am on Wednesday.")]
    [InlineData("Images of the exam paper began circulating online at around 10pm on Tuesday, the board said.", "Pictures of the exam paper appeared online shortly after 2am on Wednesday.")]
    [InlineData("The company shut down its network at about 11pm the same night.", "The security team pulled the plug on the network at 4am.")]
    public void An_evening_time_and_the_next_early_morning_fill_one_slot(string first, string second)
    {
        var (a, b) = Assert.Single(TimePairs(first, second));
        Assert.NotEqual(a.SourceId, b.SourceId);
    }

    [Theory]
    [InlineData("The fire at the battery site was reported shortly after 11pm on Sunday.", "Fire broke out at the battery site just before 1am on Tuesday.")]
    [InlineData("The fire at the battery site was reported shortly after 1am on Monday.", "Fire broke out at the battery site at 11pm on Tuesday.")]
    [InlineData("The fire at the battery site was reported at about 8pm on Monday.", "Fire broke out at the battery site at 6am on Tuesday.")]
    [InlineData("The alarm was raised shortly before 11pm by the farmer, who saw flames through the barn roof.", "Crews were called to the barn at about 1.30am on Wednesday.")]
    public void Times_of_days_that_are_not_one_night_stay_apart(string first, string second) =>
        Assert.Empty(TimePairs(first, second));

    [Theory]
    [InlineData(23 * 60 + 5, 55, true)]
    [InlineData(22 * 60, 2 * 60 + 10, true)]
    [InlineData(20 * 60, 6 * 60, false)]
    [InlineData(60, 23 * 60, true)]
    [InlineData(9 * 60, 11 * 60, false)]
    public void Undated_clock_figures_meet_across_midnight_within_a_night(double evening, double morning, bool across) =>
        Assert.Equal(across, ClockMoments.AcrossMidnight(Clock(evening), Clock(morning)));

    private static FactValue Clock(double minutes) =>
        FactTestKit.Value($"The fire was reported at {(int)(minutes / 60) % 24:00}:{(int)(minutes % 60):00}.").Value;
}
