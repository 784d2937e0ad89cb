using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Ties a time of day to its day: "at 11.40pm on Saturday", "on Sunday at 3am" and "2.30pm today" are one moment, so
/// the day is read into the time (<see cref="FactValue.On"/>) instead of standing as a date of its own; a time in a
/// sentence that names one day ("late on Thursday ... a meeting that ran until 11.15pm") is on that day. Also reads
/// which occurrence of a recurring event a date belongs to ("its next meeting on 18 June").
/// </summary>
internal static class TimedDays
{
    // "next meeting", "first cut", "previous decision": words that tell one occurrence of an event from another.
    private static readonly HashSet<string> Occurrences = new(StringComparer.Ordinal) { "next", "previous", "last", "first", "second", "third", "earlier", "upcoming", "following" };

    // Words after "next"/"last" that make the pair a date of its own ("next year"), not an occurrence.
    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal) { "year", "month", "week", "night", "time", "weekend", "quarter", "season", "half" };

    /// <summary><paramref name="values"/> with each day written next to a time folded into that time.</summary>
    public static List<ValueSpan> Attach(Words words, List<ValueSpan> values)
    {
        var times = values.Where(v => v.Value.Kind == ValueKind.TimeOfDay).ToList();
        var days = values.Where(v => v.Value.Kind == ValueKind.Date && IsDay(v.Value)).ToList();
        if (times.Count == 0 || days.Count == 0)
        {
            return values;
        }

        var result = new List<ValueSpan>(values);
        foreach (var time in times)
        {
            var day = days.FirstOrDefault(d => result.Contains(d) && Adjacent(words, time, d));
            if (day is not null)
            {
                result.Remove(day);
                result[result.IndexOf(time)] = new ValueSpan(
                    time.Value with { On = day.Value },
                    Math.Min(time.First, day.First),
                    Math.Max(time.Last, day.Last),
                    Math.Min(time.Start, day.Start),
                    Math.Max(time.End, day.End),
                    time.Number);
            }
            else if (days.Count == 1 && result.Contains(days[0]))
            {
                result[result.IndexOf(time)] = time with { Value = time.Value with { On = days[0].Value } };
            }
        }

        return result;
    }

    /// <summary>The words of the day a time was read with when they lie outside the time's own words ("Thursday").</summary>
    public static string? DayText(Words words, ValueSpan time)
    {
        if (time.Value.On is null)
        {
            return null;
        }

        var used = new bool[words.Count];
        var days = DateReader.Read(words, used, null, false);
        if (days.Any(d => d.First >= time.First && d.Last <= time.Last))
        {
            return null; // "11.40pm on Saturday" already says its day
        }

        // Only a day can be the time's day: "the 2026-27 budget ... late on Thursday ... until 11.15pm" is on Thursday.
        var day = days.Where(d => (d.Last < time.First || d.First > time.Last) && IsDay(d.Value)).ToList();
        return day.Count == 1 ? words.Text[day[0].Start..day[0].End] : null;
    }

    /// <summary>
    /// "next", "first", "previous" ... when one of them qualifies the event the date belongs to; else "". In a clause set
    /// ahead (<paramref name="ahead"/>, <see cref="ScheduledDays"/>) "last" is the final occurrence of the plan, not an
    /// earlier one: "his last service will be on 27 December", "the last bottles will come off the line on 12 March" date
    /// the plan itself, as "his final service" does.
    /// </summary>
    public static string Occurrence(Words words, ValueSpan span, bool ahead = false)
    {
        for (var k = span.First - 1; k >= Math.Max(0, span.First - 12) && !words.BreakAfter(k); k--)
        {
            if (ahead && words[k] == "last")
            {
                continue;
            }

            // "first noticed", "first reported": an adverb of the verb, not which occurrence of an event. Only in a noun
            // phrase ("the first strike", "its next meeting", "a second vote", "the union's last offer") does the word
            // say which occurrence; without a determiner it qualifies the verb ("the intruders first got in", "was first
            // seen", "said earlier"), whatever form the verb takes.
            if (Occurrences.Contains(words[k]) && k + 1 < span.First && !Periods.Contains(words[k + 1]) && !words[k + 1].EndsWith("ed", StringComparison.Ordinal)
                && InNounPhrase(words, k))
            {
                return words[k] is "last" or "earlier" ? "previous" : words[k] is "upcoming" or "following" ? "next" : words[k];
            }
        }

        return "";
    }

    // An occurrence word opening a sentence, or after a determiner, a possessive or a preposition, opens a noun phrase:
    // "First power is due in 2029", "the first", "its next", "a second", "the council's previous", "at first light".
    private static bool InNounPhrase(Words words, int k) =>
        k == 0 || (!words.BreakAfter(k - 1)
            && (Determiners.Contains(words[k - 1]) || Prepositions.Contains(words[k - 1]) || words.Tokens[k - 1].Text.EndsWith("'s", StringComparison.Ordinal)));

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "at", "on", "in", "of", "for", "with", "from", "to", "by", "after", "before", "since", "until", "ahead", "about", "over", "during",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those", "whose",
    };

    // Words that put a figure on an earlier occasion than the story's: "the previous high of €17.5m", "its eight prior
    // flights", "last season's record of 40".
    private static readonly HashSet<string> Earlier = new(StringComparer.Ordinal) { "previous", "prior", "last" };

    /// <summary>
    /// "previous" when the figure's clause puts it on an earlier occasion ("the previous record was 40", "eight previous
    /// flights"); else "". "the last 12 months", "last year" and "last Thursday" are windows and dates, not occasions.
    /// </summary>
    public static string FigureOccurrence(Words words, ValueSpan span)
    {
        if (span.Last + 1 < words.Count && !words.BreakAfter(span.Last) && Earlier.Contains(words[span.Last + 1]) && words[span.Last + 1] != "last")
        {
            return "previous"; // "eight previous flights"
        }

        for (var k = span.First - 2; k >= Math.Max(0, span.First - 6) && !words.BreakAfter(k); k--)
        {
            if (Earlier.Contains(words[k]) && !Periods.Contains(words[k + 1]) && words[k + 1] is not ("day" or "days" or "weeks" or "months" or "years")
                && CalendarWords.WeekdayAt(words, k + 1) is null)
            {
                return "previous";
            }
        }

        return PastRecord(words, span) ? "previous" : "";
    }

    // Adjectives of a former state: "the mart's old record", "the former best", "the existing high". Only before a noun
    // of a best-so-far do they date the figure, as "old" and "former" premodify this event's own things as often ("the
    // old mill was sold for", "the former owner paid").
    private static readonly HashSet<string> FormerState = new(StringComparer.Ordinal) { "old", "former", "earlier", "existing", "standing", "previous", "prior" };

    // Nouns of a best-so-far: the figure a new one is set against. Not "figure" or "total": "an earlier figure of 12" is
    // an earlier report of this event's own count, the update a later one corrects.
    private static readonly HashSet<string> BestNouns = new(StringComparer.Ordinal) { "record", "best", "high", "peak", "top", "mark", "price" };

    // Verbs of surpassing a best-so-far: "beat the record of £40,000", "broke the £3.1m record". The record they take as
    // object is the one that stood before this event; "set a record of" names this event's own.
    private static readonly HashSet<string> Surpassing = new(StringComparer.Ordinal)
    {
        "beat", "beats", "beating", "beaten", "broke", "break", "breaks", "breaking", "broken", "smashed", "smash", "smashes",
        "smashing", "eclipsed", "eclipse", "eclipses", "eclipsing", "surpassed", "surpass", "surpassing", "shattered",
        "shatter", "shattering", "bettered", "bettering", "topped", "topping", "exceeded", "exceeding", "overtook",
        "overtaking", "overtaken",
    };

    // Words that open another clause: past them a best-so-far noun is no longer the figure's ("the old record fell as the
    // ram sold for £52,000").
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "when", "as", "after", "before", "while", "and", "but", "because", "since", "until", "then", "that", "which", "who", "where",
    };

    /// <summary>
    /// The figure is a best-so-far from before this event: named by a noun of a best premodified by an adjective of a
    /// former state ("the mart's old record of more than £40,000", "the former best at the sale, £41,500", "the old
    /// record was £40,000"), or the object of a verb of surpassing ("beat the record of £3.1m", "broke the £3.1m record").
    /// The noun and the figure share one clause: only a comma of apposition may stand between them.
    /// </summary>
    private static bool PastRecord(Words words, ValueSpan span)
    {
        for (var k = span.First - 1; k >= Math.Max(1, span.First - 8); k--)
        {
            if (k < span.First - 1 && (words.BreakAfter(k) || Verbal(words[k + 1])))
            {
                break;
            }

            if (BestNouns.Contains(words[k]) && !words.BreakAfter(k - 1)
                && (FormerState.Contains(words[k - 1])
                    || (k >= 2 && BestNouns.Contains(words[k - 1]) && !words.BreakAfter(k - 2) && FormerState.Contains(words[k - 2]))))
            {
                return true; // "old record", "old top price"
            }

            if (words[k] == "record" && SurpassedBefore(words, k))
            {
                return true; // "beat the record of £3.1m"
            }
        }

        var after = span.Last + 1;
        return after < words.Count && !words.BreakAfter(span.Last) && words[after] == "record" && SurpassedBefore(words, span.First);
    }

    // A word past which the figure is in another clause: a clause opener or a past verb ("sold", "fetched"), save the
    // "stood" of a record's own copula ("the previous record stood at £40,000").
    private static bool Verbal(string word) =>
        ClauseOpeners.Contains(word) || Surpassing.Contains(word)
        || (word != "stood" && (IrregularVerbs.IsPastForm(word) || word.EndsWith("ed", StringComparison.Ordinal)));

    // A verb of surpassing just before the noun phrase that starts at word k, with only a determiner or a possessive
    // between: "beat the", "broke the mart's", "smashed its".
    private static bool SurpassedBefore(Words words, int k)
    {
        for (var j = k - 1; j >= Math.Max(0, k - 3) && !words.BreakAfter(j); j--)
        {
            if (Surpassing.Contains(words[j]))
            {
                return true;
            }

            if (!Determiners.Contains(words[j]) && !words.Tokens[j].Text.EndsWith("'s", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    // A single day: a date, a weekday or "yesterday", not a month or a year.
    private static bool IsDay(FactValue date) => date.Weekday is not null || (date.Range.IsPoint && !double.IsInfinity(date.Range.Low));

    // "11.40pm on Saturday", "2.30pm today", "on Sunday at 3am", "Sunday 3am".
    private static bool Adjacent(Words words, ValueSpan time, ValueSpan day) =>
        day.First == time.Last + 1
        || (day.First == time.Last + 2 && words[time.Last + 1] == "on")
        || time.First == day.Last + 1
        || (time.First == day.Last + 2 && words[day.Last + 1] is "at" or "around" or "about" or "from" or "until" or "by");
}
