using System.Collections.Frozen;
using Summarizer.Checking;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Who a claim reports as speaking: the speaker of a speech verb ("Asante said", "said Fergal Moynihan",
/// "according to the museum", "the union would seek ..."). <see cref="Key"/> is the short form a source must
/// name: the surname of a named speaker, else the head noun ("lawyers", "company"); null for a pronoun.
/// </summary>
internal sealed record ReportedSpeech(string? Key, bool IsName, IReadOnlySet<string> SpeakerStems, string VerbStem)
{
    // English verbs of saying (reporting, asserting, promising, warning, asking, conceding) in their base and
    // irregular past forms; the light stemmer meets their other inflections. "would" marks the backshifted
    // future of reported speech ("the union would seek talks").
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        new[]
        {
            "say", "said", "tell", "told", "state", "announce", "declare", "claim", "assert", "insist", "warn", "add",
            "note", "explain", "argue", "admit", "acknowledge", "confirm", "deny", "promise", "pledge", "vow", "urge",
            "suggest", "predict", "describe", "ask", "reply", "respond", "comment", "remark", "stress", "emphasise",
            "emphasize", "mention", "concede", "complain", "threaten", "reveal", "disclose", "propose", "recommend",
            "maintain", "contend", "write", "wrote", "testify", "allege", "caution", "advise", "reassure", "affirm",
            "reiterate", "observe", "conclude", "hint", "signal", "apologise", "apologize", "criticise", "criticize",
            "condemn", "praise", "welcome", "call", "report", "would",
        }.SelectMany(Forms),
        StringComparer.Ordinal);

    /// <summary>
    /// The stem of the verb of what was said ("said it was <b>considering</b> a challenge", "would <b>seek</b> talks"),
    /// or null where the words after the verb of saying give none (a quote before it, "was a partner").
    /// </summary>
    public string? ReportedVerb { get; init; }

    // Auxiliaries that open the verb of a reported clause ("it was considering", "they would push", "had been examined").
    private static readonly FrozenSet<string> Auxiliaries =
        AuxiliaryVerbs.Set(AuxiliaryVerbs.All, ["not", "still", "now", "already", "also"]);

    /// <summary>The speech <paramref name="claim"/> reports (its first verb of saying), or null when it reports none.</summary>
    public static ReportedSpeech? Read(string claim) => ReadAll(claim).FirstOrDefault();

    /// <summary>Every speech <paramref name="claim"/> reports, one per verb of saying, in order.</summary>
    public static IEnumerable<ReportedSpeech> ReadAll(string claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var quoted = new bool[claim.Length + 1];
        foreach (var (start, end) in QuotedSpans.Find(claim))
        {
            Array.Fill(quoted, true, start, end - start);
        }

        var tokens = Tokenizer.Facts.Tokenize(claim).Where(t => !quoted[t.Start]).ToList();
        for (var v = 0; v < tokens.Count; v++)
        {
            var word = Folding.Fold(tokens[v].Text);
            var stem = Stemmer.Inflections.Stem(tokens[v].Text);
            var isVerb = Verbs.Contains(word);
            var according = word == "according" && v + 1 < tokens.Count && Folding.Fold(tokens[v + 1].Text) == "to";
            var before = v > 0 ? Folding.Fold(tokens[v - 1].Text) : "";
            var notReporting = before is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "this" // a noun: "the claim"
                || before is "is" or "was" or "were" or "be" or "been" or "being" or "are" or "get" or "got" // passive: "what is called"
                || before.EndsWith("'s", StringComparison.Ordinal)
                || (word != "would" && before is "to" or "could" or "can" or "may" or "might" or "should" or "must" or "will" or "would");
            if (!according && (!isVerb || word.EndsWith("ing", StringComparison.Ordinal) || notReporting || !char.IsLower(tokens[v].Text[0])))
            {
                continue; // not a verb of saying, or not a report: "a warning", "what's called", "aims to reassure"
            }

            var gap = Gap(claim, tokens, v);
            var speaker = according ? After(claim, tokens, v + 1, stem)
                : gap.Length == 0 && before is "and" or "but" ? Coordinated(claim, tokens, v, stem)
                : gap.Length == 0 ? Before(claim, tokens, v, stem)
                : gap[^1] is '"' or '”' or '’' or '\'' || gap.EndsWith(",\"", StringComparison.Ordinal) || gap.EndsWith(",”", StringComparison.Ordinal)
                    ? After(claim, tokens, v, stem)
                    : gap[^1] == ',' ? NamedEarlier(claim, tokens, v, stem) : null;
            if (speaker is not null)
            {
                // What was said follows the verb unless the speaker does ("...," said X; according to X).
                var follows = !according && !(gap.Length > 0 && gap[^1] is '"' or '”' or '’' or '\'' || gap.EndsWith(",\"", StringComparison.Ordinal) || gap.EndsWith(",”", StringComparison.Ordinal));
                yield return speaker with { ReportedVerb = follows ? VerbSaid(claim, tokens, v, word == "would") : null }; // a verb of saying with no speaker of its own reports nothing here
            }
        }
    }

    // The reported clause's verb: the first content word after an auxiliary, within the clause that follows the verb of
    // saying (up to punctuation or a quote); for the backshifted "would" of "the union would seek", the next word.
    private static string? VerbSaid(string text, List<Token> tokens, int v, bool isWould)
    {
        var afterAuxiliary = isWould;
        for (var k = v + 1; k < tokens.Count && k <= v + 10; k++)
        {
            if (text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim().Length > 0)
            {
                return null; // the clause ends, or a quote opens, before any verb
            }

            var folded = Folding.Fold(tokens[k].Text);
            if (Auxiliaries.Contains(folded) || (afterAuxiliary && folded.EndsWith("ly", StringComparison.Ordinal)))
            {
                afterAuxiliary = true;
                continue;
            }

            if (afterAuxiliary)
            {
                return ContentWords.IsContent(folded) && char.IsLower(tokens[k].Text[0]) && !Anaphora.IsPronoun(tokens[k].Text)
                    ? InflectionStemmer.OfFolded(folded) : null;
            }
        }

        return null;
    }

    // A verb's written forms: "admit", "admits", "admitted"; "reply", "replies", "replied"; "state", "stated".
    private static IEnumerable<string> Forms(string verb)
    {
        yield return verb;
        if (verb.EndsWith('y'))
        {
            yield return verb[..^1] + "ies";
            yield return verb[..^1] + "ied";
            yield break;
        }

        yield return verb.EndsWith('s') || verb.EndsWith("sh", StringComparison.Ordinal) ? verb + "es" : verb + "s";
        yield return verb.EndsWith('e') ? verb + "d" : verb + "ed";
        yield return verb + verb[^1] + "ed";
    }

    // The subject right before the verb: "Finance chief Kwame Asante said", "Quist's lawyers said", "He said".
    private static ReportedSpeech? Before(string text, List<Token> tokens, int v, string verb)
    {
        // Auxiliaries and adverbs between the subject and the verb are not the speaker: "Frederiksen has responded".
        var phrase = Adjacent(text, tokens, v, -1);
        while (phrase.Count > 1 && (Stopwords.IsStopword(Folding.Fold(tokens[phrase[^1]].Text)) || Folding.Fold(tokens[phrase[^1]].Text).EndsWith("ly", StringComparison.Ordinal))
            && !Anaphora.IsPronoun(tokens[phrase[^1]].Text))
        {
            phrase.RemoveAt(phrase.Count - 1);
        }

        return Subject(tokens, phrase, Stems(tokens, phrase), verb);
    }

    // A verb of saying joined to an earlier verb ("Police named the driver ..., and said he was ..."): its speaker is
    // the subject of that first verb, the words that open the sentence before its first verb in the past or with an
    // auxiliary.
    private static ReportedSpeech? Coordinated(string text, List<Token> tokens, int v, string verb)
    {
        for (var k = 1; k < v - 1; k++)
        {
            var word = Folding.Fold(tokens[k].Text);
            if (text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End).Trim().Length > 0)
            {
                return null; // the opening is no plain subject ("On Monday, ...", "Asked why, ...")
            }

            if (char.IsLower(tokens[k].Text[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || word is "has" or "had" or "have" or "was" or "were" or "is" or "are" or "will" or "would" or "made" or "took" or "gave" or "told" or "sent" or "found" or "put" or "set" or "held" or "kept" or "left" or "brought"))
            {
                var phrase = Enumerable.Range(0, k).ToList();
                return Subject(tokens, phrase, Stems(tokens, phrase), verb);
            }
        }

        return null;
    }

    // The speaker is the last word of the subject: a pronoun (unnamed), a surname, or a head noun.
    private static ReportedSpeech? Subject(List<Token> tokens, List<int> phrase, HashSet<string> stems, string verb)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        var nearest = tokens[phrase[^1]].Text;
        if (Anaphora.IsPronoun(nearest))
        {
            return new ReportedSpeech(null, false, stems, verb);
        }

        if (IsCapitalized(nearest) && !Stopwords.IsStopword(Folding.Fold(nearest)))
        {
            return new ReportedSpeech(NameKey(nearest), true, stems, verb);
        }

        return Stopwords.IsStopword(Folding.Fold(nearest)) ? null : new ReportedSpeech(Stemmer.Inflections.Stem(nearest), false, stems, verb);
    }

    // The speaker after an inverted verb: "..." said chief executive Marcus Feld; according to the research team.
    private static ReportedSpeech? After(string text, List<Token> tokens, int v, string verb)
    {
        var phrase = Adjacent(text, tokens, v, +1);
        var stems = Stems(tokens, phrase);
        var names = phrase.SkipWhile(k => !IsNameWord(tokens[k].Text)).TakeWhile(k => IsNameWord(tokens[k].Text)).ToList();
        if (names.Count > 0)
        {
            return new ReportedSpeech(NameKey(tokens[names[^1]].Text), true, stems, verb);
        }

        if (phrase.Count > 0 && Anaphora.IsPronoun(tokens[phrase[0]].Text))
        {
            return new ReportedSpeech(null, false, stems, verb);
        }

        // The head of the first noun phrase: the last word of its run of content words ("the research team").
        var run = phrase.SkipWhile(k => Stopwords.IsStopword(Folding.Fold(tokens[k].Text)))
            .TakeWhile(k => !Stopwords.IsStopword(Folding.Fold(tokens[k].Text))).ToList();
        var head = run.Count == 0 ? -1 : run.Skip(1).FirstOrDefault(k => Folding.Fold(tokens[k].Text) is var w
            && (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)), -1) is var stop and >= 0
            ? run[run.IndexOf(stop) - 1] : run[^1];
        return head < 0 ? null : new ReportedSpeech(Stemmer.Inflections.Stem(tokens[head].Text), false, stems, verb);
    }

    // "Dr. Oskar Lindahl, the scientist who studied the fossil, said": the subject before the aside, whose words
    // (the aside's too) describe the speaker, not what was said.
    private static ReportedSpeech? NamedEarlier(string text, List<Token> tokens, int v, string verb)
    {
        var end = Enumerable.Range(0, v).FirstOrDefault(k => text[tokens[k].End..tokens[k + 1].Start].Contains(',', StringComparison.Ordinal), -1);
        return end < 0 ? null : Subject(tokens, Adjacent(text, tokens, end + 1, -1, ignoreFirstGap: true), Stems(tokens, [.. Enumerable.Range(0, v)]), verb);
    }

    private static string Gap(string text, List<Token> tokens, int v) =>
        v == 0 ? text[..tokens[0].Start].Trim() : text[tokens[v - 1].End..tokens[v].Start].Trim();

    private static HashSet<string> Stems(List<Token> tokens, List<int> phrase) =>
        phrase.Select(k => Stemmer.Inflections.Stem(tokens[k].Text)).ToHashSet(StringComparer.Ordinal);

    private static bool IsNameWord(string word) => IsCapitalized(word) && !Stopwords.IsStopword(Folding.Fold(word));

    /// <summary>
    /// True when <paramref name="sentence"/> reports this speaker speaking, or names the speaker and reports no one
    /// else speaking; a claim whose speaker is a pronoun needs no name.
    /// </summary>
    public bool SpeaksIn(string sentence, int minVariantLength)
    {
        if (Key is null)
        {
            return true;
        }

        // The speaker says it, or is named in a sentence where nobody else is reported speaking ("Officials expect").
        var speakers = ReadAll(sentence).Where(s => s.Key is not null).ToList();
        return speakers.Any(s => s.Key == Key || (s.IsName && SameKey(s.Key!, minVariantLength)))
            || (speakers.Count == 0 && IsNamedIn(sentence, minVariantLength));
    }

    /// <summary>True when <paramref name="sentence"/> names this speaker at all (a pronoun-reported speech needs none).</summary>
    public bool IsNamedIn(string sentence, int minVariantLength) =>
        Key is null || Tokenizer.Facts.Tokenize(sentence).Any(t => Mentions(t.Text, minVariantLength));

    /// <summary>
    /// True when <paramref name="next"/> carries on from a sentence that names the speaker: it opens with a
    /// pronoun or the speaker's short name, or its attribution is a pronoun with a verb of saying
    /// (<c>"...," he said.</c>).
    /// </summary>
    public bool Continues(string next, int minVariantLength) =>
        Anaphora.OpensWithPronoun(next)
        || (Key is not null && Tokenizer.Facts.Tokenize(next).Take(3).Any(t => Mentions(t.Text, minVariantLength)))
        || ReadAll(next).Any(s => s is { Key: null, SpeakerStems.Count: > 0 });

    private bool Mentions(string word, int minVariantLength) =>
        IsName ? SameKey(NameKey(word), minVariantLength) : Stemmer.Inflections.Stem(word) == Key;

    private bool SameKey(string key, int minVariantLength) => key == Key || (IsName && Names.IsVariant(key, Key!, minVariantLength));

    // The words of the phrase next to the verb, up to punctuation, a quote or a clause word ("that", "who").
    private static List<int> Adjacent(string text, List<Token> tokens, int v, int step, bool ignoreFirstGap = false)
    {
        var phrase = new List<int>();
        for (var k = v + step; k >= 0 && k < tokens.Count; k += step)
        {
            var (a, b) = step < 0 ? (tokens[k].End, tokens[k + 1].Start) : (tokens[k - 1].End, tokens[k].Start);
            if ((text.AsSpan(a, b - a).Trim().Length > 0 && !(ignoreFirstGap && k == v + step)) || Folding.Fold(tokens[k].Text) is "that" or "who" or "which" or "and")
            {
                break;
            }

            phrase.Add(k);
        }

        if (step < 0)
        {
            phrase.Reverse();
        }

        return phrase;
    }

    private static string NameKey(string name)
    {
        var folded = Folding.Fold(name).TrimEnd('.');
        return folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded;
    }

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);
}
