using Summarizer.Chunking;

namespace Summarizer.Facts;

/// <summary>The states a sentence reports (<see cref="StatusReader"/>) as facts, with the time given right after the act.</summary>
internal static class StatusFacts
{
    /// <summary>One fact per process the sentence reports a state of; <paramref name="facts"/> are the sentence's values.</summary>
    public static IEnumerable<Fact> Read(int sourceId, int index, TextSegment sentence, Words words, IReadOnlyList<Fact> facts)
    {
        HashSet<string>? context = null;
        foreach (var state in StatusReader.Read(words))
        {
            // The sentence's values carry its context already; read it only when it gave none.
            context ??= facts.Count > 0 && facts[0].Context is HashSet<string> read ? read : FactExtractor.Context(words);
            var (start, core) = (words.Tokens[state.First].Start, words.Tokens[state.Last].End);
            var (whenEnd, day) = WhenEnd(words, state.Last, sentence, facts);
            var end = words.Tokens[whenEnd].End;
            yield return new Fact(sourceId, index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end],
                new FactValue(ValueKind.Status, Interval.Point(state.Stage), state.Process), state.Subject, "status")
            {
                Context = context,
                StateTime = TimeAfter(words, state.Last, sentence, facts, start),
                StateCore = end > core ? sentence.Text[start..core] : null,
                StateDay = day,
            };
        }
    }

    // Words that start another statement: a day after them is not when the state was reached.
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "after", "before", "while", "when", "as", "because", "since", "until", "said", "says", "told", "that", "which", "who",
    };

    // "reopened its runway at 6pm on Thursday", "reopened to visitors on Friday morning": the last token of the day or
    // hour the state was reached, when the clause gives it within a few words of the act; otherwise the act's own end.
    // The day read there, if any, comes with it so the brief can place a weekday on the calendar.
    private static (int End, Fact? Day) WhenEnd(Words words, int last, TextSegment sentence, IReadOnlyList<Fact> facts)
    {
        var end = last;
        Fact? day = null;
        var k = last + 1;
        for (var skipped = 0; k < words.Count && !words.BreakAfter(k - 1); )
        {
            if (words[k] is "at" or "on" or "by" && WhenFact(words, k + 1, sentence, facts) is { } when)
            {
                end = k + 1;
                while (end + 1 < words.Count && sentence.Start + words.Tokens[end + 1].End <= when.End && !words.BreakAfter(end))
                {
                    end++;
                }

                day = when.Value.Kind == ValueKind.Date ? when : DayOf(when, words, sentence) ?? day;

                if (words[end + 1] is "morning" or "afternoon" or "evening" or "night" && !words.BreakAfter(end))
                {
                    end++;
                }

                k = end + 1;
                skipped = 3; // after a day or hour only another one ("at 6pm on Thursday") may follow
                continue;
            }

            if (++skipped > 3 || Openers.Contains(words[k]) || !char.IsLetter(words.Tokens[k].Text[0]) || words.Capitalized(k))
            {
                break;
            }

            k++;
        }

        return (end, day);
    }

    // "at 6pm on Friday" is read as one time with its day: the day, with its own words, as a date.
    private static Fact? DayOf(Fact time, Words words, TextSegment sentence)
    {
        if (time.Value.On is not { } on)
        {
            return null;
        }

        var (from, to) = (time.Start - sentence.Start, time.End - sentence.Start);
        var day = DateReader.Read(words, new bool[words.Count], null, false).FirstOrDefault(d => d.Start >= from && d.End <= to);
        return day is null ? null : time with
        {
            Value = on,
            Start = sentence.Start + day.Start,
            End = sentence.Start + day.End,
            Text = sentence.Text[day.Start..day.End],
        };
    }

    private static Fact? WhenFact(Words words, int k, TextSegment sentence, IReadOnlyList<Fact> facts)
    {
        if (k >= words.Count)
        {
            return null;
        }

        var (from, to) = (sentence.Start + words.Tokens[k].Start, sentence.Start + words.Tokens[k].End);
        return facts.FirstOrDefault(f => f.Value.Kind is ValueKind.TimeOfDay or ValueKind.Date && f.Start < to && f.End > from);
    }

    // "were fully restored at 2.20pm", "back to normal by 14:20": the time the state was reached, when it follows the
    // act. Only the clock time is shown; a day read with it ("on Friday") may be one the other sources leave unsaid.
    private static (string, FactValue)? TimeAfter(Words words, int last, TextSegment sentence, IReadOnlyList<Fact> facts, int start)
    {
        if (words[last + 1] is not ("at" or "by") || last + 2 >= words.Count)
        {
            return null;
        }

        var (from, to) = (sentence.Start + words.Tokens[last + 1].Start, sentence.Start + words.Tokens[last + 2].Start);
        if (facts.FirstOrDefault(f => f.Value.Kind == ValueKind.TimeOfDay && f.Start >= from && f.Start <= to) is not { } time)
        {
            return null;
        }

        var k = last + 2;
        while (k + 1 < words.Count && (words.Gap(k) is "" or ":" or "." || words[k + 1] is "am" or "pm" or "a.m" or "p.m")
            && (char.IsDigit(words.Tokens[k + 1].Text[0]) || words[k + 1] is "am" or "pm" or "a.m" or "p.m"))
        {
            k++; // "14:20", "2.20 pm"
        }

        var end = words.Tokens[k].End;

        return (sentence.Text[start..end], time.Value);
    }
}
