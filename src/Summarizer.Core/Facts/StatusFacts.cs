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
            context ??= FactExtractor.Context(words);
            var (start, end) = (words.Tokens[state.First].Start, words.Tokens[state.Last].End);
            yield return new Fact(sourceId, index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end],
                new FactValue(ValueKind.Status, Interval.Point(state.Stage), state.Process), state.Subject, "status")
            {
                Context = context,
                StateTime = TimeAfter(words, state.Last, sentence, facts, start),
            };
        }
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
