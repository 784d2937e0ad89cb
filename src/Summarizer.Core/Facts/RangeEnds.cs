namespace Summarizer.Facts;

/// <summary>
/// "between 7am and 7pm", "from 6.30am until 7pm", "between May and July": the two values a range is written with are its
/// start and its end, one span of time, not two versions of one moment. Read from the closed class of words that frame a
/// range ("between ... and", "from ... to/until/till").
/// </summary>
internal static class RangeEnds
{
    /// <summary>The frame of a range's ends, whose phase says which end each is.</summary>
    public const string Frame = "range";

    // The widest the first value of a range may be ("between about 7.30 in the morning"), in words.
    private const int MaxValueWords = 6;

    /// <summary>"start" or "end" when the value in tokens <paramref name="first"/> to <paramref name="last"/> is an end of a range; else null.</summary>
    public static string? Of(Words words, int first, int last)
    {
        if (words[first - 1] is "between" or "from" && Closer(words, first - 1, last) && !words.BreakAfter(last))
        {
            return "start";
        }

        if (words[first - 1] is "and" or "to" or "until" or "till" && first >= 2 && !words.BreakAfter(first - 2))
        {
            for (var k = first - 2; k >= 0 && k >= first - 2 - MaxValueWords && !words.BreakAfter(k); k--)
            {
                if (words[k] is "between" or "from" && Closer(words, k, first - 2))
                {
                    return "end";
                }
            }
        }

        return null;
    }

    // True when the word after the range's first value closes it as its opener asks: "between" with "and", "from" with
    // "to", "until" or "till".
    private static bool Closer(Words words, int opener, int firstLast) =>
        words[opener] == "between" ? words[firstLast + 1] == "and" : words[firstLast + 1] is "to" or "until" or "till";
}
