using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>What a value measures, read from the words around it.</summary>
internal static class Measures
{
    /// <summary>Prefix of a measure that is a person ("the age of Anton Brisk"): such measures align by name.</summary>
    public const string PersonPrefix = "person:";

    private static readonly HashSet<string> PersonFrames = new(StringComparer.Ordinal) { "deaths", "injuries", "missing", "displaced" };

    public static string Of(Words words, ValueSpan span, string? frame) => span.Value.Kind switch
    {
        ValueKind.Count => CountHead(words, span) is { Length: > 0 } head ? head : frame is not null && PersonFrames.Contains(frame) ? "persons" : "",
        ValueKind.Percent => words[span.Last + 1] == "of" && HeadAfter(words, span.Last + 1) is { Length: > 0 } of ? of : "",
        ValueKind.Money => "money",
        ValueKind.Duration => span.Value.Unit == "ago" ? "ago" : "time",
        ValueKind.Age => AgeOf(words, span),
        ValueKind.Quantity => span.Value.Unit,
        ValueKind.Magnitude => "magnitude",
        ValueKind.Vote => "vote",
        _ => "",
    };

    private static string CountHead(Words words, ValueSpan span) => HeadAfter(words, span.Last, out _);

    /// <summary>The token of the counted noun after a count ("42 passengers", "21 of the 45 seats"); -1 when none.</summary>
    public static int HeadIndex(Words words, ValueSpan span)
    {
        if (span.Value.Kind != ValueKind.Count)
        {
            return -1;
        }

        HeadAfter(words, span.Last, out var index);
        return index;
    }

    // The counted noun after position i: the first word the class lexicon knows within four words, else the first
    // content word ("21 of the 45 seats" -> seats; "seven items of jewellery" -> items).
    private static string HeadAfter(Words words, int i) => HeadAfter(words, i, out _);

    private static string HeadAfter(Words words, int i, out int index)
    {
        string? first = null;
        index = -1;
        for (var k = i + 1; k < Math.Min(words.Count, i + 6) && !words.BreakAfter(k - 1); k++)
        {
            var w = words[k];
            if (w is "of" or "the" or "a" or "an" || w.EndsWith("'s", StringComparison.Ordinal) || NumberReader.TryRead(words, k, out _))
            {
                continue;
            }

            if (Stopwords.IsStopword(w) || char.IsUpper(words.Tokens[k].Text[0]) || (EventFrames.IsCue(w) && !MeasureClasses.Knows(w)))
            {
                break;
            }

            if (MeasureClasses.Knows(w))
            {
                index = k;
                return MeasureClasses.Of(w);
            }

            if (first is null)
            {
                first = w;
                index = k;
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return first is null ? "" : MeasureClasses.Of(first);
    }

    // An age belongs to a person: the name just before ("Quist, 47"), else the nearest name in the sentence.
    private static string AgeOf(Words words, ValueSpan span)
    {
        (int First, int Last)? best = null;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < words.Count; k++)
        {
            if ((k >= span.First && k <= span.Last) || NameSpans.EndingAt(words, k) is not { } name || (k + 1 < words.Count && NameSpans.IsNameWord(words, k + 1)))
            {
                continue;
            }

            var distance = name.Last < span.First ? span.First - name.Last : (name.First - span.Last) + 2;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best is { } found ? PersonPrefix + NameSpans.Key(words, found) : "";
    }
}
