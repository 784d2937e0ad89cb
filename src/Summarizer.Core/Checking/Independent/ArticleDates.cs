using System.Text.RegularExpressions;
using Summarizer.Documents;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The day an article was written (its published date, else the dateline at its top: "Thursday 12 February 2026",
/// "HARLOW BRIDGE, Tuesday 3 March 2026 (MBW) -"), and what its relative days say against it: "yesterday" in a piece
/// dated Thursday 12 February is Wednesday 11 February 2026, so a claim "on Wednesday" or "Wednesday (11 February 2026)"
/// is stated by it.
/// </summary>
internal static partial class ArticleDates
{
    // A dateline sits in the title or the first lines of the body.
    private const int DatelineSentences = 4;

    private const int NearDays = 60;

    // Half of 366 days: within it, one year of a yearless date is nearer the day of writing than any other.
    private const int HalfYearDays = 183;

    private static readonly (string[] Words, int Days)[] RelativeDays =
    [
        (["yesterday"], -1), (["last", "night"], -1), (["today"], 0), (["tonight"], 0), (["this", "morning"], 0),
        (["this", "afternoon"], 0), (["this", "evening"], 0), (["tomorrow"], 1),
    ];

    /// <param name="storyDays">The days the story's other articles were written: a dateline that gives no year ("OWLCOTE,
    /// Nov 4 (RNA) -") is of the year that puts its date nearest them.</param>
    public static DateOnly? Of(CleanedArticle article, IReadOnlyList<SentenceReading> sentences, IReadOnlyCollection<DateOnly>? storyDays = null)
    {
        if (article.Metadata.PublishedAt is { } published)
        {
            return DateOnly.FromDateTime(published.Date);
        }

        foreach (var sentence in sentences.Take(DatelineSentences))
        {
            var figures = sentence.Figures;
            for (var i = 0; i + 1 < figures.Count; i++)
            {
                if (figures[i].Kind == FigureKind.Date && figures[i + 1].Kind == FigureKind.Year && figures[i + 1].Start - figures[i].End <= 2
                    && Day((int)figures[i + 1].Value, (int)figures[i].Value) is { } day)
                {
                    return day;
                }
            }
        }

        return storyDays is { Count: > 0 } ? YearlessDateline(sentences, storyDays) : null;
    }

    /// <summary>
    /// The outlet a dateline names before its date ("Hawksmere Gazette, Thursday 26 November 2026", "*The Weekly Rook,
    /// Monday 3 May 2027*") or in brackets after it ("HARLOW BRIDGE, Tuesday 3 March 2026 (Harlow Courier) -"), for an
    /// article whose metadata names none; null when the dateline names no outlet ("HARLOW BRIDGE, Tuesday 3 March 2026",
    /// an agency's code in capitals, "(MBW)") or there is no dateline.
    /// </summary>
    public static string? Outlet(IReadOnlyList<SentenceReading> sentences)
    {
        foreach (var sentence in sentences.Where(s => s.Start >= 0).Take(DatelineSentences))
        {
            if (BracketedOutlet(sentence) is { } bracketed)
            {
                return bracketed;
            }

            var figures = sentence.Figures;
            if (!Enumerable.Range(0, Math.Max(0, figures.Count - 1)).Any(i => figures[i].Kind == FigureKind.Date && figures[i + 1].Kind == FigureKind.Year)
                || DatelineOutlet().Match(sentence.Text) is not { Success: true } named)
            {
                continue;
            }

            var name = named.Groups["name"].Value;
            // A number word may be part of the name ("Three Rivers Radio"): the name ends before the date, not before any figure.
            return name.Any(char.IsLower) && name.Length < figures.First(f => f.Kind == FigureKind.Date).Start ? name : null;
        }

        return null;
    }

    // A wire dateline gives its outlet in brackets right after the date, before the dash that opens the report. Only a
    // name with a lower-case letter is taken: an agency's code in capitals ("(MBW)") is no name a summary writes, and
    // taking it would read any claim's acronym as the report's own voice.
    private static string? BracketedOutlet(SentenceReading sentence)
    {
        if (BracketedName().Match(sentence.Text) is not { Success: true } m)
        {
            return null;
        }

        var name = m.Groups["name"];
        var open = name.Index - 1;
        return name.Value.Any(char.IsLower)
            && sentence.Figures.Any(f => f.Kind is FigureKind.Date or FigureKind.Year && f.End <= open && open - f.End <= 2)
            ? name.Value.Trim()
            : null;
    }

    [GeneratedRegex(@"^[\s*_]*[^()\n]{3,80}?\((?<name>[^()\n]{2,60})\)\s*[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedName();

    // Words in title case up to the comma that the date follows (a weekday, or the day's number).
    [GeneratedRegex(@"^[\s*_]*(?<name>\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|and|the|on|&)?\s*\p{Lu}[\p{L}'’.&-]*){0,5}),\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?\d", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineOutlet();

    // "KELLWICK, Osterra, Jan 15 (ONW) -": a date with no year right after the place a dateline opens with.
    private static DateOnly? YearlessDateline(IReadOnlyList<SentenceReading> sentences, IReadOnlyCollection<DateOnly> storyDays)
    {
        foreach (var sentence in sentences.Where(s => s.Start >= 0).Take(DatelineSentences))
        {
            if (sentence.Figures.Count > 0 && sentence.Figures[0] is { Kind: FigureKind.Date } date && sentence.Figures.All(f => f.Kind != FigureKind.Year || f.Start > date.End + 2)
                && DatelinePlace().IsMatch(sentence.Text[..Math.Min(date.Start, sentence.Text.Length)]))
            {
                return storyDays.SelectMany(d => new[] { d.Year - 1, d.Year, d.Year + 1 }.Select(y => (Near: d, Day: Day(y, (int)date.Value))))
                    .Where(p => p.Day is { } day && Math.Abs(day.DayNumber - p.Near.DayNumber) <= NearDays)
                    .OrderBy(p => Math.Abs(p.Day!.Value.DayNumber - p.Near.DayNumber))
                    .Select(p => p.Day)
                    .FirstOrDefault();
            }
        }

        return null;
    }

    // The place (and country) a dateline opens with, in capitals or title case, each part followed by a comma.
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}.'’ -]*,\s*){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    /// <summary>
    /// The weekdays and dates <paramref name="sentence"/> gives against the article's day: each relative day as its
    /// weekday, date and year, and each date of the nearest year as its weekday and year.
    /// </summary>
    public static List<Figure> Resolved(SentenceReading sentence, DateOnly written)
    {
        var added = new List<Figure>();
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var (phrase, days) in RelativeDays)
            {
                if (i + phrase.Length <= words.Count && phrase.Select((p, k) => words[i + k].Folded == p).All(same => same))
                {
                    var day = written.AddDays(days);
                    var (start, end) = (words[i].Start, words[i + phrase.Length - 1].End);
                    var surface = string.Join(' ', words.Skip(i).Take(phrase.Length).Select(w => w.Text));
                    added.Add(new Figure(FigureKind.Weekday, (int)day.DayOfWeek, "", surface, start, end));
                    added.Add(new Figure(FigureKind.Date, (day.Month * 100) + day.Day, "", surface, start, end));
                    added.Add(new Figure(FigureKind.Year, day.Year, "", surface, start, end));
                }
            }
        }

        added.AddRange(MonthsAndYears(sentence, written));
        added.AddRange(FiscalYears(words, written));
        added.AddRange(YearsBack(sentence, written));

        foreach (var date in sentence.Figures.Where(f => f.Kind == FigureKind.Date))
        {
            if (Nearest(written, (int)date.Value) is { } day)
            {
                added.Add(new Figure(FigureKind.Weekday, (int)day.DayOfWeek, "", date.Surface, date.Start, date.End));
                added.Add(new Figure(FigureKind.Year, day.Year, "", date.Surface, date.Start, date.End));
            }
        }

        // "in September" with no year, in a piece written in November 2026, is September 2026: the year that puts the
        // month's first day nearest the day of writing.
        var figures = sentence.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Kind == FigureKind.Month && !(i + 1 < figures.Count && figures[i + 1].Kind == FigureKind.Year && figures[i + 1].Start - figures[i].End <= 2)
                && Nearest(written, ((int)figures[i].Value * 100) + 1) is { } first)
            {
                added.Add(new Figure(FigureKind.Year, first.Year, "", figures[i].Surface, figures[i].Start, figures[i].End));
            }
        }

        // "on Saturday" in a piece written on Sunday 8 March is 7 March; "will reopen on Thursday" is the Thursday to come.
        for (var i = 0; i < figures.Count; i++)
        {
            if (figures[i].Kind != FigureKind.Weekday || (i + 1 < figures.Count && figures[i + 1].Kind == FigureKind.Date && figures[i + 1].Start - figures[i].End <= 2))
            {
                continue; // a weekday written with its date ("Sunday 8 March") needs no reading
            }

            var at = words.Count(w => w.Start < figures[i].Start);
            var ahead = words.Skip(Math.Max(0, at - FutureReach)).Take(Math.Min(at, FutureReach)).Any(w => FutureWords.Contains(w.Folded));
            var offset = ((int)figures[i].Value - (int)written.DayOfWeek + 7) % 7;
            var day = written.AddDays(ahead ? offset : offset == 0 ? 0 : offset - 7);
            added.Add(new Figure(FigureKind.Date, (day.Month * 100) + day.Day, "", figures[i].Surface, figures[i].Start, figures[i].End));
            added.Add(new Figure(FigureKind.Year, day.Year, "", figures[i].Surface, figures[i].Start, figures[i].End)); // and its year
        }

        return [.. added.Select(f => f with { IsReckoned = true })];
    }

    // "For thirty-nine years the seat returned ...", "has been mayor for eight years", "five years ago": a span of whole
    // years that runs up to the day the piece was written starts in the year that many years before it, so "held since
    // 1987" (in a piece of 2026) is what the source says. A span still to come ("jailed for nine years", "will be
    // banned for four years") runs forward and gives no year: only a span that ends "ago", or one after "for" that
    // opens the sentence or follows a perfect ("has/have/had ... for"), is read so.
    private static IEnumerable<Figure> YearsBack(SentenceReading sentence, DateOnly written)
    {
        var words = sentence.Words;
        foreach (var span in sentence.Figures.Where(f => f.Kind == FigureKind.Duration && !f.IsAge && f.Unit is "year" or "years"))
        {
            var years = span.Value / FigureReader.HoursIn("years");
            var next = words.FirstOrDefault(w => w.Start >= span.End);
            var at = words.Count(w => w.Start < span.Start);
            var before = at > 0 ? words[at - 1] : null;
            var back = next?.Folded == "ago"
                || (before?.Folded == "for" && (at == 1 || words.Take(at - 1).Any(w => w.Folded is "has" or "have" or "had")));
            if (back && years >= 1 && years == Math.Floor(years))
            {
                yield return new Figure(FigureKind.Year, written.Year - (int)years, "", span.Surface, span.Start, span.End);
            }
        }
    }

    // "last month" in a piece written in November is October (of its year), "next year" in one of 2026 is 2027: a claim
    // "in October" or "in 2027" is what it says.
    private static IEnumerable<Figure> MonthsAndYears(SentenceReading sentence, DateOnly written)
    {
        foreach (var period in sentence.Figures.Where(f => f.Kind == FigureKind.RelativePeriod && f.Unit is "month" or "year"))
        {
            var offset = (int)period.Value;
            if (period.Unit == "month")
            {
                var month = written.AddMonths(offset);
                yield return new Figure(FigureKind.Month, month.Month, "", period.Surface, period.Start, period.End);
                yield return new Figure(FigureKind.Year, month.Year, "", period.Surface, period.Start, period.End);
            }
            else
            {
                yield return new Figure(FigureKind.Year, written.Year + offset, "", period.Surface, period.Start, period.End);
            }
        }
    }

    // "the coming financial year" in a piece written in February 2026 is 2026-27; "this fiscal year" in one written in
    // May 2026 is 2026-27 too. Years are taken to start in April, as most financial years do.
    private static IEnumerable<Figure> FiscalYears(IReadOnlyList<Word> words, DateOnly written)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i + 1].Folded is not ("financial" or "fiscal") || words[i + 2].Folded != "year")
            {
                continue;
            }

            var current = written.Month >= 4 ? written.Year : written.Year - 1;
            int? start = words[i].Folded switch
            {
                "coming" or "next" or "upcoming" => current + 1,
                "this" or "current" => current,
                "last" or "previous" => current - 1,
                _ => null,
            };
            if (start is { } year)
            {
                var surface = string.Join(' ', words.Skip(i).Take(3).Select(w => w.Text));
                yield return new Figure(FigureKind.FiscalYear, year, "", surface, words[i].Start, words[i + 2].End);
            }
        }
    }

    // How many words before a weekday a word that puts it ahead may stand ("will reopen to visitors on Thursday").
    private const int FutureReach = 6;

    // Words that put a weekday ahead of the day the piece was written rather than behind it.
    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "will", "would", "expect", "expects", "expected", "due", "next", "plans", "planned", "scheduled", "until", "tomorrow",
    };

    // "3 July" in a piece written on 1 August is 3 July of that year; in one written on 2 January, 30 December is of the
    // year before; "from 1 April" in a piece written in November is the April to come. A yearless date is of the year
    // that puts it nearest the day the piece was written, as a reader takes it; only a date half a year off either way
    // (the same distance behind and ahead) has no year it can be read as.
    private static DateOnly? Nearest(DateOnly written, int monthDay) =>
        new[] { written.Year - 1, written.Year, written.Year + 1 }
            .Select(year => Day(year, monthDay))
            .OfType<DateOnly>()
            .Where(d => Math.Abs(d.DayNumber - written.DayNumber) < HalfYearDays)
            .Cast<DateOnly?>()
            .FirstOrDefault();

    private static DateOnly? Day(int year, int monthDay)
    {
        var (month, day) = (monthDay / 100, monthDay % 100);
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }
}
