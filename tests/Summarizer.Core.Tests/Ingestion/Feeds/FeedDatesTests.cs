using System.Globalization;
using Summarizer.Ingestion.Feeds;

namespace Summarizer.Core.Tests.Ingestion.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Thu, 05 Feb 2026 08:57:00 MET", "2026-02-05T07:57:00Z")]
    [InlineData("Thu, 05 Feb 2026 08:57:00 GMT-01:01", "2026-02-05T09:58:00Z")]
    [InlineData("Thu Feb  5 16:29:06 2026", "2026-02-05T16:29:06Z")]
    [InlineData("Thu Feb 5 16:29:06 EST 2026", "2026-02-05T21:29:06Z")]
    [InlineData("5 February 2026 16:31:00 ET", "2026-02-05T21:31:00Z")]
    [InlineData("Thu, 05 Feb 2026 10:00:00 IST", "2026-02-05T04:30:00Z")]
    [InlineData("Donnerstag, 5. Februar 2026 10:00:00 MEZ", "2026-02-05T09:00:00Z")]
    [InlineData("5 März 2026 10:00", "2026-03-05T10:00:00Z")]
    [InlineData("jeu., 5 févr. 2026 10:00:00 +0100", "2026-02-05T09:00:00Z")]
    [InlineData("mar., 3 mar. 2026 10:00:00 GMT", "2026-03-03T10:00:00Z")]
    [InlineData("Thu, 05 Feb 26 10:00 Z", "2026-02-05T10:00:00Z")]
    [InlineData("Thu, 05 Feb 2026 10:00:00 N", "2026-02-05T09:00:00Z")]
    [InlineData("Thu, 05 Feb 2026 10:00:00 A", "2026-02-05T11:00:00Z")]
    [InlineData("Feb 5, 2026 at 4:30 PM", "2026-02-05T16:30:00Z")]
    [InlineData("2026-02-05", "2026-02-05T00:00:00Z")]
    [InlineData("2026-02-05 10:14:55", "2026-02-05T10:14:55Z")]
    [InlineData("20260205T101455Z", "2026-02-05T10:14:55Z")]
    [InlineData("2026-02-05T10:14:55.25-08:00", "2026-02-05T18:14:55.25Z")]
    [InlineData("2026-02-05T10:14+0530", "2026-02-05T04:44:00Z")]
    public void Reads_the_date_shapes_real_feeds_use(string text, string utc)
    {
        Assert.True(FeedDates.TryParse(text, out var value), text);
        Assert.Equal(DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("yesterday afternoon")]
    [InlineData("Thu, 05 Feb 2026 10:00:00 XYZ")]
    [InlineData("Thu, 30 Feb 2026 10:00:00 GMT")]
    [InlineData("2026-13-01")]
    [InlineData("")]
    public void Does_not_guess_a_date_it_cannot_read(string text) =>
        Assert.False(FeedDates.TryParse(text, out _));
}
