namespace Summarizer.Checking.Independent;

/// <summary>
/// The rules for one citation of one claim. The cited source must hold every figure (value and unit), date, proper
/// name and quoted span of the claim; one sentence of it (or two, where the second carries on from the first) must
/// hold the claim's measured figures and quotes and most of its content words; and a claim that reports speech
/// needs the speaker and the words in that same sentence (or pair).
/// </summary>
/// <param name="corroborated">
/// Judging a source for a claim that another source it cites says as strictly judged: news reports one event in its own
/// words, so the source's passage may say it with a light word fewer (<see cref="LightWords"/>) or in the looser
/// paraphrases of <see cref="Paraphrases"/>. Figures, names, quotes, speakers, negation and direction are judged as ever.
/// </param>
/// <param name="alone">
/// Judging a claim cited to this one source only: no other outlet's report backs it, so the passage must hold what the
/// claim says of its subject (<see cref="PredicateHolds"/>), not only the subject.
/// </param>
internal sealed partial class CitationJudge(double minOverlap, int minWords, bool corroborated = false, bool alone = false)
{
    /// <summary>What the source lacks: missing figures, names and quotes, or "[id]" when it holds them but does not say the claim.</summary>
    /// <param name="fullNames">Every run of two or more name words the story's sources write, as skeletons.</param>
    public List<string> Judge(ClaimReading claim, SourceReading source, IReadOnlySet<string> knownNames, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null)
    {
        claim = AsOwnReport(claim, source, knownNames);
        var missing = MissingTokens(claim, [source], fullNames);
        if (missing.Count > 0)
        {
            return missing;
        }

        // Other outlets' words are read for one fact, its figures, at a time: a clause that gives no figure of its own
        // ("..., making it one of the busiest crossings") cannot borrow them from the clause that does.
        var clauses = claim.Clauses(knownNames);
        // What a claim of one clause cited to this source alone says of its subject must be in the passage; a compound
        // claim's clauses each have a subject of their own, and are judged as ever. One subject given two acts ("... closed
        // the pier and refunded the fees") is still one predicate when read whole: a passage holding the subject and the
        // first act must not pass the second with it.
        var oneSubject = clauses.Count == 0 || ClauseSplitter.JoinsPredicates(claim.Text);
        if (!claim.HasAside && Supports(claim, source, fullNames, clauses.Count == 0 ? story : null, predicate: alone && oneSubject))
        {
            return [];
        }

        return clauses.Count > 0 && clauses.All(c => Supports(c, source, fullNames, story) || NarrationSupports(c, source, fullNames, story)) ? [] : [$"[{source.Id}]"];
    }

    /// <summary>
    /// "Dr Osei said the trust had struggled to recruit, and the list has grown by a fifth": the clause after the joint may
    /// be the summary's own statement, which the source makes itself. It is held by a passage where no one speaks, so words
    /// the source gives to someone else ("..., Dr Voss said") never become the speaker's.
    /// </summary>
    private bool NarrationSupports(ClaimReading clause, SourceReading source, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story) =>
        clause.Narrated is { } narrated
        && Candidates(narrated, source).Any(w => IsUnspoken(w, narrated) && Supports(narrated, source, w, fullNames, story));

    /// <summary>
    /// No sentence of the passage gives its words to anyone but whom the narrated clause itself names. A clause with a
    /// speaker of its own ("..., and the fire service says it is too early to say") is checked with that speaker, as any
    /// speech claim is. Otherwise the passage quotes no one, and a speech verb in it is passive ("no injuries have been
    /// reported": no one speaks) or has for its speaker someone the clause names ("the trust says it has agreed a plan"
    /// for "the trust has agreed a plan").
    /// </summary>
    private static bool IsUnspoken(IReadOnlyList<SentenceReading> window, ClaimReading narrated) =>
        narrated.Speech is not null
        || window.All(s => !s.Text.Any(c => c is '"' or '“' or '”')
            && (!Enumerable.Range(0, s.Words.Count).Any(i => Speech.IsVerb(s.Words[i].Folded) && !Speech.IsPassive(s.Words, i)) || IsSpokenByNamed(s, narrated)));

    // The sentence's speaker, by the head of its name ("Midshire Fire and Rescue Service" for "the fire service"), is
    // someone the narrated clause names; a pronoun speaker names no one and is never read so.
    private static bool IsSpokenByNamed(SentenceReading sentence, ClaimReading narrated) =>
        SpeechIn(sentence) is { } speech
        && narrated.Words.Any(w => SameWord(speech.Speaker[^1], w));

    // Who a source sentence gives words to, its names read from the sentence alone.
    private static ReportedSpeech? SpeechIn(SentenceReading sentence) =>
        Speech.Read(sentence.Text, sentence.Words, ProperNames.Read(sentence.Text, [.. sentence.Words], ProperNames.Openings(sentence.Text, [.. sentence.Words]), EmptyNames));

    private static readonly IReadOnlySet<string> EmptyNames = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The passages of <paramref name="source"/> that say the claim (one window, or one per clause of a compound claim),
    /// as sentence ranges of its cleaned text; empty when the source does not say it or says it only in its title.
    /// </summary>
    public List<(int Start, int End)> Passages(ClaimReading claim, SourceReading source, IReadOnlySet<string> knownNames, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null)
    {
        if (Judge(claim, source, knownNames, fullNames, story).Count > 0)
        {
            return [];
        }

        claim = AsOwnReport(claim, source, knownNames);
        // One sentence where one says it, before a pair of sentences.
        var shortest = Candidates(claim, source).ToList();
        var clauses = claim.Clauses(knownNames);
        var whole = claim.HasAside ? null : shortest.FirstOrDefault(w => Supports(claim, source, w, fullNames, clauses.Count == 0 ? story : null));
        var windows = whole is not null
            ? [whole]
            : clauses.Select(c => shortest.FirstOrDefault(w => Supports(c, source, w, fullNames, story))
                ?? (c.Narrated is { } n ? shortest.FirstOrDefault(w => IsUnspoken(w, n) && Supports(n, source, w, fullNames, story)) : null)).OfType<IReadOnlyList<SentenceReading>>().ToList();
        return [.. windows.Where(w => w[0].Start >= 0).Select(w => (w[0].Start, w[^1].End)).Distinct().Order()];
    }

    /// <summary>
    /// A claim that gives its words to the outlet of the source judged ("The Morning Bugle reports that ...", "..., the
    /// Bugle says.") is judged as those words: the report says them itself (<see cref="ClaimReading.Reported"/>), so they
    /// are cut into clauses and read with figure windows as any claim of its own, not held to one sentence as speech.
    /// </summary>
    private static ClaimReading AsOwnReport(ClaimReading claim, SourceReading source, IReadOnlySet<string> knownNames) =>
        claim.Speech is { } speech && source.Outlet.Count > 0 && speech.Speaker.All(w => source.Outlet.Contains(w.Skeleton)) && claim.Reported(knownNames, source.Outlet) is { } reported
            ? reported
            : claim;

    /// <summary>Figures, names and quotes of the claim that none of <paramref name="sources"/> holds, as written in the claim.</summary>
    public static List<string> MissingTokens(ClaimReading claim, IReadOnlyList<SourceReading> sources, IReadOnlySet<string> fullNames)
    {
        var missing = new List<string>();
        foreach (var figure in claim.Figures.Where(f => !sources.Any(s => s.Figures.Any(f.IsStatedBy) || WritesRankWord(f, s))))
        {
            missing.Add(figure.Surface);
        }

        // A result written as a pair ("voted 7-2") where the source writes its result as another pair ("6-3"): each count
        // may be in the source on its own, the result is not. A source that gives no result as a pair is judged as ever,
        // and a count already found missing names the wrong result itself.
        foreach (var (first, second) in Tally.Of(claim.Text, claim.Figures).Where(t => !missing.Contains(t.First.Surface) && !missing.Contains(t.Second.Surface)
            && sources.Any(s => s.Tallies.Count > 0) && !sources.Any(s => Tally.IsAmong(t, s.Tallies))))
        {
            missing.Add(claim.Text[first.Start..second.End]);
        }

        foreach (var name in claim.Names.Where(n => !sources.Any(s => ProperNames.IsIn(n, s, fullNames) || ProperNames.IsAcronymIn(n, claim.Words, s))))
        {
            missing.Add(name.Surface);
        }

        foreach (var quote in claim.Quotes.Where(q => !sources.Any(s => q.Parts.All(p => Independent.Quotes.Contains(s.Sequence, p)))))
        {
            missing.Add(quote.Surface);
        }

        return [.. missing.Distinct(StringComparer.Ordinal)];
    }

    // "reached the boy first and kept him still" where the source writes "who reached the boy first, kept him still": a
    // source's "first" read as an adverb (before a verb) is the same word as the claim's rank, and the rest of the claim
    // is still judged against the passage.
    private static bool WritesRankWord(Figure figure, SourceReading source) =>
        figure.Kind == FigureKind.Ordinal && figure.Surface.All(char.IsLetter) && source.Sequence.Contains(WordScanner.Fold(figure.Surface));

    /// <summary>
    /// Whether one of <paramref name="sources"/> has the speaker of a speech claim and the words in one sentence (or pair),
    /// or says each clause of it (<see cref="ClaimReading.Clauses"/>) the way a citation of it would be judged: a summary
    /// sentence may join a fact and someone's words on it ("The budget cuts 40 posts, and Ann Beck called it \"reckless\"")
    /// that its source gives in two sentences, each clause held by one of them, the speech with its speaker. A sentence
    /// that sets a fact about the speaker apart ("X, who ..., said ...") is two claims, each to be found, as a citation is.
    /// </summary>
    public bool SpeechIsIn(ClaimReading claim, IReadOnlyList<SourceReading> sources, IReadOnlySet<string> knownNames, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null) =>
        claim.Speech is null || sources.Any(s => (!claim.HasAside && Supports(claim, s, fullNames))
            || (MissingTokens(claim, [s], fullNames).Count == 0 && claim.Clauses(knownNames) is { Count: > 0 } clauses && clauses.All(c => Supports(c, s, fullNames, story))));

    private bool Supports(ClaimReading claim, SourceReading source, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null, bool predicate = false) =>
        Candidates(claim, source).Any(w => Supports(claim, source, w, fullNames, story, predicate));

    // Every passage that may say the claim, the judgement and the passages reported alike: single sentences before
    // pairs, then the figure windows, then the opening with a detail, then a figure with the sentence after it.
    private static IEnumerable<IReadOnlyList<SentenceReading>> Candidates(ClaimReading claim, SourceReading source) =>
        source.Windows().OrderBy(w => w.Count).Concat(FigureWindows(claim, source)).Concat(FramedFigureWindows(claim, source));

    /// <summary>
    /// A sentence that gives every measured figure of a claim and names no one the claim does not, joined to the sentence
    /// that frames it. First the lead windows: a claim that tells a later sentence's figures in the frame of the report's
    /// opening sentence ("voted the rise through by 31 to 19 last night" from "... voted the increase through last night"
    /// and, further down, "the plan scraped through 31-19"). The opening tells what the whole report is about, so a
    /// summary may join it to any of its details. A report that turns to a second matter opens it the same way, in a
    /// sentence of its own ("Engineers began repairing the footbridge ...") and gives its figures paragraphs further down
    /// ("The work is expected to cost £340,000"), so any earlier sentence frames the figures after it as the opening does,
    /// held to the same share of the claim's words. Never a later one: news tells what happened before it tells the
    /// figures. Then the following windows: a claim that joins the figure to what the report says in the very next
    /// sentence ("Police issued 27 parking tickets and urged drivers not to park on verges" from "... officers issued 27
    /// parking tickets." and "Police urged drivers not to park on verges."): news goes on with one matter sentence by
    /// sentence, each opening anew rather than carrying on with a pronoun or "But" (<see cref="SourceReading.Windows"/>
    /// pairs only those), so a summary may fold the two into one. The next sentence must give no measured figure of its
    /// own (else the claim may put the first sentence's figure on the next one's event: "evacuated 14 residents" from
    /// "destroyed 14 homes" and "evacuated 300 residents") and name no one the claim does not; the pair is held to the
    /// lead window's share. Not for speech or quotes, whose speaker and words must stand together.
    /// </summary>
    private static IEnumerable<IReadOnlyList<SentenceReading>> FramedFigureWindows(ClaimReading claim, SourceReading source)
    {
        var measured = claim.Figures.Where(f => f.IsMeasure).ToList();
        if (claim.Speech is not null || claim.Quotes.Count > 0 || measured.Count == 0)
        {
            yield break;
        }

        var body = source.Body;
        var stating = Enumerable.Range(0, body.Count)
            .Where(i => measured.All(m => body[i].Figures.Any(m.IsStatedBy)) && NamesOnlyWhatTheClaimNames(body[i], claim))
            .ToList();
        foreach (var i in stating.Where(i => i >= 1))
        {
            // A sentence right before the figure is read with it only as a pair window (where the figure's sentence
            // carries on from it). The opening also frames the second sentence, but only for one clause of a longer
            // claim: a whole compound claim read over the two would let one clause the report never says ("..., and 120
            // shops were looted" where the second sentence has them damaged) hide in the share the other clauses bring.
            for (var j = 0; j < i - 1 || (j == 0 && claim.IsClause); j++)
            {
                yield return new LeadWindow { body[j], body[i] };
            }
        }

        foreach (var i in stating.Where(i => i + 1 < body.Count))
        {
            var next = body[i + 1];
            if (!next.Continues && !next.Figures.Any(g => g.IsMeasure) && NamesOnlyWhatTheClaimNames(next, claim))
            {
                yield return new LeadWindow { body[i], next };
            }
        }
    }

    // A sentence that names someone or something the claim does not is about them ("The Green Front took 21 of the 45
    // seats" is not the claim's "Civic Union" taking them). A clause is about what the whole claim it was cut from names:
    // its subject may stand in the other clause ("A gale hit Ardley, flooding 30 homes" cut as "flooding 30 homes").
    private static bool NamesOnlyWhatTheClaimNames(SentenceReading sentence, ClaimReading claim) =>
        sentence.Capitalized.All(c => Stopwords.Is(c.Folded) || claim.WholeWords.Any(w => SameWord(c, w)));

    // The opening sentence lends a passage the story's own words ("Ostley", "levy", "last night"), so a joined passage
    // must hold nearly all of the claim's (four in five), not most: "the fishing fleet rejected the levy by 27 to 14"
    // keeps "fishing fleet rejected" from a sentence that does not give the vote.
    private const double LeadOverlap = 0.8;

    private sealed class LeadWindow : List<SentenceReading>;

    // Sentences joined from paragraphs apart lend more of the report's words than one passage, so they are held to the
    // lead window's share.
    private sealed class DistantFigureWindow : List<SentenceReading>;

    /// <summary>
    /// A claim that merges figures one source gives in neighbouring sentences ("Seven items worth £12m were taken" from
    /// "... escaped with seven items ..." and "The stolen pieces are worth an estimated £12m"): the two or three
    /// sentences, within three in a row, that each give one of its measured figures and together give them all. Each
    /// sentence is there for a figure of the claim, so no figure-free sentence is pulled in to make up its words.
    /// </summary>
    private static IEnumerable<IReadOnlyList<SentenceReading>> FigureWindows(ClaimReading claim, SourceReading source)
    {
        // An age is no measure a passage must give, but the sentence that gives it ("The 36-year-old ...") may be the one a
        // claim merges with the next.
        var measured = claim.Figures.Where(f => f.IsMeasure || f.IsAge).ToList();
        if (measured.Count < 2)
        {
            yield break;
        }

        var body = source.Body;
        for (var i = 0; i < body.Count; i++)
        {
            List<SentenceReading> holding = [.. body.Skip(i).Take(3).Where(s => measured.Any(m => s.Figures.Any(m.IsStatedBy)))];
            if (holding.Count >= 2 && ReferenceEquals(holding[0], body[i]) && measured.All(m => holding.Any(s => s.Figures.Any(m.IsStatedBy))))
            {
                yield return holding;
            }
        }

        // A summary of one source compresses the whole report, so the figures it joins in one sentence may lie paragraphs
        // apart ("closed for nine weeks" near the top, "cost £4.2m" at the end). From each sentence that gives a figure of
        // the claim, the nearest later sentence that gives each figure it lacks: every sentence is still there for a figure
        // of the claim. Spans of three in a row are offered above; these must hold nearly all of the claim's words.
        for (var i = 0; i < body.Count; i++)
        {
            if (DistantFigures(measured, body, i) is { } distant)
            {
                yield return distant;
            }
        }
    }

    // The sentences from body[i] on that give every measured figure, when they reach past three in a row (so at least two
    // sentences); null otherwise.
    private static DistantFigureWindow? DistantFigures(List<Figure> measured, IReadOnlyList<SentenceReading> body, int i)
    {
        if (!measured.Any(m => body[i].Figures.Any(m.IsStatedBy)))
        {
            return null;
        }

        var holding = new DistantFigureWindow { body[i] };
        var last = i;
        foreach (var m in measured)
        {
            if (holding.Any(s => s.Figures.Any(m.IsStatedBy)))
            {
                continue; // given by the first sentence or one added for an earlier figure
            }

            var j = Enumerable.Range(i + 1, body.Count - i - 1).FirstOrDefault(k => body[k].Figures.Any(m.IsStatedBy), -1);
            if (j < 0)
            {
                return null;
            }

            holding.Add(body[j]);
            last = Math.Max(last, j);
        }

        if (last - i < 3)
        {
            return null;
        }

        holding.Sort((a, b) => a.Start.CompareTo(b.Start));
        return holding;
    }

    private bool Supports(ClaimReading claim, SourceReading source, IReadOnlyList<SentenceReading> window, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null, bool predicate = false)
    {
        var figures = window.SelectMany(s => s.Figures).ToList();
        if (!claim.Figures.Where(f => f.IsMeasure).All(f => figures.Any(f.IsStatedBy)))
        {
            return false;
        }

        // A small count ("the two ferry operators") is stated only where the passage counts the same thing: a "2 km" or
        // "two extra lanes" in it says nothing of how many operators there are.
        foreach (var count in claim.Figures.Where(CountedThing.IsSmall))
        {
            var counted = CountedThing.Of(claim.Text, claim.Words, count);
            if (!window.Any(s => s.Figures.Any(g => count.IsStatedBy(g) && CountedThing.Same(counted, CountedThing.Of(s.Text, s.Words, g), claim.Words, s.Words))))
            {
                return false;
            }
        }

        // A date or day the passage gives otherwise ("this year" where it says "next year", "until Thursday" where it says
        // "until Wednesday") is not what it says, nor is it made so by the sentence next to it giving that day for
        // something else ("Buses are suspended until Thursday."): the day must be in the sentence that says the most of the claim.
        if (claim.Figures.Any(f => (IsDate(f) || f.Kind == FigureKind.Weekday) && GivesOtherDay(claim, f, window)))
        {
            return false;
        }

        // A bound the passage gives otherwise ("up to 200 stores" where the claim says "up to 150") is what it says, even
        // when a smaller count of something else ("the two chains") lies inside the claim's bound.
        if (claim.Figures.Any(f => f.Bound is FigureBound.AtLeast or FigureBound.AtMost
            && figures.Exists(g => g.Kind == f.Kind && g.Bound == f.Bound) && !figures.Exists(g => g.Bound == f.Bound && f.IsStatedBy(g))))
        {
            return false;
        }

        var sequence = window.SelectMany(s => s.Sequence).ToList();
        if (!claim.Quotes.Where(q => !q.IsTitle).All(q => q.Parts.All(p => Independent.Quotes.Contains(sequence, p))))
        {
            return false;
        }

        // Who or what the claim is about (a name of two words or more: "Civic Alliance", "Ruth Abara") must be in the
        // passage or a sentence next to it: the one before, which "his rival" or "she" refers back to, or the one after,
        // which a claim copying two sentences ("... a broken arm. Both were stable at X Hospital.") goes on into.
        var near = window.SelectMany(s => s.Words).Concat(source.PreviousWords(window)).Concat(source.NextWords(window)).Where(w => w.IsLetters).ToList();
        foreach (var name in claim.Names.Where(n => n.Words.Count >= 2 && (claim.Speech is null || !n.Words.Any(claim.Speech.Speaker.Contains))
            && !n.Words.All(w => source.Outlet.Contains(w.Skeleton))))
        {
            if (!near.Any(w => SameWord(name.Words[^1], w)) && !NamesWhatThePassageTells(claim, name, source, window)
                && !(ProperNames.IsShortFormIn(name, source) && near.Any(w => SameWord(name.Words[1], w)))
                && !ProperNames.IsSpelledOutAcronymAmong(name.Words[0], claim.Words, near))
            {
                return false;
            }
        }

        if (claim.Negated && !window.Any(s => s.Negated))
        {
            return false;
        }

        // What a sentence leaves open ("declined to say whether the bank would move again") it does not say, unless the
        // claim leaves it open too: "cuts would depend on wage data" is what "wages would decide whether there are cuts" says.
        var open = claim.Words.Any(w => w.Folded == "whether" || Paraphrases.IsConditional(w));
        var cut = !open && window.Any(s => s.Words.Any(w => w.Folded == "whether"));
        var words = window.SelectMany(s => open ? s.Words : s.Words.TakeWhile(w => w.Folded != "whether")).Where(w => w.IsLetters).ToList();
        if (Polarity.Contradicts(claim.Words, words))
        {
            return false;
        }

        if (!claim.Negated && SaysDoneWhatIsNotDone(claim, words))
        {
            return false;
        }

        if (!claim.Negated && SaysDoneWhatIsAsked(claim, words))
        {
            return false;
        }

        // The speaker as named, or as the source also calls them: "the mayor" for "Mayor Joran Vestergård" and back.
        // "she told the radio": a pronoun speaker is whoever the sentence it carries on from names.
        // "The Daily Herald-Star says ...": the outlet itself speaks in every sentence of its own report.
        if (claim.Speech is { } speech && !speech.Speaker.All(sp => source.Outlet.Contains(sp.Skeleton)) && !SpeakerIsIn(speech, source, [.. words, .. source.Antecedent(window)]) && !SpeaksAsTheOrganisation(speech, source, window))
        {
            return false;
        }

        if (claim.Speech is { } said && GivesWordsToAnother(claim, said, source, window))
        {
            return false;
        }

        var measures = claim.Figures.Count(f => f.IsMeasure);
        if (claim.Content.Count == 0 || (claim.Content.Count < minWords && measures > 0 && !claim.IsClause))
        {
            // "about 15,000 people": the figure, found above, is the claim; unless the source gives the claim's sentence
            // with another verb or subject, which puts the figure on another act.
            return !ChangedSpan.In(claim, window, source);
        }

        // A claim that says something happened is not found in "without raising new equity" or "did not close".
        // "... on protection rather than price" says what "on protection, not on price" negates, the other way round.
        var affirmed = claim.Negated || claim.Words.Any(w => w.Folded is "without" or "rather" or "instead") ? words : Affirmed(words);
        // What the passage says without what it negates: "without raising new equity" says no raising of shares.
        var senses = Paraphrases.SensesOf(affirmed, loose: true);
        senses.UnionWith(Paraphrases.NegatingSensesOf(words));
        // "The former teacher ran ..." right after "Ellington took ...": the claim's "Ellington" is the one it refers to.
        var subject = source.SubjectBefore(window);
        bool Found(Word c) => FoundHere(c) || (IsNameBeside(c) && SaysWhatItNames());
        bool FoundHere(Word c) => !GeneralTerms.NamesAnotherKind(c, affirmed) && (affirmed.Any(w => SameWord(c, w))
            || (c.IsCapitalized && subject.Any(w => SameWord(c, w)))
            || IsSpelledOutIn(c, affirmed)
            || ProperNames.IsSpelledOutAcronymAmong(c, claim.Words, affirmed)
            || (claim.Senses.TryGetValue(c, out var said) && Paraphrases.Shares(said, senses, corroborated))
            || IsFullNameOfSurnameIn(claim, c, affirmed, fullNames)
            || source.IsRoleIn(c, affirmed)
            || affirmed.Any(w => w.IsCapitalized && source.IsKnownAs(w.Skeleton, c.Stem))
            || FigureWords.Says(c, claim.Words, window)
            || GeneralTerms.IsSaidBy(c, affirmed)
            || (c.IsCapitalized && source.Outlet.Contains(c.Skeleton)));

        // "A houseboat was gutted by a blaze", then "Neighbours named the boat as the Silver Wren": a name of the
        // claim that the sentence before or after the passage writes is who or what the passage tells of, as the name check
        // above reads it, so it counts as found. Only where the passage itself says all the rest of the claim, its dates
        // too: a name beside the passage never makes up for a word or a day the passage lacks.
        bool IsNameBeside(Word c) => claim.Names.Any(n => n.Words.Contains(c)) && near.Any(w => SameWord(c, w));
        bool? saysWhatItNames = null; // the same for every name of the claim: judged once, when a name beside first asks
        bool SaysWhatItNames() => saysWhatItNames ??= SaysAllButItsNames();
        bool SaysAllButItsNames()
        {
            var told = claim.Content.Where(c => !claim.Names.Any(n => n.Words.Contains(c))).ToList();
            return told.Count > 0 && told.All(FoundHere) && claim.Figures.Where(f => !f.IsMeasure).All(f => figures.Exists(f.IsStatedBy));
        }

        var found = claim.Content.Count(Found);
        if (claim.IsClause && claim.Content.Count < minWords && measures > 0 && found > 0)
        {
            return true; // "nine were hurt", cut from a longer claim: the figure and what befell them
        }

        // Reported speech turns the speaker's "we" into what they speak for: "Mirković said the bank was not on autopilot"
        // for her "We are not on autopilot". Only the subject of the reported words is found so, when all the rest is found.
        if (claim.Speech is not null && claim.Content.Count >= 2 && found == claim.Content.Count - 1 && !Found(claim.Content[0])
            && words.Any(w => w.Folded is "we" or "our" or "us"))
        {
            found++;
        }

        // The claim's figures, all found in the passage above, count with its words: "Around 12,000 people in nine
        // countries took part" is held by the one sentence that gives 12,000, nine, 18 months and CT-417 together. So do
        // its dates where the passage gives them outside what it leaves open: "The next meeting is on 18 June".
        var dated = claim.Figures.Count(f => !f.IsMeasure && window.Any(s => s.Figures.Any(g => f.IsStatedBy(g) && !(cut && IsOpen(s, g)))));
        // A date of the claim that the passage does not give counts as a word it lacks: the same visit on another day is
        // not what the passage says, though the source gives that day elsewhere.
        var dates = Math.Max(dated, claim.Figures.Count(f => !f.IsMeasure && IsDate(f)));
        var overlap = window is LeadWindow or DistantFigureWindow ? Math.Max(minOverlap, LeadOverlap) : minOverlap;
        // Where another cited source says the claim, a light word the passage does not write ("made" of "made a forced
        // landing", "people" of "people living nearby") is this outlet's way of saying the same event in other words: it is
        // neither found nor wanted, where the passage says something of the claim at all. So is a common word of a phrase
        // of place or time ("aboard the boat" where it writes "among its crew"): what must hold is the act and its
        // participants. Not in reported speech, whose words are what the speaker said, circumstances and all.
        var wanted = !corroborated || found == 0 ? claim.Content.Count
            : claim.Content.Count - claim.Content.Count(c => (LightWords.Is(c) || (claim.Speech is null && Circumstance.Holds(claim.Text, claim.Words, c))) && !Found(c));
        bool Enough(int n) => n + measures + dated >= (overlap * (wanted + measures + dates)) - 1e-9;
        var restated = 0;
        if (!Enough(found) && found > 0 && story is not null && measures > 0)
        {
            restated = Restated(claim, figures, source, story, c => !Found(c));
            found += restated;
        }

        // Words another outlet gives for the passage's own figures tell the same fact: what the claim says of its subject
        // is then read in their words, as above, not held to the passage's alone.
        // The claim's act told with another thing in one of its phrases ("put up warning signs" for "put up fencing") is
        // another act, and the claim's sentence with another subject or predicate says another thing: the shared frame
        // carries the words, not what differs.
        return Enough(found) && (!predicate || restated > 0 || PredicateHolds(claim, Found, measures, dated, dates))
            && !SlotThing.In(claim, window, source) && !ChangedSpan.In(claim, window, source);
    }

    /// <summary>
    /// The claim's words, of those <paramref name="unfound"/> in the cited passage, that another source of the story writes
    /// in a sentence stating every measured figure of the claim: the passage gives those figures, and the outlets' own
    /// words for the same figures ("were moved out" where another writes "were evacuated", "cut the risk by 74 percent"
    /// where another writes "prevented 74% of cases") are words for what the passage says. Figures, names, quotes, negation
    /// and direction are still checked against the passage itself. The other sentence must give the passage's own value
    /// for each figure, not just one inside the claim's bound: "at least three weeks" is met by a passage's "waited eleven
    /// weeks", but an outlet's "out of action for at least three weeks" is then about another span, and its words are not
    /// the passage's.
    /// </summary>
    private static int Restated(ClaimReading claim, IReadOnlyList<Figure> passage, SourceReading source, IReadOnlyCollection<SourceReading> story, Func<Word, bool> unfound)
    {
        var measured = claim.Figures.Where(f => f.IsMeasure).ToList();
        bool Restates(Figure claimed, Figure other) =>
            claimed.IsStatedBy(other) && passage.Any(g => claimed.IsStatedBy(g) && SameFigure(g, other));
        var restating = story.Where(o => o.Id != source.Id)
            .SelectMany(o => o.Sentences.Where(s => s.Start >= 0 && measured.All(m => s.Figures.Any(r => Restates(m, r)))))
            .ToList();
        if (restating.Count == 0)
        {
            return 0;
        }

        var words = restating.SelectMany(s => Affirmed([.. s.Words.Where(w => w.IsLetters)])).ToList();
        var senses = Paraphrases.SensesOf(words);
        return claim.Content.Where(unfound).Count(c => words.Any(w => SameWord(c, w)) || (claim.Senses.TryGetValue(c, out var said) && Paraphrases.Shares(said, senses, loose: false)));
    }

    // Two outlets' figures for one fact: each states the other, or neither is an open bound and one rounds the other
    // ("about 3,000" and "2,950"). A bound and a value inside it ("at least three weeks", "eleven weeks") may be two facts.
    private static bool SameFigure(Figure a, Figure b) =>
        (a.IsStatedBy(b) && b.IsStatedBy(a))
        || (!IsOpenBound(a) && !IsOpenBound(b) && (a.IsStatedBy(b) || b.IsStatedBy(a)));

    private static bool IsOpenBound(Figure f) => f.Bound is FigureBound.AtLeast or FigureBound.AtMost;

    // The speaker as named, or as the source also calls them. A role word that titles another name in the passage
    // ("opposition leader Marta Quinn") is that person's, not the claim's "council leader Jon Avery"'s, though the source
    // calls him a leader too.
    private static bool SpeakerIsIn(ReportedSpeech speech, SourceReading source, List<Word> spoken)
    {
        bool TitlesAnother(int i) =>
            i + 1 < spoken.Count && spoken[i + 1].IsCapitalized && !Stopwords.Is(spoken[i + 1].Folded) && !speech.Speaker.Any(sp => SameWord(sp, spoken[i + 1]));
        return speech.Speaker.Any(sp => spoken.Where((w, i) => SameWord(sp, w) || (source.IsKnownAs(sp.Skeleton, w.Stem) && !TitlesAnother(i)) || source.IsKnownAs(w.Skeleton, sp.Stem)).Any());
    }

    /// <summary>
    /// Whether the sentence of the passage that says the most of the claim gives those words to a named speaker of its own
    /// who is not the claim's ("'We will be back next spring,' said Tomas Wend, who owns the ferry." for "Harbour master Lia
    /// Brook said ..."), and never writes the claim's speaker or another name the claim gives them by. The speaker check
    /// above finds the claim's speaker anywhere in the passage and the sentence before it, so a speaker named only beside
    /// the words was taken for theirs.
    /// </summary>
    private static bool GivesWordsToAnother(ClaimReading claim, ReportedSpeech said, SourceReading source, IReadOnlyList<SentenceReading> window)
    {
        if (!claim.Names.Any(n => n.Words.Any(said.Speaker.Contains)) || said.Speaker.All(sp => source.Outlet.Contains(sp.Skeleton)))
        {
            return false;
        }

        // Every name the claim gives its speaker by ("Ann Lee, secretary of the Vale Rowing Club, said": Lee and the club).
        var named = new ReportedSpeech([.. said.Speaker, .. claim.Names.SelectMany(n => n.Words)], said.Verb);
        var told = claim.Content.Where(c => !named.Speaker.Contains(c)).ToList();
        var core = window.MaxBy(s => told.Count(c => s.Words.Any(w => SameWord(c, w))));
        return core is not null && SpeechIn(core) is { } spoken && spoken.Speaker.Any(w => w.IsCapitalized)
            && !SpeakerIsIn(named, source, [.. spoken.Speaker])
            && !Unquoted(core).Any(w => named.Speaker.Any(sp => SameWord(sp, w)))
            && !SpeaksAsTheOrganisation(said, source, [core]);
    }

    /// <summary>
    /// Whether a sentence of the passage gives its words to the organisation the claim's speaker is, called another way: the
    /// source's "The company said ..." for the claim's "Quillon said ..." where the company the source names and labels is
    /// Quillon alone, the claim's "The bank said ..." for the source's "Halden Bank said ...", or for its "The company
    /// said ..." where the one company it may mean is labelled a bank. The noun must mean the claim's speaker and no other
    /// organisation the source has named by then, so the words of a rival body are never given to it.
    /// </summary>
    private static bool SpeaksAsTheOrganisation(ReportedSpeech claimed, SourceReading source, IReadOnlyList<SentenceReading> window)
    {
        foreach (var sentence in window)
        {
            if (SpeechIn(sentence) is not { } spoken)
            {
                continue;
            }

            var (claimNoun, sourceNoun) = (GeneralNoun(claimed.Speaker), GeneralNoun(spoken.Speaker));
            var meant = sourceNoun is not null ? source.Meant(sourceNoun, sentence) : claimNoun is not null ? source.Meant(claimNoun, sentence) : [];
            if (meant.Count == 0)
            {
                continue;
            }

            var same = (claimNoun, sourceNoun) switch
            {
                (null, not null) => meant.All(o => claimed.Speaker.Any(w => o.Skeletons.Contains(w.Skeleton))),
                (not null, null) => meant.All(o => spoken.Speaker.Any(w => o.Skeletons.Contains(w.Skeleton))),
                (not null, not null) => meant.All(o => o.Labels.Overlaps(OrganisationNouns.KindsOf(claimNoun.Stem))),
                _ => false,
            };
            if (same)
            {
                return true;
            }
        }

        return false;
    }

    // "the company": a speaker that is one lower-case organisation noun, not a name.
    private static Word? GeneralNoun(IReadOnlyList<Word> speaker) =>
        speaker is [{ IsCapitalized: false } noun] && OrganisationNouns.IsOne(noun.Stem) ? noun : null;

    private static bool GivesOtherDay(ClaimReading claim, Figure day, IReadOnlyList<SentenceReading> window)
    {
        var other = window.Where(s => s.Figures.Any(g => g.Kind == day.Kind) && !s.Figures.Any(day.IsStatedBy)).ToList();
        if (other.Count == 0)
        {
            return false;
        }

        var stating = window.Where(s => s.Figures.Any(day.IsStatedBy)).ToList();
        int Shared(SentenceReading s) => claim.Content.Count(c => s.Words.Any(w => SameWord(c, w)));
        return stating.Count == 0 || stating.Max(Shared) < other.Max(Shared);
    }

    private static bool IsDate(Figure f) => f.Kind is FigureKind.Date or FigureKind.Year or FigureKind.Month or FigureKind.RelativePeriod or FigureKind.FiscalYear;

    // A figure of a sentence that comes after its "whether": what the sentence leaves open.
    private static bool IsOpen(SentenceReading sentence, Figure figure) =>
        sentence.Words.FirstOrDefault(w => w.Folded == "whether") is { } whether && figure.Start > whether.Start;

    // The words of a passage that no negation governs: the three after "not", "no", "never" or "without" are left out,
    // and so is the rest of the sentence when they open a that-clause: "It is not clear that the company has promised to
    // keep the office open" and "There is no evidence that the fire was set" do not say the company promised or the fire
    // was set. (A sentence's words are scanned from its own start, so a smaller offset begins the next sentence.)
    private static List<Word> Affirmed(List<Word> words)
    {
        var result = new List<Word>(words.Count);
        var governed = 0;
        var clause = false;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (clause && w.Start > words[i - 1].Start)
            {
                continue;
            }

            clause = false;
            if (Stopwords.Negates(words, i) || w.Folded == "without")
            {
                governed = 3;
                clause = !Abbreviation(words, i) && Enumerable.Range(i + 1, 3).Any(k => k < words.Count && OpensClause(words, k));
                continue;
            }

            if (governed > 0)
            {
                governed--;
                continue;
            }

            result.Add(w);
        }

        return result;
    }

    // "Ring Road No. 4, a detour that ...": a capitalised "No" inside a sentence is the number sign, not a negation.
    private static bool Abbreviation(List<Word> words, int i) =>
        words[i].Text == "No" && i > 0 && words[i].Start > words[i - 1].Start;

    // "that" opening a clause ("not clear that", "no evidence that"), not pointing back ("None of that is covered").
    private static bool OpensClause(List<Word> words, int k) =>
        words[k].Folded == "that" && words[k - 1].Folded is not ("of" or "in" or "for" or "to" or "on" or "at" or "with" or "by" or "from" or "about" or "like");

    // "The bridge has reopened" where the passage says it "has yet to reopen", "were reconnected" where they "were still
    // waiting to be reconnected": a word of the claim the passage has only as the first it negates is not done there.
    private static bool SaysDoneWhatIsNotDone(ClaimReading claim, List<Word> words)
    {
        if (claim.Words.Any(w => w.Folded is "without" or "rather" or "instead"))
        {
            return false;
        }

        var negated = new List<Word>();
        for (var i = 0; i < words.Count; i++)
        {
            if (NegatesVerb(words, i) && words.Skip(i + 1).Take(3).FirstOrDefault(w => !Stopwords.Is(w.Folded)) is { } head)
            {
                negated.Add(head);
            }
        }

        var affirmed = Affirmed(words);
        return claim.Content.Any(c => negated.Exists(n => SameWord(c, n)) && !affirmed.Exists(w => SameWord(c, w)));
    }

    // A negation of what a clause says happened ("has not reopened", "didn't pay", "were still waiting to be reconnected"),
    // not of an infinitive someone is asked to leave undone ("urged people not to travel unless ..."), which may be put
    // the other way round ("to travel only if essential").
    private static bool NegatesVerb(List<Word> words, int i) =>
        Stopwords.Negates(words, i)
        && (!Stopwords.IsNegation(words[i].Folded) || words[i].Folded.EndsWith("nt", StringComparison.Ordinal)
            || (i > 0 && words[i - 1].Folded is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "did" or "does" or "do" or "will" or "would" or "could" or "can"));

    // "Nkechi Obioma" where the passage says "Dr. Obioma" and another source of the story gives the full name: the
    // first name is the same person's, so it counts as found with the surname.
    private static bool IsFullNameOfSurnameIn(ClaimReading claim, Word word, List<Word> passage, IReadOnlySet<string> fullNames) =>
        claim.Names.FirstOrDefault(n => n.Words.Contains(word)) is { Words.Count: >= 2 } name
            && passage.Any(w => w.Skeleton == name.Words[^1].Skeleton)
            && fullNames.Contains(string.Join(' ', name.Words.Select(w => w.Skeleton)));

    // "DCI Rowan Achebe" where the passage writes "Detective Chief Inspector Rowan Achebe": an acronym is found where the
    // capitalised words it abbreviates stand in a row.
    private static bool IsSpelledOutIn(Word acronym, List<Word> passage)
    {
        var letters = acronym.Folded;
        if (!acronym.IsAcronym || letters.Length < 2)
        {
            return false;
        }

        for (var i = 0; i + letters.Length <= passage.Count; i++)
        {
            var k = 0;
            while (k < letters.Length && passage[i + k].IsCapitalized && !passage[i + k].IsAcronym && passage[i + k].Folded[0] == letters[k])
            {
                k++;
            }

            if (k == letters.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name used as the label of the thing the passage tells of ("its Ferry Road works" where the passage says "one of
    /// its works" and another sentence of the source says "the Ferry Road works"): the source itself puts that name on
    /// that noun, so a summary joining the two is what the source says, however far apart its sentences are.
    /// </summary>
    private static bool NamesWhatThePassageTells(ClaimReading claim, ProperName name, SourceReading source, IReadOnlyList<SentenceReading> window)
    {
        var head = claim.Words.FirstOrDefault(w => w.Start >= name.Words[^1].End);
        if (head is null || !head.IsLetters || !char.IsLower(head.Text[0]) || Stopwords.Is(head.Folded)
            || claim.Text[name.Words[^1].End..head.Start].Trim().Length > 0)
        {
            return false;
        }

        return window.Any(s => s.Words.Any(w => SameWord(head, w)))
            && source.Sentences.Any(s => Labels(s.Words, name.Words[^1], head));
    }

    // The sentence writes the name's last word right before the noun: "the Ferry Road works".
    private static bool Labels(IReadOnlyList<Word> words, Word last, Word head)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (SameWord(words[i], last) && SameWord(words[i + 1], head))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameWord(Word a, Word b) =>
        Stemmer.SameStem(a.Stem, b.Stem) || a.Skeleton == b.Skeleton;
}
