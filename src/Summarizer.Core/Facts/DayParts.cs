namespace Summarizer.Facts;

/// <summary>
/// The parts of the day an article tells its story in ("on Saturday night", "this afternoon", a headline's "The night
/// the theatre flooded"), read to place a clock said in words without its half of the day ("just before four
/// o'clock", "at a quarter past seven"). Outlets that give a time once often leave its am or pm to the part of the day
/// they wrote elsewhere; a clock is placed only when every part the sentence (or, when the sentence gives none, the
/// article) writes puts that hour in the same half, so an article of a morning and an evening leaves it unread.
/// </summary>
internal sealed class DayParts
{
    /// <summary>No part of the day known: a bare clock stays unread.</summary>
    public static readonly DayParts None = new([]);

    private readonly IReadOnlyList<string> _article;

    private DayParts(IReadOnlyList<string> article) => _article = article;

    /// <summary>The parts of the day written anywhere in an article's headline and sentences.</summary>
    public static DayParts Of(IEnumerable<Words> article) => new([.. article.SelectMany(Written).Distinct(StringComparer.Ordinal)]);

    /// <summary>
    /// "am" or "pm" for <paramref name="hour"/> (on a twelve-hour clock) by the parts of the day <paramref name="sentence"/>
    /// writes, or by the article's when it writes none; null when they are missing or split between the halves.
    /// </summary>
    public string? Meridiem(Words sentence, int hour)
    {
        var own = Written(sentence).ToList();
        var halves = (own.Count > 0 ? own : _article).Select(p => TimeReader.PartMeridiem(p, hour)).Distinct().ToList();
        return halves is [{ } half] ? half : null;
    }

    // "tonight" is a night; "overnight" may fall either side of midnight and says no half. "This morning" beside another
    // day ("remain in hospital this morning after Saturday's collapse") is when the outlet writes, not when its story
    // happened.
    private static IEnumerable<string> Written(Words words)
    {
        var otherDay = Enumerable.Range(0, words.Count).Any(k => CalendarWords.WeekdayAt(words, k) is not null || words[k] == "yesterday");
        for (var k = 0; k < words.Count; k++)
        {
            var part = words[k] == "tonight" ? "night" : words[k];
            if (part is "morning" or "afternoon" or "evening" or "night" && !(otherDay && words[k - 1] == "this"))
            {
                yield return part;
            }
        }
    }
}
