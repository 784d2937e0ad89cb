namespace Summarizer.Checking.Independent;

/// <summary>
/// Words of a claim that a passage says with the form of a figure rather than a word: "maximum" is "up to 20 years",
/// "minimum" is "at least 12", "margin" is "beat him by about 6,000 votes" or "won by 812".
/// </summary>
internal static class FigureWords
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "about", "around", "roughly", "nearly", "almost", "some", "just", "more", "than", "over", "under", "only" };

    /// <summary>Whether <paramref name="word"/> of a claim is said by a figure of <paramref name="window"/>.</summary>
    public static bool Says(Word word, IReadOnlyList<SentenceReading> window) => word.Folded switch
    {
        "maximum" or "limit" or "cap" => window.Any(s => s.Figures.Any(f => f.Bound == FigureBound.AtMost)),
        "minimum" => window.Any(s => s.Figures.Any(f => f.Bound == FigureBound.AtLeast)),
        "margin" => window.Any(ByFigure),
        _ => false,
    };

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
