namespace Summarizer.Checking.Independent;

/// <summary>
/// A disagreement side is an answer to its topic ("Hospital the boy was flown to": "St Piran's Hospital in Portheven"), so
/// a citation of it is read as one: its words found somewhere in the source are not enough, for a source that gives the
/// other version still names the other outlet's place or person elsewhere ("a boy from Trevanna").
/// </summary>
internal sealed partial class CitationJudge
{
    /// <summary>What the source lacks for <paramref name="side"/> as an answer to <paramref name="topic"/>: as <see cref="Judge"/>, and "[id]" when the source gives another version of it.</summary>
    /// <param name="sharing">Given when the side is a model's claim citing this source alone (with no other outlet to back
    /// it, the source must give its value as the topic asks: <see cref="OnlySpeaks"/>, <see cref="GivesActToAnother"/>,
    /// <see cref="DoerOfAnotherDeed"/>, <see cref="NeverNamed"/>, <see cref="CountsRivalOnly"/>, <see cref="OtherOnesValue"/>): the other sides that
    /// cite this source too, read as claims.</param>
    public List<string> JudgeSide(ClaimReading side, ClaimReading topic, SourceReading source, IReadOnlySet<string> knownNames, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null, IReadOnlyList<ClaimReading>? sharing = null)
    {
        var missing = Judge(side, source, knownNames, fullNames, story);
        var asked = sharing is null || (!OnlySpeaks(side, topic, source) && !GivesActToAnother(side, topic, source) && !DoerOfAnotherDeed(side, topic, source)
            && !NeverNamed(side, topic, source)
            && !CountsRivalOnly(side, topic, source, sharing) && !OtherOnesValue(side, topic, source));
        return missing.Count > 0 || (Answers(side, topic, source) && asked) ? missing : [$"[{source.Id}]"];
    }

    /// <summary>
    /// A source gives one version of a disagreement. Where another side cites it too, and it writes that side's figure
    /// with the topic's thing counted right after it ("The £1.1m robot" for "What the robot cost") but the side's own
    /// figure with no such thing ("an appeal that raised £640,000"), the side's figure is the source's value of something
    /// else.
    /// </summary>
    private static bool CountsRivalOnly(ClaimReading side, ClaimReading topic, SourceReading source, IReadOnlyList<ClaimReading> sharing)
    {
        var own = side.Figures.Where(f => f.IsMeasure).ToList();
        return own.Count > 0
            && sharing.Any(r => r.Figures.Any(f => f.IsMeasure && CountsTopic(f, topic, source)))
            && !own.Any(f => CountsTopic(f, topic, source));
    }

    // Some sentence of the source writes the figure with a word of the topic as the thing it counts.
    private static bool CountsTopic(Figure figure, ClaimReading topic, SourceReading source) =>
        source.Sentences.Any(s => s.Figures.Any(g => figure.IsStatedBy(g) && CountedThing.Of(s.Text, s.Words, g).Any(w => topic.Content.Any(c => SameWord(c, w)))));

    /// <summary>
    /// A side naming who did what the topic asks ("Who scored the winning try": "Captain Nye Jeffcoate") where the source
    /// gives that person only words: every sentence that names them reports their speech, with nothing of theirs but their
    /// name and title beside the verb ("Saltringham's captain, Nye Jeffcoate, 31, described a season ..."). Such a person
    /// is a voice in the report, not the one who did the act. A sentence that gives them an act of their own is no such
    /// report: a relative or infinitive clause, a participle or an agent's "by" beside the name ("Fire chief Pieter Laan, who
    /// led the rescue, said"; "The only member to vote against the cut, Piet Zandvoort, had argued"; "Judge Ann Lee,
    /// sentencing the firm, called it ..."), or the topic's own act or a title of it ("Manager Delia Fearnhough said" for
    /// "Who manages the foodbank").
    /// </summary>
    private static bool OnlySpeaks(ClaimReading side, ClaimReading topic, SourceReading source)
    {
        if (AskedAct.Of(topic) is not { } act || side.Names.Count == 0)
        {
            return false;
        }

        var surname = Person(side);
        var naming = source.Sentences.Where(s => Unquoted(s).Any(w => SameWord(w, surname))).ToList();
        return naming.Count > 0 && naming.All(s => SpeaksOnly(s, surname, act));
    }

    /// <summary>
    /// A side naming who did what the topic asks ("Who identified the orchid": "A mower driver on the verge") where the
    /// source tells that act in the passive with its agent, about the topic's thing ("The orchid was identified on Tuesday
    /// by a retired botanist, Lin Osei, ..."): the source gives its own answer there, and a side whose person that sentence never names, by name
    /// or by the title or noun the side opens with, is another version, though the source speaks of such people elsewhere.
    /// </summary>
    private static bool GivesActToAnother(ClaimReading side, ClaimReading topic, SourceReading source)
    {
        if (AskedAct.Of(topic) is not { } act || Participant(side) is not { Count: > 0 } participant)
        {
            return false;
        }

        var thing = topic.Content.Where(c => !SameWord(c, act)).ToList();
        return source.Body.Any(s => thing.Any(c => s.Words.Any(w => SameWord(c, w))) && HasAgentOf(s, act)
            && !s.Words.Any(w => participant.Any(p => SameWord(p, w))));
    }

    /// <summary>
    /// A side naming who did what the topic asks ("Who cleared the roof": "Surveyor Mira Tolan") where the source gives
    /// that person a deed only as the doer of a noun ("The sagging was found in a survey by Mira Tolan", "on the
    /// recommendation of its surveyors"): the noun is what the source says they did. Where that noun's clause writes no
    /// word of the topic, the noun is not the topic's act in other words, and no sentence naming the person writes the
    /// topic's act, the source tells of them doing something else, and the side is not its version.
    /// </summary>
    private static bool DoerOfAnotherDeed(ClaimReading side, ClaimReading topic, SourceReading source)
    {
        if (AskedAct.Of(topic) is not { } act || Doer(side) is not { } doer)
        {
            return false;
        }

        var naming = source.Body.Where(s => Unquoted(s).Any(w => SameWord(w, doer))).ToList();
        return naming.Count > 0 && !naming.Any(s => s.Words.Any(w => SameWord(w, act)))
            && naming.Any(s => DoesANounsDeed(s, doer, topic, act));
    }

    // Who a side names as the one acting: the person its first full name gives, else the noun its opening phrase ends on
    // ("The county's surveyors.": surveyors).
    private static Word? Doer(ClaimReading side) =>
        side.Names.Count > 0 ? Person(side) : Opening(side) is { Count: > 0 } opening ? opening[^1] : null;

    // The sentence writes the doer after a noun's "by" ("a survey by Mira Tolan, ...") or a deed noun's "of" ("the
    // recommendation of its surveyors"; "of" after any other noun says whose, "a member of the board"), with a determiner
    // before the noun (else it is a verb's agent: "was cleared by"), in a clause that writes no word of the topic.
    private static bool DoesANounsDeed(SentenceReading sentence, Word doer, ClaimReading topic, Word act)
    {
        var words = sentence.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (!SameWord(words[i], doer))
            {
                continue;
            }

            // back over the doer's phrase: names and titles, a determiner or possessive, a few lower-case words of a title
            var j = i - 1;
            for (var lower = 0; j >= 0 && words[j].IsLetters && !Broken(sentence, j)
                && (words[j].IsCapitalized || IsDeterminer(words[j]) || (!Stopwords.Is(words[j].Folded) && lower++ < 3)); j--)
            {
            }

            if (j < 2 || words[j].Folded is not ("by" or "of") || words[j - 1] is not { IsLetters: true, IsCapitalized: false } noun
                || Stopwords.Is(noun.Folded) || (words[j].Folded == "of" && !IsDeedNoun(noun))
                || !(IsDeterminer(words[j - 2]) || (j >= 3 && IsDeterminer(words[j - 3]) && !Stopwords.Is(words[j - 2].Folded))))
            {
                continue;
            }

            var opens = Enumerable.Range(0, j).LastOrDefault(k => Broken(sentence, k), -1) + 1;
            if (!words.Skip(opens).Take(i - opens).Any(w => topic.Content.Any(c => SameWord(c, w)))
                && !Paraphrases.SensesOf([noun]).Overlaps(Paraphrases.SensesOf([act])))
            {
                return true;
            }
        }

        return false;
    }

    // A comma, semicolon or dash right after word k ends the phrase or clause it is in.
    private static bool Broken(SentenceReading sentence, int k) =>
        k + 1 < sentence.Words.Count && sentence.Text[sentence.Words[k].End..sentence.Words[k + 1].Start].IndexOfAny([',', ';', '—', '–', ':']) >= 0;

    private static bool IsDeterminer(Word w) => w.Folded is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "our";

    // A noun made from a verb names a deed: "recommendation", "approval", "assessment", "guidance".
    private static bool IsDeedNoun(Word w) =>
        w.Folded.Length > 5 && (w.Folded.EndsWith("tion", StringComparison.Ordinal) || w.Folded.EndsWith("sion", StringComparison.Ordinal)
            || w.Folded.EndsWith("ment", StringComparison.Ordinal) || w.Folded.EndsWith("ance", StringComparison.Ordinal)
            || w.Folded.EndsWith("ence", StringComparison.Ordinal) || w.Folded.EndsWith("al", StringComparison.Ordinal));

    /// <summary>
    /// A side answering a "Who ..." topic with a title or noun and no name ("The gallery's night warden."), cited to one
    /// source alone: the source must write the noun the side's opening phrase ends on. One that never does names no such
    /// person, though it shares the side's other words ("the gallery", "the night shift").
    /// </summary>
    private static bool NeverNamed(ClaimReading side, ClaimReading topic, SourceReading source)
    {
        var opening = Opening(side);
        return AskedAct.AsksWho(topic) && opening.Count > 0 && !opening.Skip(1).Any(w => w.IsCapitalized)
            && !source.Sentences.Any(s => s.Words.Any(w => SameWord(w, opening[^1])));
    }

    // Who a side names: the words of its names, and those of the phrase it opens with.
    private static List<Word> Participant(ClaimReading side) => [.. side.Names.SelectMany(n => n.Words), .. Opening(side)];

    // The content words of the phrase a side opens with, up to its first comma or function word ("A mower driver on the
    // verge": mower, driver).
    private static List<Word> Opening(ClaimReading side)
    {
        var opening = new List<Word>();
        foreach (var w in side.Words.Where(w => w.IsLetters))
        {
            if ((Stopwords.Is(w.Folded) && opening.Count > 0) || side.Text[..w.Start].Contains(',', StringComparison.Ordinal))
            {
                break;
            }

            if (!Stopwords.Is(w.Folded))
            {
                opening.Add(w);
            }
        }

        return opening;
    }

    // The sentence writes the act as a passive, after a form of "be" or a comma ("The leak, reported by ..."), with "by"
    // and a doer within a few words after it: not a date or time ("by Friday", "by 6pm"), which is when, not who.
    private static bool HasAgentOf(SentenceReading sentence, Word act)
    {
        var words = sentence.Words;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].IsCapitalized || !SameWord(words[i], act)
                || !(words[i - 1].Folded is "was" or "were" or "been" or "is" or "are" or "being" || sentence.Text[words[i - 1].End..words[i].Start].Contains(',', StringComparison.Ordinal)))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(i + 7, words.Count - 1); j++)
            {
                if (words[j].Folded == "by" && !sentence.Figures.Any(f => f.Start <= words[j + 1].Start && words[j + 1].Start < f.End))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The person a claim names: the last word of the first name it writes in full ("Gareth Pryor, organiser for the Metal
    // Trades Union"), else of its first name.
    private static Word Person(ClaimReading claim) => (claim.Names.FirstOrDefault(n => n.Words.Count >= 2) ?? claim.Names[0]).Words[^1];

    /// <summary>
    /// A number set off by commas after a name ("Jed Hallowmoor, 20,") is what that one is, their age. Where the topic
    /// names someone ("The age of anchor Leander Crannock") and the source writes the side's figure only so, after a name
    /// neither the topic nor the side gives ("Dario Fenn, 52." names its own), the figure is that other one's.
    /// </summary>
    private static bool OtherOnesValue(ClaimReading side, ClaimReading topic, SourceReading source)
    {
        if (topic.Names.Count == 0 || side.Figures.Count == 0)
        {
            return false;
        }

        var person = Person(topic);
        var giving = source.Sentences.SelectMany(s => s.Figures.Where(g => side.Figures.Any(f => f.IsStatedBy(g))).Select(g => (Sentence: s, Figure: g))).ToList();
        return giving.Count > 0 && giving.All(x => x.Figure.IsAppositive
            && x.Sentence.Words.LastOrDefault(w => w.End <= x.Figure.Start) is { IsCapitalized: true } named
            && !SameWord(named, person) && !side.Names.Any(n => n.Words.Any(w => SameWord(w, named))));
    }

    // The sentence reports the person's speech and says nothing else of them: outside its quotes, the words on the speaker's
    // side of the verb (before it, or from the speaker on where the verb comes first) hold no clause of theirs and not the act.
    private static bool SpeaksOnly(SentenceReading sentence, Word surname, Word act)
    {
        if (SpeechIn(sentence) is not { } speech || !speech.Speaker.Any(w => SameWord(w, surname)))
        {
            return false;
        }

        var speakerFirst = speech.Speaker[0].Start < speech.Verb.Start;
        var beside = Unquoted(sentence).Where(w => speakerFirst ? w.End <= speech.Verb.Start : w.Start >= speech.Speaker[0].Start);
        return !beside.Any(w => w.IsLetters && (OpensClause(w, sentence) || SameWord(w, act)));
    }

    // A word that opens a clause or phrase saying what someone did: a relative pronoun, an infinitive's "to", an agent's
    // "by", a participle in -ing (in lower case but where it opens the sentence: "Spedding" is a name).
    private static bool OpensClause(Word w, SentenceReading sentence) =>
        w.Folded is "who" or "whose" or "whom" or "which" or "that" or "to" or "by"
        || (w.Folded.Length > 4 && w.Folded.EndsWith("ing", StringComparison.Ordinal) && (!w.IsCapitalized || w.Start == sentence.Words[0].Start));

    // The sentence's words outside its quotes.
    private static IEnumerable<Word> Unquoted(SentenceReading sentence)
    {
        var quoted = sentence.InQuote;
        var at = 0;
        foreach (var w in sentence.Words)
        {
            for (; at < w.Start && at < sentence.Text.Length; at++)
            {
                quoted ^= sentence.Text[at] is '"' or '“' or '”';
            }

            if (!quoted)
            {
                yield return w;
            }
        }
    }

    /// <summary>
    /// A side is short, the value itself. A place it gives with the town or area it lies in ("St Piran's Hospital in
    /// Trevanna") is the other version where the source writes that place with another one in the same spot ("St Piran's
    /// Hospital in Portheven"), though it names the side's town elsewhere ("a boy from Trevanna"). A bound it gives ("up to
    /// 85mph", "more than 25,000 residents") is a figure the source writes as that bound; a source that gives the same kind
    /// of bound with another value in a sentence about the topic ("winds forecast to hit up to 80mph" for "Strongest forecast
    /// gusts") gives the other version, though a smaller count of something else lies inside the side's bound.
    /// </summary>
    private static bool Answers(ClaimReading side, ClaimReading topic, SourceReading source) =>
        !PlacesElsewhere(side, source)
        && !side.Figures.Any(f => f.IsMeasure && IsOpenBound(f) && !source.Figures.Any(g => g.Bound == f.Bound && f.IsStatedBy(g))
            && source.Body.Any(s => AboutTopic(topic, s) && GivesOtherBound(side, f, s)));

    // "A in B" in the side, and a sentence of the source that writes A followed the same way by a name that is
    // not B, and never writes B: it puts A somewhere else.
    private static bool PlacesElsewhere(ClaimReading side, SourceReading source)
    {
        for (var n = 0; n + 1 < side.Names.Count; n++)
        {
            var (place, within) = (side.Names[n], side.Names[n + 1]);
            var joint = Joint(side.Text[place.Words[^1].End..within.Words[0].Start]);
            if (joint is null)
            {
                continue;
            }

            foreach (var sentence in source.Body.Where(s => !s.Words.Any(w => SameWord(within.Words[^1], w))))
            {
                var words = sentence.Words;
                for (var i = 0; i + 1 < words.Count; i++)
                {
                    // the name after the joint word ("in Portheven")
                    var other = words[Math.Min(i + 2, words.Count - 1)];
                    if (SameWord(place.Words[^1], words[i]) && other.Start > words[i].End && Joint(sentence.Text[words[i].End..other.Start]) == joint
                        && other.IsCapitalized && !Stopwords.Is(other.Folded))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // What joins a place to the town or area it lies in: "in", "at" or "near"; null for anything else. (Not a comma, which
    // as often ends the clause: "a newsagent in Mill Street, the lottery said".)
    private static string? Joint(string between) =>
        between.Trim() is var t && t is "in" or "at" or "near" ? t : null;

    // The sentence writes one of the topic's content words.
    private static bool AboutTopic(ClaimReading topic, SentenceReading sentence) =>
        topic.Content.Any(c => sentence.Words.Any(w => SameWord(c, w)));

    // The sentence gives the side's kind of bound (the same unit, counting the same thing) with another value: "up to 200
    // stores" against "up to 250 stores".
    private static bool GivesOtherBound(ClaimReading side, Figure bound, SentenceReading sentence) =>
        sentence.Figures.Any(g => g.Kind == bound.Kind && g.Unit == bound.Unit && g.Bound == bound.Bound && !bound.IsStatedBy(g)
            && CountedThing.Same(CountedThing.Of(side.Text, side.Words, bound), CountedThing.Of(sentence.Text, sentence.Words, g), side.Words, sentence.Words));
}
