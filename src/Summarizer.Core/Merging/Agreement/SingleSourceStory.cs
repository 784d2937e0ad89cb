using Summarizer.Chunking;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a sentence of one source is judged against when "reported by one source" is decided: the other independent
/// sources, the story's aligned facts and how much each of its words tells (<see cref="StoryWordWeights"/>).
/// </summary>
internal sealed record SingleSourceStory(int SourceId, List<SourceIndex> Others, FactCorroboration Facts, StoryWordWeights Weights, StoryAnalysisOptions Options, StoryPostings Postings)
{
    private bool[]? _others;

    // Which of the story's sources are Others, for the questions the postings answer across them at once.
    private bool[] OthersAmong => _others ??= Postings.Among(Others);

    // The story-weighted share of a clause's words that one passage (a sentence, or it with its neighbour) of another
    // source must hold for the clause to restate it: the event's words and participants are there, not just the story's
    // names. 0.6, chosen on the dev trust cases: a reworded statement of another source's fact reaches it, a clause
    // sharing only the story's names and place does not.
    private const double RestatedShare = 0.6;

    // A clause of fewer content words than this names who or what a sentence is about ("Mayor Ilse Varga,"); it
    // restates nothing on its own.
    private const int MinRestatingWords = 3;

    // A clause that holds nearly all of one sentence of another source (this share of its story-weighted words) and
    // two-fifths of whose own weight that sentence holds is that statement retold around the outlet's own words. Both
    // set on the dev trust cases (a reworded "talks are expected" statement reaches them; see the README).
    private const double RetoldShare = 0.75;
    private const double RetoldHeld = 0.4;

    /// <summary>
    /// True when another source's passage holds most of <paramref name="content"/>'s story-weighted words, or one of its
    /// sentences is nearly all within them and holds two-fifths of them (the same statement, reworded around it).
    /// </summary>
    public bool Restates(HashSet<string> content) =>
        content.Count >= MinRestatingWords
        && Postings.AnyRestates(content, Weights, OthersAmong, RestatedShare, RetoldHeld, RetoldShare, MinRestatingWords + 1);

    // A figure-free clause restates one sentence of another source when that sentence holds both words of at least
    // half of the clause's links (see ClauseLinks), and at least this many: its predicate with an argument, not one
    // shared pair of the story's words.
    private const int MinHeldLinks = 2;

    /// <summary>
    /// True when one sentence of another independent source says what the figure-free <paramref name="clause"/> of
    /// <paramref name="sentence"/> says about the same participants: it holds most of the clause's links (its words'
    /// head-modifier, subject-verb and verb-object neighbours). Names are no links, so a clause that adds only where
    /// ("The coast road between X and Y was closed" / "The coast road remains closed") still restates; a name it adds
    /// weighs in the story-weighted share instead. Catches a rewording that share misses because the clause's own names
    /// and a few words differ ("replacement buses carry commuters from X to Y" / "replacement buses will carry commuters
    /// until ...").
    /// </summary>
    public bool RestatesLinks(TextSegment clause, SentenceWords sentence)
    {
        var (from, to) = (clause.Start - sentence.Segment.Start, clause.End - sentence.Segment.Start);
        var links = ClauseLinks.Of(sentence.Tokens.Where(t => t.Start >= from && t.Start < to), from == 0);
        if (links.Count < MinHeldLinks)
        {
            return false;
        }

        var needed = Math.Max(MinHeldLinks, (links.Count + 1) / 2);
        return Postings.AnyHoldsLinks(links, needed, OthersAmong);
    }

    /// <summary>
    /// The figures <paramref name="clause"/> gives among <paramref name="stated"/> (the sentence's facts): values, not the
    /// article's own publication day, which every outlet's dateline repeats.
    /// </summary>
    public IEnumerable<Fact> FiguresIn(TextSegment clause, IReadOnlyList<Fact> stated) =>
        stated.Where(f => f.Start >= clause.Start && f.Start < clause.End && Facts.IsValue(f) && !f.OnPublicationDay);

    /// <summary>
    /// True when <paramref name="clause"/> restates another source: its figures (of <paramref name="stated"/>, the
    /// sentence's facts) are all corroborated there, or, with no figure, another source's passage holds most of its words
    /// or one of its sentences most of its links (<see cref="RestatesLinks"/>).
    /// </summary>
    public bool Restates(TextSegment clause, IReadOnlyList<Fact> stated, SentenceWords sentence)
    {
        // A clause of this source is one place in one sentence, so its answer is read once however often it is asked.
        if (!_restated.TryGetValue(clause, out var restates))
        {
            var values = FiguresIn(clause, stated).ToList();
            _restated[clause] = restates = values.Count > 0 ? values.All(Facts.IsCorroborated) : Restates(sentence.ContentOf(clause)) || RestatesLinks(clause, sentence);
        }

        return restates;
    }

    // The word share of SourceIndex.BestMatch within which a passage of another source holds a clause: a little under
    // the support overlap, as a restatement rewords a few words.
    private const double PassageSlack = 0.05;

    /// <summary>
    /// True when one passage of another independent source holds most of <paramref name="content"/>'s words, both with
    /// the story's shared names and without them (<see cref="SentenceWords.Own"/>): the clause's statement is there,
    /// in the same words. The test that finds a figure-free clause stated; a sentence or passage that carries such a clause
    /// beside new clauses with no name or figure of their own retells it (<see cref="RetellsOnly"/>, and
    /// SingleSourceFinder's HoldsRestated), where before only the story-weighted and link tests counted.
    /// </summary>
    public bool IsInPassage(HashSet<string> content, SentenceWords sentence)
    {
        if (content.Count <= MinRestatingWords)
        {
            return false; // a name or an aside: the statement a clause makes needs a predicate with its arguments
        }

        // Asked of one clause's content (read once per clause, never changed) as the clause is judged and again as its
        // sentence is: the answer is kept for that set and sentence.
        if (_inPassage.TryGetValue(content, out var seen) && ReferenceEquals(seen.Sentence, sentence))
        {
            return seen.InPassage;
        }

        // Each other source's best passage for the clause's own words and for all of them, read across the story at once.
        var (ownBest, contentBest) = (Postings.BestMatchScores(sentence.Own(content), OthersAmong), Postings.BestMatchScores(content, OthersAmong));
        var inPassage = false;
        for (var k = 0; k < ownBest.Length && !inPassage; k++)
        {
            inPassage = OthersAmong[k] && ownBest[k] + PassageSlack >= Options.SupportOverlap && contentBest[k] + PassageSlack >= Options.SupportOverlap;
        }

        _inPassage[content] = (sentence, inPassage);
        return inPassage;
    }

    private readonly Dictionary<HashSet<string>, (SentenceWords Sentence, bool InPassage)> _inPassage = new(ReferenceEqualityComparer.Instance);

    // Words that open an aside about the name before it: a relative clause ("Mira Holt, who chairs the trust,") or an
    // apposition ("Mira Holt, the trust's chair,").
    private static readonly string[] AsideOpeners = ["who", "whose", "which", "the", "a", "an"];

    // An aside longer than this (in content words) is a statement of its own, not who someone is.
    private const int MaxAsideWords = 8;

    /// <summary>
    /// True when <paramref name="clause"/> is an aside about the name that ends the clause before it (a relative clause
    /// or an apposition set off by a comma: "Mira Holt, who chairs the trust,") and one sentence of another independent
    /// source names the same one with two-thirds of the aside's words ("trust chair Mira Holt"): who someone is, told
    /// there too. Short asides fall below what <see cref="Restates(HashSet{string})"/> weighs, yet listed they show
    /// another source's fact as this one's.
    /// </summary>
    public bool RestatesAside(TextSegment clause, SentenceWords sentence)
    {
        var from = clause.Start - sentence.Segment.Start;
        if (from <= 0 || from > sentence.Segment.Text.Length || !sentence.Segment.Text[..from].TrimEnd().EndsWith(','))
        {
            return false;
        }

        var (h, o) = (sentence.Tokens.FindLastIndex(t => t.End <= from), sentence.Tokens.FindIndex(t => t.Start >= from));
        if (h <= 0 || o < 0)
        {
            return false; // the aside needs a name after the sentence's first word (capitalised whatever it is)
        }

        var (head, opener) = (sentence.Tokens[h], sentence.Tokens[o]);
        if (!char.IsUpper(head.Text[0]) || Stopwords.IsStopword(Folding.Fold(head.Text)) || !AsideOpeners.Contains(Folding.Fold(opener.Text), StringComparer.Ordinal))
        {
            return false;
        }

        var words = ContentWords.Of(clause.Text);
        if (words.Count == 0 || words.Count > MaxAsideWords)
        {
            return false;
        }

        var name = Stemmer.Inflections.Stem(head.Text);
        var needed = ((2 * words.Count) + 2) / 3;
        return Others.Any(o => o.SentencesWith(name).Any(s => s.Content.Count(words.Contains) >= needed));
    }

    private readonly Dictionary<TextSegment, bool> _restated = [];

    /// <summary>
    /// True when one clause of the sentence (from <paramref name="first"/>, after any dateline) restates another source
    /// and its new clauses (by <paramref name="news"/>) say more only about the story's own participants, with no
    /// figure or name of their own ("…, handing a thumping win to challenger Ada Kerr"): the sentence retells the story
    /// in its own words. A new clause that adds a detail without them ("…, the most allowed without a vote") is news.
    /// </summary>
    public bool RetellsOnly(IReadOnlyList<TextSegment> clauses, IReadOnlyList<SentenceNews> news, int first, IReadOnlyList<Fact> stated, SentenceWords sentence) =>
        Enumerable.Range(first, clauses.Count - first).Any(k => news[k] == SentenceNews.Stated
            && (Restates(clauses[k], stated, sentence) || (!FiguresIn(clauses[k], stated).Any() && IsInPassage(sentence.ContentOf(clauses[k]), sentence))))
        && Enumerable.Range(0, clauses.Count).Where(k => news[k] == SentenceNews.New)
            .All(k => !HasOwnFactOrName(clauses[k], stated, sentence) && !ReportsSpeech(clauses[k]) && NamesSharedParticipant(clauses[k], sentence));

    // A speaker's new words are his own detail, not a retelling ("Marchetti said work could begin within weeks"): the
    // clause names who speaks and a verb of saying ("would" alone marks no speech here: "the bridge would reopen").
    private static bool ReportsSpeech(TextSegment clause) => ReportedSpeech.ReadAll(clause.Text).Any(s => s.Key is not null && s.VerbStem != "would");

    /// <summary>
    /// True when <paramref name="clause"/> of <paramref name="sentence"/> gives something checkable that no other
    /// independent source gives: a figure, date or time (of <paramref name="stated"/>) not corroborated, or a name no
    /// other source uses. Without one, its new words are how this source tells the story, not a fact of its own.
    /// </summary>
    public bool HasOwnFactOrName(TextSegment clause, IReadOnlyList<Fact> stated, SentenceWords sentence)
    {
        if (FiguresIn(clause, stated).Any(f => !Facts.IsCorroborated(f)))
        {
            return true;
        }

        return Names(clause, sentence).Any(n => !sentence.IsUsedElsewhere(n));
    }

    /// <summary>
    /// True when <paramref name="clause"/> names someone or something another independent source names too; the
    /// sentence's first word counts only when the story writes it as a name elsewhere ("Emergency crews" is no name).
    /// </summary>
    public bool NamesSharedParticipant(TextSegment clause, SentenceWords sentence) =>
        Names(clause, sentence).Any(sentence.IsUsedElsewhere)
        || (clause.Start == sentence.Segment.Start && FirstName(sentence) is { } first && Weights.IsName(first) && sentence.IsUsedElsewhere(first));

    private static string? FirstName(SentenceWords sentence) =>
        sentence.Tokens is [var t, ..] && char.IsUpper(t.Text[0]) && !Stopwords.IsStopword(Folding.Fold(t.Text)) ? Stemmer.Inflections.Stem(t.Text) : null;

    // The stems of the clause's capitalised words after the sentence's first (capitalised whatever it is).
    private static IEnumerable<string> Names(TextSegment clause, SentenceWords sentence)
    {
        var (from, to) = (clause.Start - sentence.Segment.Start, clause.End - sentence.Segment.Start);
        return sentence.Tokens.Skip(1)
            .Where(t => t.Start >= from && t.Start < to && char.IsUpper(t.Text[0]) && !Stopwords.IsStopword(Folding.Fold(t.Text)))
            .Select(t => Stemmer.Inflections.Stem(t.Text));
    }
}
