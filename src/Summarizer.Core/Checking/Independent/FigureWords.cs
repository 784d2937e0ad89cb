namespace Summarizer.Checking.Independent;

/// <summary>
/// Words of a claim that a passage says with the form of a figure rather than a word: "maximum" is "up to 20 years",
/// "minimum" is "at least 12", "margin" is "beat him by about 6,000 votes" or "won by 812", "in the early hours" is
/// "at 3.50am" or "shortly after midnight", "on Saturday night" is "shortly after 11pm on Saturday".
/// </summary>
internal static class FigureWords
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "about", "around", "roughly", "nearly", "almost", "some", "just", "more", "than", "over", "under", "only" };

    /// <summary>Whether <paramref name="word"/> of a claim (<paramref name="claim"/>: all its words) is said by a figure of <paramref name="window"/>.</summary>
    public static bool Says(Word word, IReadOnlyList<Word> claim, IReadOnlyList<SentenceReading> window) => word.Folded switch
    {
        "maximum" or "limit" or "cap" => window.Any(s => s.Figures.Any(f => f.Bound == FigureBound.AtMost)),
        "minimum" => window.Any(s => s.Figures.Any(f => f.Bound == FigureBound.AtLeast)),
        "margin" => window.Any(ByFigure),
        "morning" => window.Any(s => HasTime(s, 240, 720)),
        "afternoon" => window.Any(s => HasTime(s, 720, 1080)),
        "evening" => window.Any(s => HasTime(s, 1020, 1320)),
        "night" or "tonight" or "overnight" => window.Any(s => HasTime(s, 1200, 1440) || HasTime(s, 0, 360) || s.Words.Any(w => NightWords.Contains(w.Folded)) || HasEarlyHours(s.Words)),
        "early" or "small" or "hours" when HasEarlyHours(claim) && IsInEarlyHours(word, claim) =>
            window.Any(s => HasTime(s, 0, 360) || s.Words.Any(w => w.Folded is "midnight" or "overnight")),
        _ => false,
    };

    // Words that place an event in the night without a time: "shortly after midnight", "overnight".
    private static readonly HashSet<string> NightWords = new(StringComparer.Ordinal) { "midnight", "overnight", "night", "tonight" };

    // "in the early hours", "the small hours": after midnight and before dawn.
    private static bool HasEarlyHours(IReadOnlyList<Word> words) =>
        words.Where((w, i) => w.Folded is "early" or "small" && i + 1 < words.Count && words[i + 1].Folded == "hours").Any();

    private static bool IsInEarlyHours(Word word, IReadOnlyList<Word> claim)
    {
        var at = -1;
        for (var i = 0; i < claim.Count; i++)
        {
            if (ReferenceEquals(claim[i], word))
            {
                at = i;
            }
        }

        return at >= 0 && (word.Folded == "hours"
            ? at > 0 && claim[at - 1].Folded is "early" or "small"
            : at + 1 < claim.Count && claim[at + 1].Folded == "hours");
    }

    // A time of day (minutes after midnight) that falls in the part of the day a claim names: "in the afternoon" for "at 3.40pm".
    private static bool HasTime(SentenceReading sentence, int from, int to) =>
        sentence.Figures.Any(f => f.Kind == FigureKind.TimeOfDay && !f.Ambiguous && f.Value >= from && f.Value < to);

    // "by 4,812", "by about 6,000": the amount a contest was won by.
    private static bool ByFigure(SentenceReading sentence)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Folded != "by")
            {
                continue;
            }

            var k = i + 1;
            while (k < words.Count && Qualifiers.Contains(words[k].Folded))
            {
                k++;
            }

            if (k < words.Count && sentence.Figures.Any(f => f.Kind == FigureKind.Count && f.Start <= words[k].Start && words[k].Start < f.End)
                && Paraphrases.SensesOf(words).Contains("win"))
            {
                return true;
            }
        }

        return false;
    }
}
