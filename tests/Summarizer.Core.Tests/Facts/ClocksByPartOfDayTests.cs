using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A clock said in words without its half of the day ("at four o'clock", "a quarter past seven") takes the half from
/// the part of the day its sentence, or else its article, writes; it stays unread when the parts split between the
/// halves or when the only part is the outlet's own "this morning" beside the story's day (invented sentences).
/// </summary>
public sealed class ClocksByPartOfDayTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 8, 18, 0, 0, TimeSpan.Zero);

    private static List<Fact> Times(string text) =>
        FactExtractor.Extract(Article(1, text, Published)).Facts.Where(f => f.Value.Kind == ValueKind.TimeOfDay).ToList();

    [Theory]
    [InlineData("Shoppers streamed out of the arcade this afternoon. The sprinklers came on at twenty past three, staff said.", 920)]
    [InlineData("Residents heard a loud bang late on Tuesday night. The boiler blew at eleven o'clock, a neighbour said.", 1380)]
    [InlineData("The trawler left harbour before dawn on Friday morning. Her skipper radioed for help at half past six.", 390)]
    public void A_bare_clock_takes_the_half_of_the_day_its_article_writes(string text, int minutes)
    {
        var time = Assert.Single(Times(text));

        Assert.Equal(minutes, time.Value.Stated);
    }

    [Fact]
    public void A_bare_clock_takes_the_half_of_the_day_its_own_sentence_writes()
    {
        var time = Assert.Single(Read("The pilots were called out on the morning flood tide, at about a quarter to eight."), f => f.Value.Kind == ValueKind.TimeOfDay);

        Assert.Equal(465, time.Value.Stated);
    }

    [Theory]
    [InlineData("The stalls opened early on Saturday morning. By the evening they were gone. The awning caught fire at nine o'clock.")]
    [InlineData("Three drivers remain in hospital this morning after Friday's pile-up. The first car skidded at a quarter past six.")]
    [InlineData("The awning caught fire at nine o'clock, the stallholder said.")]
    public void A_bare_clock_stays_unread_when_the_article_splits_the_halves_or_gives_only_the_day_of_writing(string text)
    {
        Assert.Empty(Times(text));
    }
}
