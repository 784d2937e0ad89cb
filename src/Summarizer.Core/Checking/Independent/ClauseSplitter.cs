using System.Text.RegularExpressions;

namespace Summarizer.Checking.Independent;

/// <summary>
/// Cuts a claim into the clauses that each state one fact, for <see cref="ClaimReading.Clauses"/> and
/// <see cref="ClaimPieces"/>: at clause joints ("; ", ", and ", ", including ", " after "...; " and was ...", ", beating ..."
/// where a second predicate of the same subject may come from another sentence, "... while crews cleared the road"), and
/// a parenthetical about someone ("Marland, who received the prize in Castlebury, told ...", "Its publisher, the small
/// press Lantern &amp; Kite, has ordered ...") as a fact of its own about them. Reported speech keeps its speaker with its
/// words: it is cut only where a fact is appended to it (", with a margin of 4,812 votes"), where the narration before a
/// joint ends before the speaker and verb ("The judges took four hours, but the chair said ..."), where a closed quote
/// is followed by a new verb ("called it \"...\" and ordered ..."), and at a parenthetical.
/// </summary>
internal static partial class ClauseSplitter
{
    private static readonly string[] Joints =
        [";", ", and ", ", with ", ", while ", ", but ", ", after ", ", as ", ", although ", ", though ", ", so ", ", which ", ", including ", ", up from ", ", down from ", " and then ", " when ", ", where ", " where ", " after ", " before ", " because ", " following "];

    private static readonly string[] SpeechJoints = [";", ", with "];

    // "X said A and that B": the repeated "that" opens a second reported clause of the same verb, which a source may give
    // in a sentence of its own ("X said A. ... X said B.").
    private const string AndThat = " and that ";

    /// <summary>The clauses of <paramref name="text"/>, or the text alone when it is one clause.</summary>
    /// <param name="knownNames">Folded words the sources write capitalised inside a sentence (to find a speaker again).</param>
    /// <param name="speechActs">
    /// Cut a speaker's two speech acts apart too ("X praised ... and said ..."), each with the speaker: for a citation,
    /// which must say both. Not for the pieces of a merged sentence, where a source saying one remark would be kept for the
    /// speaker's other words.
    /// </param>
    public static IReadOnlyList<string> Split(string text, ReportedSpeech? speech, IReadOnlySet<string> knownNames, bool speechActs = false)
    {
        // "shortly after 6pm", "before dawn on Monday": a word that joins clauses also sets a time, and then joins none.
        var held = TimeAfterJoint().Replace(text, m => m.Groups["joint"].Value + Held);
        if (held != text)
        {
            return [.. SplitHeld(held, speech, knownNames, speechActs).Select(p => p.Replace(Held, " ", StringComparison.Ordinal))];
        }

        return SplitHeld(text, speech, knownNames, speechActs);
    }

    // A space no joint matches, kept where a joint word sets a time.
    private const string Held = "\u00A0";

    private static string[] SplitHeld(string text, ReportedSpeech? speech, IReadOnlySet<string> knownNames, bool speechActs)
    {
        if (Parenthetical(text) is { } apart)
        {
            // A speaker set apart from an aside keeps both remarks together: the aside is a claim of its own already.
            return [.. apart.SelectMany(p => Split(p, speech is null ? null : Reread(p, knownNames), knownNames))];
        }

        if (speech is null)
        {
            return [.. text.Split(Joints, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(p => BareWhile().Split(p))
                .SelectMany(p => SharedSubject().Split(p))
                .SelectMany(OwnSubjects)
                .SelectMany(p => SecondPredicate(p, speech: false) ?? [p]).Select(p => p.Trim()).Where(p => p.Length > 0)];
        }

        if (speechActs && SecondPredicate(text, speech: true) is { } acts)
        {
            return [.. acts.SelectMany(p => Split(p, Reread(p, knownNames), knownNames, speechActs))];
        }

        var parts = text.Split(SpeechJoints, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2)
        {
            return parts;
        }

        var start = Math.Min(speech.Speaker[0].Start, speech.Verb.Start);
        foreach (var joint in Joints)
        {
            var at = text.IndexOf(joint, StringComparison.Ordinal);
            if (at > 0 && at + joint.Length <= start && text[..at].Trim().Split(' ').Length >= 3)
            {
                return [text[..at].Trim(), text[(at + joint.Length)..].Trim()];
            }
        }

        // "The Herald says a leopard walked out through a gate left unlocked, while 3,000 visitors were herded indoors": a
        // speaker who opens the sentence reports each clause after the verb, which a source may give in two sentences.
        if (speech.Speaker[0].Start < speech.Verb.Start && Independent.Quotes.Read(text).Count == 0)
        {
            var prefix = text[..speech.Verb.End];
            foreach (var joint in Joints.Where(j => j[0] is ',' or ';').Append(AndThat))
            {
                var at = text.IndexOf(joint, speech.Verb.End, StringComparison.Ordinal);
                if (at > 0 && text[speech.Verb.End..at].Trim().Split(' ').Length >= 3)
                {
                    return [text[..at].Trim(), prefix + " " + text[(at + joint.Length)..].Trim()];
                }
            }
        }

        var closed = QuoteThenVerb().Match(text);
        if (closed.Success && closed.Index > speech.Verb.Start)
        {
            return [text[..(closed.Index + 1)].Trim(), text[(closed.Index + closed.Length)..].Trim()];
        }

        // "X said salt was used \"with care\", and the council has borrowed 300 tonnes": once the quote is closed, a joint
        // before a subject of its own starts the summary's next statement, which the source may give in another sentence
        // (or give to another speaker: "..., while Y said ...").
        var next = QuoteThenClause().Match(text);
        return next.Success && next.Index > speech.Verb.Start
            ? [text[..(next.Index + 1)].Trim(), text[(next.Index + next.Length)..].Trim()]
            : [text];
    }

    // "... was closed while crews cleared the road": "while" without a comma before a clause with a subject of its own
    // joins two facts a source may give apart; "while walking home" is a circumstance of the first and stays with it.
    [GeneratedRegex(@"\s+while\s+(?![a-z]+ing\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BareWhile();

    // Each clause of a list with subjects of their own, where the clause before it has a verb of its own (three words or
    // more): "The mayor and the council were ..." is one clause.
    private static IEnumerable<string> OwnSubjects(string part)
    {
        var start = 0;
        foreach (Match m in OwnSubject().Matches(part))
        {
            if (part[start..m.Index].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4)
            {
                yield return part[start..m.Index];
                start = m.Index + m.Length;
            }
        }

        yield return part[start..];
    }

    /// <summary>
    /// "The ferry operator cancelled the early crossings and refunded every ticket": one subject with two verbs of the same
    /// form joined by "and", each a fact a source may give in a sentence of its own. The second is read with the subject
    /// again ("The ferry operator refunded every ticket"), so what it says is still held to who did it. The first verb is the
    /// first word before the joint of the second's form (both past in -ed, or both present in -s), after a subject of its
    /// own and not after a determiner or preposition (which would make it a noun); an auxiliary before it ("The pier was
    /// closed in May and reopened ...") is left out of the subject. In reported speech only a second speech act is so read
    /// ("The coach praised the referee's \"calm\" and said ..."): another verb after "and" may be in the speaker's words.
    /// Null when the text has no such joint.
    /// </summary>
    private static string[]? SecondPredicate(string text, bool speech)
    {
        var words = WordScanner.Scan(text);
        for (var k = 2; k + 2 < words.Count; k++)
        {
            var second = words[k];
            if (words[k - 1].Folded != "and" || !IsVerbForm(second) || (speech && !Speech.IsVerb(second.Folded)))
            {
                continue;
            }

            var form = FormOf(second);
            // In speech the first act is a speech act too ("praised ... and said"): "handed out fines and said ..." may give
            // the words to whoever the source has say them.
            var first = Enumerable.Range(1, k - 2).FirstOrDefault(i => IsVerbForm(words[i]) && FormOf(words[i]) == form && OpensPredicate(words, i)
                && (!speech || Speech.IsVerb(words[i].Folded)), -1);
            // The first verb needs an object or phrase of its own before the joint: "was closed and reopened" is one act.
            if (first < 0 || k - 1 - first < 3)
            {
                continue;
            }

            var subjectEnd = first;
            while (subjectEnd > 0 && Auxiliaries.Contains(words[subjectEnd - 1].Folded))
            {
                subjectEnd--;
            }

            // A subject is a short phrase: one set off by a comma ("The bakery, founded in the old mill, is selling two loaves
            // ... and branches") has its verb earlier, and the word found is a noun.
            if (subjectEnd == 0 || subjectEnd > MaxSubjectWords || text[..words[subjectEnd - 1].End].Contains(',', StringComparison.Ordinal))
            {
                continue;
            }

            // Outside speech, whose speaker is judged as such, the subject is a name or a pronoun for the one the source
            // tells of: a common noun ("Wardens ...") given again to the second act would pass a sentence where someone
            // else does it ("Police asked drivers ...").
            if (!speech && !NamesItsSubject(words.GetRange(0, subjectEnd)))
            {
                continue;
            }

            var subject = text[..words[subjectEnd - 1].End].TrimEnd(',', ' ');
            return [text[..words[k - 1].Start].TrimEnd(',', ' '), subject + " " + text[second.Start..]];
        }

        return null;
    }

    // Two capitalised words in a row ("Ann Lee", "Harbour Trust"), or a lone pronoun.
    private static bool NamesItsSubject(List<Word> subject) =>
        subject is [{ Folded: "he" or "she" or "it" or "they" }]
        || Enumerable.Range(1, subject.Count - 1).Any(i => subject[i - 1].IsCapitalized && subject[i].IsCapitalized);

    // "Medical director Dr Ann Lee": a title and a full name.
    private const int MaxSubjectWords = 6;

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "is", "are", "was", "were", "has", "have", "had", "been" };

    // A lower-case word that may be a finite verb: past in -ed, present in -s, or a verb of speech.
    private static bool IsVerbForm(Word w) =>
        w.IsLetters && char.IsLower(w.Text[0]) && !Stopwords.Is(w.Folded) && FormOf(w) != VerbForm.None;

    private enum VerbForm { None, Past, Present }

    // "sold", "kept": an irregular past is past too; "said", "told": a speech verb that is not in -s or -ing is read as
    // past, as news reports speech.
    private static VerbForm FormOf(Word w) => w.Folded switch
    {
        { Length: >= 4 } f when f.EndsWith("ed", StringComparison.Ordinal) => VerbForm.Past,
        var f when Stemmer.IsIrregularPast(f) => VerbForm.Past,
        { Length: >= 4 } f when f.EndsWith('s') && !f.EndsWith("ss", StringComparison.Ordinal) && !f.EndsWith("us", StringComparison.Ordinal) => VerbForm.Present,
        var f when Speech.IsVerb(f) && !f.EndsWith("ing", StringComparison.Ordinal) => VerbForm.Past,
        _ => VerbForm.None,
    };

    // The word before is a subject's last word or an auxiliary, not a determiner or preposition that makes it a noun.
    private static bool OpensPredicate(List<Word> words, int i) =>
        !Stopwords.Is(words[i - 1].Folded) || Auxiliaries.Contains(words[i - 1].Folded);

    /// <summary>
    /// Whether the text gives one subject two acts (<see cref="SecondPredicate"/>): unlike clauses with subjects of their
    /// own, the whole is still one subject's predicate, which a passage must hold as any one-clause claim's.
    /// </summary>
    public static bool JoinsPredicates(string text) => SecondPredicate(text, speech: false) is not null;

    /// <summary>Whether the text sets a fact about someone apart ("X, who ..., told ..."): each part must then be said on its own.</summary>
    public static bool HasAside(string text) => Parenthetical(text) is not null;

    // The speech of a piece, read again: the parenthetical may have taken the speaker's words away from it.
    private static ReportedSpeech? Reread(string piece, IReadOnlySet<string> knownNames)
    {
        var words = WordScanner.Scan(piece);
        return Speech.Read(piece, words, ProperNames.Read(piece, words, ProperNames.Openings(piece, words), knownNames));
    }

    // "X, who A, B" is "X A" and "X B"; "X, the N, B" is "X the N" and "X B"; "..., Oona Fitzgerald, who A." is
    // "... Oona Fitzgerald" and "Oona Fitzgerald A". Null when the text has no such parenthetical.
    private static string[]? Parenthetical(string text)
    {
        var inner = InnerRelative().Match(text) is { Success: true } relative ? relative : InnerApposition().Match(text);
        if (inner.Success)
        {
            var subject = text[..inner.Index].Trim();
            var aside = inner.Groups["aside"].Value.Trim();
            var rest = text[(inner.Index + inner.Length)..].Trim();
            // "The cook, Ann Lee, 58, a regular at the fair, was hurt": the age stays set off by its comma, so "58 was hurt"
            // is not read as a count opening a clause of its own.
            var joint = char.IsDigit(subject[^1]) ? ", " : " ";
            return [subject + joint + aside, subject + joint + rest];
        }

        var trailing = TrailingRelative().Match(text);
        if (trailing.Success && trailing.Index > 0)
        {
            var before = text[..trailing.Index].Trim();
            var name = TrailingName().Match(before);
            var aside = trailing.Groups["aside"].Value.Trim();
            return [before, (name.Success ? name.Value.Trim() + " " : string.Empty) + aside];
        }

        return null;
    }

    // "after 6pm", "before 14:30", "following Monday's vote", "after midnight": the word before a time or day.
    [GeneratedRegex(@"(?<joint>\b(?:after|before|following|until))\s(?=\d|(?:midnight|midday|noon|dawn|dusk|nightfall|daybreak|sunrise|sunset|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex TimeAfterJoint();

    // ", who A," followed by the verb of the main clause (a word in lower case, not "and").
    [GeneratedRegex(@",\s+(?:who|whose|which)\s+(?<aside>[^,;]+),\s+(?=(?!and\b|or\b|but\b)[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InnerRelative();

    // ", the/a/an N," followed by the verb of the main clause.
    [GeneratedRegex(@",\s+(?<aside>(?:the|a|an)\s+[^,;]+),\s+(?=(?!and\b|or\b|but\b)[a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InnerApposition();

    // ", who A." at the end of the claim.
    [GeneratedRegex(@",\s+who\s+(?<aside>[^,;]+?)[.!?]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingRelative();

    // The name the trailing clause is about: the capitalised words right before it.
    [GeneratedRegex(@"(?:[A-Z][\p{L}'’-]+\s+)*[A-Z][\p{L}'’-]+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingName();

    // A list of clauses, each with a subject of its own, that a source may give in several sentences: "Residents of 20 homes
    // were moved out, the street was sealed off and a rest centre was opened", "Crews saved the farmhouse, one firefighter
    // was taken to hospital". The subject is a determiner or a count and at most three words, then an auxiliary. A subject
    // that says no one ("... was evacuated and nobody was hurt", "none of the jewellery has been found") opens an outcome
    // that news gives in a sentence of its own ("No one was injured.").
    [GeneratedRegex(@",\s+(?=(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d(?:[\d,.]*\d)?)\s+(?:[a-z-]+\s+){0,3}(?:is|was|are|were|has|have|had)\s)|\s+and\s+(?=(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:is|was|are|were|has|have|had)\s)|(?:,\s+|,?\s+and\s+)(?=(?:nobody|no\s+one|no-one|none)\s+(?:[a-z-]+\s+){0,4}(?:is|was|are|were|has|have|had)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnSubject();

    // A second predicate of the same subject, from another sentence of a source: "... hunted 150 million years ago and
    // is thought to have been 11 metres long", "... reached 41.3C, beating the old mark by a degree". And a second clause
    // with a counted subject of its own, which a source may give in the next sentence: "... escaped down the chutes and
    // nine were hurt", "... was closed and 30 flights were delayed".
    [GeneratedRegex(@"\s+and\s+(?=(?:is|was|are|were|has|have|had|will|would|could|can|may|might|must)\s)|,\s+(?=(?!during\b|according\b|including\b)[a-z]+ing\s)|\s+and\s+(?=(?:(?:about|around|some|nearly|almost|more than|at least)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds|dozens|thousands)\s+(?:[a-z]+\s+)?(?:is|was|are|were|has|have|had|will|would)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex SharedSubject();

    // A quote closed, then a joint and the subject of a new clause: a determiner or a capitalised word.
    [GeneratedRegex(@"[""”],?\s+(?:and|while|but|whereas)\s+(?=(?:the|a|an|its|his|her|their|this|these|those)\s|[A-Z][\p{L}'’-]*\s)", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteThenClause();

    // A quote closed, then "and" and a verb in the past or present tense: a new predicate of the speaker.
    [GeneratedRegex(@"[""”]\s+and\s+(?=[a-z]+(?:ed|s)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteThenVerb();
}
