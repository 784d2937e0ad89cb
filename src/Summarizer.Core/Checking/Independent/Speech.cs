using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>A claim that reports someone's words: who spoke (name words or a role noun) and the speech verb.</summary>
internal sealed record ReportedSpeech(IReadOnlyList<Word> Speaker, Word Verb);

/// <summary>
/// Reads "X said ...", "... , X said", "said X", "according to X": a general lexicon of how news reports speech,
/// and the name or "the &lt;noun&gt;" next to the verb as the speaker. A pronoun speaker ("he said") is left to the
/// sentence it refers to.
/// </summary>
internal static class Speech
{
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        [
            "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "state", "states", "stated",
            "announce", "announces", "announced", "warn", "warns", "warned", "claim", "claims", "claimed", "insist", "insists",
            "insisted", "argue", "argues", "argued", "note", "notes", "noted", "explain", "explains", "explained", "confirm",
            "confirms", "confirmed", "deny", "denies", "denied", "promise", "promises", "promised", "pledge", "pledges",
            "pledged", "vow", "vows", "vowed", "urge", "urges", "urged", "call", "calls", "called", "describe", "describes",
            "described", "according", "write", "writes", "wrote", "admit", "admits", "admitted", "acknowledge", "acknowledges",
            "acknowledged", "stress", "stresses", "stressed", "declare", "declares", "declared", "predict", "predicts",
            "predicted", "threaten", "threatens", "threatened", "complain", "complains", "complained", "reply", "replies",
            "replied", "respond", "responds", "responded", "ask", "asks", "asked", "accuse", "accuses", "accused", "praise",
            "praises", "praised", "criticise", "criticised", "criticize", "criticized", "welcome", "welcomes", "welcomed",
            "condemn", "condemns", "condemned", "reiterate", "reiterated", "emphasise", "emphasised", "emphasize", "emphasized",
            "reveal", "reveals", "revealed", "disclose", "disclosed", "report", "reports", "reported", "estimate", "estimated",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "we", "i", "you", "who", "which", "that"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "its", "his", "her", "their", "our"], StringComparer.Ordinal);

    // Prepositions that never open a speaker's noun phrase ("of" does: "a member of the union said").
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["in", "on", "at", "for", "with", "by", "from", "into", "under", "during", "amid", "through"], StringComparer.Ordinal);

    // What ends the words before a clause's subject: "..., officials said", "— police said".
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:—–\"“”");

    public static bool IsVerb(string folded) => Verbs.Contains(folded);

    /// <summary>Whether the words report speech by a pronoun: "she told", "he said", "said she".</summary>
    public static bool HasPronounSpeaker(IReadOnlyList<Word> words)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var (a, b) = (words[i].Folded, words[i + 1].Folded);
            if ((a is "he" or "she" or "they" && Verbs.Contains(b)) || (Verbs.Contains(a) && b is "he" or "she" or "they"))
            {
                return true;
            }
        }

        return false;
    }

    public static ReportedSpeech? Read(string text, IReadOnlyList<Word> words, IReadOnlyList<ProperName> names)
    {
        for (var v = 0; v < words.Count; v++)
        {
            if (!words[v].IsLetters || !Verbs.Contains(words[v].Folded))
            {
                continue;
            }

            // A speaker after the verb only in inversion (", said the mayor"), else it is the object ("estimated the cost").
            // "told" is followed by whom it was told to ("told City Radio"), never by the speaker.
            var inverted = words[v].Folded == "according" || (v > 0 && words[v].Folded is not ("told" or "tell" or "tells")
                && text.AsSpan(words[v - 1].End, words[v].Start - words[v - 1].End).IndexOfAny(",\"”’") >= 0);
            var speaker = Before(text, words, v, names) ?? (inverted ? After(words, v, names) : null);
            if (speaker is { Count: > 0 })
            {
                return new ReportedSpeech(speaker, words[v]);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the words report someone's words whoever the speaker, including those <see cref="Read"/> leaves to the
    /// sentence they refer to or does not take for a named speaker: a pronoun ("she said"), a bare noun opening the
    /// sentence or a clause ("Police said ...", "..., officials confirmed", "and witnesses described ..."), or the one
    /// "according to" names ("according to police"). <paramref name="isFrame"/> tells a word of the summary's own frame
    /// ("Reports say", "according to two reports"), which reports what outlets write, not anyone's words.
    /// </summary>
    public static bool HasAnySpeaker(string text, IReadOnlyList<Word> words, Func<int, bool> isFrame)
    {
        for (var v = 0; v < words.Count; v++)
        {
            if (!words[v].IsLetters || !Verbs.Contains(words[v].Folded) || IsPassive(words, v) || (words[v].Folded != "according" && isFrame(v)))
            {
                continue;
            }

            if (words[v].Folded == "according")
            {
                // "according to police", not "according to two reports": the frame may come a few words on.
                var named = v + 2 < words.Count && words[v + 1].Folded == "to" ? v + 2 : -1;
                if (named >= 0 && words[named].IsLetters && !Enumerable.Range(named, Math.Min(3, words.Count - named)).Any(isFrame))
                {
                    return true;
                }

                continue;
            }

            var at = v - 1;
            for (var skipped = 0; skipped < 3 && at >= 0 && IsBetweenSpeakerAndVerb(words[at].Folded); skipped++)
            {
                at--;
            }

            if (at < 0 || !words[at].IsLetters || isFrame(at))
            {
                continue;
            }

            if (words[at].Folded is "he" or "she" or "they" or "we" or "i")
            {
                return true;
            }

            // The noun is the subject when nothing of its clause stands before it: the sentence's start, a comma or dash,
            // or a word that opens a clause ("and", "but", "the").
            var opens = at == 0 || text.AsSpan(words[at - 1].End, words[at].Start - words[at - 1].End).IndexOfAny(ClauseBreaks) >= 0
                || Stopwords.Is(words[at - 1].Folded);
            if (opens && !Stopwords.Is(words[at].Folded) && !Pronouns.Contains(words[at].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"have been reported", "was announced": a speech verb after a form of "be" has no speaker before it.</summary>
    public static bool IsPassive(IReadOnlyList<Word> words, int verb) =>
        verb > 0 && words[verb - 1].Folded is "is" or "are" or "was" or "were" or "be" or "been" or "being";

    // An age in digits between two commas, right after a capitalised word: the ", 58," of "Ann Lee, 58, said".
    private static bool IsAppositiveAge(string text, IReadOnlyList<Word> words, int at) =>
        words[at].Kind == WordKind.Digits && words[at].Text.Length <= 3 && words[at - 1].IsCapitalized && at + 1 < words.Count
        && text[words[at - 1].End..words[at].Start].Trim() == "," && text[words[at].End..words[at + 1].Start].Trim() == ",";

    // "Jane Doe said", "The union said", "the mayor also said"
    private static List<Word>? Before(string text, IReadOnlyList<Word> words, int verb, IReadOnlyList<ProperName> names)
    {
        if (IsPassive(words, verb))
        {
            return null; // "nine deaths were reported": a passive verb has no speaker before it
        }

        var at = verb - 1;

        // "the mayor also said", "Organisers first said", "The council has since confirmed": an adverb of time or an
        // auxiliary between the speaker and the verb is neither.
        for (var skipped = 0; skipped < 3 && at >= 0 && IsBetweenSpeakerAndVerb(words[at].Folded); skipped++)
        {
            at--;
        }

        // "Ann Lee, 58, said": an age set off by commas stands after the speaker's name, not in the speaker's place.
        if (at >= 1 && IsAppositiveAge(text, words, at))
        {
            at--;
        }

        if (at < 0 || Pronouns.Contains(words[at].Folded))
        {
            return null;
        }

        if (names.FirstOrDefault(n => n.Words[^1].End == words[at].End) is { } name)
        {
            return [.. name.Words];
        }

        if (NameBeforeBelonging(words, at, names) is { } member)
        {
            return member;
        }

        // "the union said", "Corvania's government announced"; not "in a restructuring announced on Tuesday", where the
        // noun is governed by a preposition and the verb is a participle.
        if (at >= 2 && Determiners.Contains(words[at - 1].Folded) && Prepositions.Contains(words[at - 2].Folded))
        {
            return null;
        }

        return at >= 1 && words[at].IsLetters && !Stopwords.Is(words[at].Folded)
            && (Determiners.Contains(words[at - 1].Folded) || (words[at - 1].IsCapitalized && !ProperNames.IsCalendarWord(words[at - 1].Folded))) ? [words[at]] : null;
    }

    // "Sergeant Ann Rhys of the rural crime team urged", "Dr Owen Tate, of Kellport University, said": a name followed by
    // the of-phrase saying where its bearer belongs is the speaker; the body they belong to is no one who speaks.
    private const int BelongingWords = 6;

    private static List<Word>? NameBeforeBelonging(IReadOnlyList<Word> words, int at, IReadOnlyList<ProperName> names)
    {
        for (var k = at - 1; k >= 1 && k >= at - BelongingWords; k--)
        {
            if (!words[k].IsLetters || Verbs.Contains(words[k].Folded) || Pronouns.Contains(words[k].Folded))
            {
                return null;
            }

            if (words[k].Folded == "of")
            {
                return names.FirstOrDefault(n => n.Words[^1].End == words[k - 1].End) is { } name ? [.. name.Words] : null;
            }
        }

        return null;
    }

    // Adverbs news sets before a speech verb to say when or how often it was said (a closed class, with any adverb in
    // -ly), and the perfect's auxiliaries.
    private static bool IsBetweenSpeakerAndVerb(string folded) =>
        folded.EndsWith("ly", StringComparison.Ordinal)
        || folded is "also" or "later" or "first" or "earlier" or "since" or "now" or "again" or "then" or "once" or "already" or "still"
            or "has" or "have" or "had";

    // "said Jane Doe", "said the union", "according to the mayor"
    private static List<Word>? After(IReadOnlyList<Word> words, int verb, IReadOnlyList<ProperName> names)
    {
        var at = verb + 1;
        if (words[verb].Folded == "according" && at < words.Count && words[at].Folded == "to")
        {
            at++;
        }

        if (at >= words.Count || Pronouns.Contains(words[at].Folded))
        {
            return null;
        }

        if (names.FirstOrDefault(n => n.Words[0].Start >= words[at].Start && n.Words[0].Start <= words[Math.Min(at + 1, words.Count - 1)].Start) is { } name)
        {
            return [.. name.Words];
        }

        return Determiners.Contains(words[at].Folded) && at + 1 < words.Count && words[at + 1].IsLetters && !Stopwords.Is(words[at + 1].Folded)
            ? [words[at + 1]]
            : null;
    }
}
