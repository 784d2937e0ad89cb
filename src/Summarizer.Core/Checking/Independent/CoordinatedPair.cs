namespace Summarizer.Checking.Independent;

/// <summary>
/// Two things a source names with the same noun, joined by "and": "the cockpit voice recorder and the flight data
/// recorder", "the north tower and the south tower". The source counts them without a number, so a claim's "both
/// flight recorders" or "two towers" is stated by the pair as it would be by "two recorders".
/// </summary>
internal static class CoordinatedPair
{
    // Words a noun phrase of the pair may hold before its noun.
    private const int MaxWords = 4;

    /// <summary>
    /// A count of two for each such pair in a source sentence, placed just before the first phrase so that what it
    /// counts (<see cref="CountedThing.Of"/>) is read from that phrase.
    /// </summary>
    public static IEnumerable<Figure> In(string text, IReadOnlyList<Word> words)
    {
        for (var and = 1; and + 1 < words.Count; and++)
        {
            if (words[and].Folded != "and" || !Joined(text, words, and - 1, and) || !Joined(text, words, and, and + 1))
            {
                continue;
            }

            var noun = words[and - 1];
            var second = Phrase(text, words, and + 1);
            if (!IsNoun(noun) || second is not { } end || !Stemmer.SameStem(words[end].Stem, noun.Stem))
            {
                continue;
            }

            var first = and - 1;
            while (first > 0 && and - first < MaxWords && Joined(text, words, first - 1, first) && IsModifier(words[first - 1]))
            {
                first--;
            }

            if (first == and - 1)
            {
                continue; // "recorder and recorder": each phrase must tell its thing apart
            }

            var start = words[first].Start;
            yield return new Figure(FigureKind.Count, 2, "", text[start..words[end].End], start, start);
        }
    }

    // The index of the noun ending the phrase that opens at <paramref name="at"/> ("the flight data recorder"), if it
    // has words before its noun.
    private static int? Phrase(string text, IReadOnlyList<Word> words, int at)
    {
        var i = at;
        if (words[i].Folded is "the" or "a" or "an" or "its" or "their" or "his" or "her")
        {
            i++;
        }

        var opens = i;
        while (i + 1 < words.Count && i - opens < MaxWords && IsModifier(words[i]) && Joined(text, words, i, i + 1) && IsModifier(words[i + 1]))
        {
            i++;
        }

        return i > opens && IsNoun(words[i]) ? i : null;
    }

    private static bool IsModifier(Word w) => w.IsLetters && !Stopwords.Is(w.Folded) && !Speech.IsVerb(w.Folded);

    private static bool IsNoun(Word w) => IsModifier(w) && !w.IsCapitalized;

    private static bool Joined(string text, IReadOnlyList<Word> words, int a, int b) =>
        text[words[a].End..words[b].Start].Trim().Length == 0;
}
