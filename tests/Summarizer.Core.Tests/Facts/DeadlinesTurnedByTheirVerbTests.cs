using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A weekday after "by" is a deadline, and its verb says which way it looks: the past perfect tells what had been reached
/// by a day gone ("had received 126 calls by Wednesday evening"), any other verb group a day to come (invented
/// sentences; the report is dated Sunday 8 March 2026).
/// </summary>
public sealed class DeadlinesTurnedByTheirVerbTests
{
    private static DateOnly DayOf(string sentence) =>
        DateOnly.FromDayNumber((int)Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Date).Value.Range.Low);

    [Theory]
    [InlineData("The helpline had received 126 calls by Wednesday evening.")]
    [InlineData("A petition against the closure had gathered 2,100 signatures by Thursday.")]
    [InlineData("By Friday the appeal had raised more than the club needed.")]
    public void A_past_perfect_reached_by_a_weekday_looks_back(string sentence) =>
        Assert.True(DayOf(sentence) < new DateOnly(2026, 3, 8));

    [Theory]
    [InlineData("Entries must be in by Wednesday evening.")]
    [InlineData("The council will decide by Thursday whether to reopen the pool.")]
    [InlineData("Tenants have been told to leave by Friday.")]
    public void Any_other_deadline_by_a_weekday_looks_ahead(string sentence) =>
        Assert.True(DayOf(sentence) > new DateOnly(2026, 3, 8));
}
