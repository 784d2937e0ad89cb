using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>What one sentence adds to the story, decided from its typed facts after alignment.</summary>
internal enum SentenceNews
{
    /// <summary>A heading, or a sentence only its own article can make sense of: never listed.</summary>
    None,

    /// <summary>One of its facts is a version of a disagreement or an update: shown there, never as one source's.</summary>
    Disputed,

    /// <summary>Another independent source states what it says.</summary>
    Stated,

    /// <summary>It states a fact no other independent source does.</summary>
    New,
}

/// <summary>The verdict on one sentence, and the passages of it (its own words) that only its source states.</summary>
/// <param name="News">The whole sentence: a sentence with a disputed fact is <see cref="SentenceNews.Disputed"/>.</param>
/// <param name="Parts">What may be listed: the clauses with a fact no other source states, cut away from disputed ones.</param>
internal sealed record SentenceJudgement(SentenceNews News, IReadOnlyList<TextSegment> Parts)
{
    /// <summary>
    /// What is shown of each of <see cref="Parts"/>: the same passage without the opening clauses another source
    /// states. The part as a whole still decides how it ranks, so cutting what others say never promotes a fragment.
    /// </summary>
    public IReadOnlyList<TextSegment> Shown { get; init; } = Parts;

    /// <summary>
    /// For each of <see cref="Shown"/>: true when it still holds a figure-free clause that restates another source in
    /// words (one that could not be cut without leaving a fragment), so listed it would show another source's statement
    /// as this one's. A restated figure is no such clause: the detail after it qualifies that figure ("by 3%, the most
    /// allowed without a ballot") and is read with it.
    /// </summary>
    public IReadOnlyList<bool> HoldsRestated { get; init; } = [];

    /// <summary>The sentence is its article's lead: the first that states anything, after any heading or fragment.</summary>
    public bool IsLead { get; init; }

    /// <summary>No clause of the sentence after its dateline is another source's statement or disputed, and one is new.</summary>
    public bool WhollyNew { get; init; }

    public static SentenceJudgement Nothing { get; } = new(SentenceNews.None, []);
}

/// <summary>The passages judged one source's own.</summary>
/// <param name="Listed">What the list shows, most salient first, capped per outlet and in all.</param>
/// <param name="Listable">Every passage salient enough and no retelling, before the caps, in source order.</param>
internal sealed record SingleSourcePassages(IReadOnlyList<Claim> Listed, IReadOnlyList<Claim> Listable)
{
    public static SingleSourcePassages None { get; } = new([], []);
}

/// <summary>
/// "Reported by one source", decided per fact after alignment and listed per clause. A clause is new when it states
/// a fact no other independent source states (a near-copy and its original are one source), in any format: a
/// figure, date or time that nothing aligns with and no other source gives about the same thing; or, when it states
/// no figure, its own words (names no other source uses count, the story's shared names do not) found in no passage
/// of another source. A clause with a value in a disagreement or an update is never listed, and what is listed is the
/// source's own words: the new clauses, with the sentence's opening kept when nothing disputed stands between.
/// Most salient first: figures weigh most.
/// </summary>
internal static class SingleSourceFinder
{
    // A figure-free clause adds a fact only with words the other sources never use: "the size of bananas", not
    // "the strike is due to end on Wednesday" in a story every outlet tells as a strike.
    private const int MinNovelWords = 2;

    // A figure-free clause shorter than this is an attribution or an aside ("the mayor's office confirmed"), not a fact.
    private const int MinClauseWords = 4;

    private const string Cut = "…";

    // What a passage must weigh to be listed (see Salience): a new figure, or new words with a name or a date no other
    // source gives. On the dev trust cases, passages below it were three to one things the key does not list as one
    // source's (quotes, colour, rewordings of shared facts) to facts it does.
    private const int MinSalience = 4;

    // A clause of fewer content words than this names who a passage is about ("Mayor Ilse Varga,"): kept to open it,
    // it does not make the passage a retelling.
    private const int MinRestatedClauseWords = 3;

    // A passage with no new figure is listed only when at least this share of its content words is found in no other
    // source: below it, it mostly retells in other words what the others say. 0.35, set on dev cases 01-59: under it,
    // figure-free passages were four corroborated facts to one the key lists as one source's.
    private const double MinNovelShare = 0.35;

    // A passage at least this share of whose content words no other source uses is its own news even when one clause
    // restates another source (often only who said it: "the regulator said on Friday, after ..."). 0.6, set on dev
    // cases 01-69: the restating passages above it were all one source's detail, none a corroborated fact.
    private const double MaxNovelShareOfRetelling = 0.6;

    // A passage with no new figure more than this share of whose content words (the story's names among them) one
    // passage of another outlet holds (a sentence, or it with its neighbour: SourceIndex.BestMatch) is that outlet's
    // statement told again with a detail of this one's: who someone is and what the story's act was ("Hut warden Ola
    // Brandt raised the alarm from the terrace" beside "hut warden Ola Brandt, who helped dig"). Listed, it shows the
    // other outlet's fact as this one's, and a detail with no figure of its own is not worth that. A third, set on the
    // trust cases 1-214: the figure-free passages listed above it were 56 the keys read as corroborated to 21 they list
    // as one source's.
    private const double MaxShareHeldElsewhere = 1.0 / 3;

    /// <summary>The verdict on every sentence of every source, by (source id, sentence index).</summary>
    public static Dictionary<(int Source, int Sentence), SentenceNews> Judge(
        IReadOnlyList<SourceIndex> sources, FactCorroboration facts, StoryAnalysisOptions options, CancellationToken cancellationToken) =>
        Assess(sources, facts, options, cancellationToken).ToDictionary(kv => kv.Key, kv => kv.Value.News);

    /// <summary>The verdict and the listable passages of every sentence of every source, by (source id, sentence index).</summary>
    public static Dictionary<(int Source, int Sentence), SentenceJudgement> Assess(
        IReadOnlyList<SourceIndex> sources, FactCorroboration facts, StoryAnalysisOptions options, CancellationToken cancellationToken, StoryWordWeights? weights = null)
    {
        var judged = new Dictionary<(int, int), SentenceJudgement>();
        weights ??= new StoryWordWeights(sources); // the story's, when the caller has read them already
        var postings = new StoryPostings(sources);
        foreach (var source in sources.OrderBy(s => s.Id))
        {
            var original = facts.OriginalOf(source.Id);
            var others = sources.Where(o => facts.OriginalOf(o.Id) != original).ToList();
            var otherWords = new OtherSources(others); // which stems the others use, looked up once per source
            var copied = sources.FirstOrDefault(o => o.Id == original && o.Id != source.Id);
            // One story per source: what its sentences are judged against, with the answers it has read for their clauses.
            var story = new SingleSourceStory(source.Id, others, facts, weights, options, postings);
            var leadRead = false; // the article's lead (its first statement) has been read
            for (var i = 0; i < source.Sentences.Count; i++)
            {
                // Each sentence is looked for in every other source: the check sits in this loop.
                cancellationToken.ThrowIfCancellationRequested();
                var sentence = SentenceWords.Of(source.Sentences[i], otherWords);

                // A near-copy's sentence that its original also has is the original's to list.
                judged[(source.Id, i)] = copied is not null && copied.BestMatch(sentence.Own(sentence.Content)).Score + 0.05 >= options.SupportOverlap
                    ? SentenceJudgement.Nothing
                    : Judge(story, i, sentence, i > 0 && OpensTheNext(judged[(source.Id, i - 1)].News) ? source.Sentences[i - 1] : null);
                if (!leadRead && IsStatement(sentence))
                {
                    judged[(source.Id, i)] = judged[(source.Id, i)] with { IsLead = true };
                    leadRead = true;
                }
            }
        }

        return judged;
    }

    // A sentence that opens with a pronoun is listed with the one before it, so the reader learns who or what it means.
    // A sentence before it that is shown under "Where sources differ" (disputed) or that another independent source
    // states (stated) cannot be joined on: listed, it would present that version or the other source's statement as
    // this source's news. The pronoun's sentence is then listed only for a figure of its own, as written.
    private static bool OpensTheNext(SentenceNews previous) => previous is not (SentenceNews.Disputed or SentenceNews.Stated);

    /// <summary>
    /// The passages judged new, most salient first: at most <see cref="StoryAnalysisOptions.SingleSourceClaimsPerSource"/>
    /// of each independent source (a near-copy counted with its original), so the list grows with the outlets that tell
    /// the story and no one outlet's colour crowds out another's facts, and at most
    /// <see cref="StoryAnalysisOptions.MaxSingleSourceClaims"/> in all.
    /// </summary>
    public static SingleSourcePassages Find(
        IReadOnlyList<SourceIndex> sources, IReadOnlyDictionary<(int Source, int Sentence), SentenceJudgement> judged, FactCorroboration facts, StoryAnalysisOptions options)
    {
        var found = new List<(int Score, double Rank, int Source, int Start, Claim Claim, bool Doubtful, bool Figure)>();
        if (sources.Select(s => facts.OriginalOf(s.Id)).Distinct().Count() < 2)
        {
            return SingleSourcePassages.None; // a story one outlet tells has nothing to set apart
        }

        var leads = LeadWords(sources, judged, facts);
        foreach (var source in sources)
        {
            var others = new OtherSources([.. sources.Where(o => facts.OriginalOf(o.Id) != facts.OriginalOf(source.Id))]);
            var latest = IsLatest(source, others.Sources);
            var otherLeads = sources.Where(o => facts.OriginalOf(o.Id) != facts.OriginalOf(source.Id) && leads.ContainsKey(o.Id)).Select(o => leads[o.Id]).ToList();
            for (var i = 0; i < source.Sentences.Count; i++)
            {
                var judgement = judged.GetValueOrDefault((source.Id, i), SentenceJudgement.Nothing);
                for (var k = 0; k < judgement.Parts.Count; k++)
                {
                    var (part, shown) = (judgement.Parts[k], judgement.Shown[k]);
                    var text = ListedPassages.Excerpt(source, source.Sentences[i].Segment, shown, Cut);
                    var claim = new Claim(text, [source.Id], [new SourceSpan(source.Id, shown.Start, shown.End)]);
                    var newValues = facts.In(source.Id, i - 1).Concat(facts.In(source.Id, i)).Where(f => f.Start >= part.Start && f.Start < part.End && facts.IsValue(f) && !f.OnPublicationDay && !facts.IsCorroborated(f) && !facts.IsDisputed(f)).ToList();
                    var words = SentenceWords.Of(source.Sentences[i], part, others);
                    if (part.End < source.Sentences[i].Segment.End && IsAttributionOnly(words))
                    {
                        continue;
                    }

                    var salience = SingleSourceSalience.Of(words, newValues);
                    var novelShare = SingleSourceSalience.NovelShare(words);
                    var retells = judgement.HoldsRestated.Count > k && judgement.HoldsRestated[k] && novelShare < MaxNovelShareOfRetelling;
                    // With no figure of its own, a passage that carries a figure another source gives (or one of a
                    // disagreement) is a stated fact with a detail of this source's joined on: listed, it would show
                    // the others' figure as this one's. A figure the passage goes on to qualify is its subject instead.
                    var shownValues = facts.In(source.Id, i - 1).Concat(facts.In(source.Id, i))
                        .Where(f => f.Start >= shown.Start && f.Start < shown.End && facts.IsValue(f) && Shows(shown, source.Sentences[f.SentenceIndex], f)).ToList();
                    var carriesStated = shownValues.Any(f => !f.OnPublicationDay && (facts.IsCorroborated(f) || facts.IsDisputed(f)) && !IsQualified(source.Sentences[f.SentenceIndex], f));
                    // A figure the passage goes on to qualify makes the passage that figure's detail, judged as above.
                    var doubtful = newValues.Count == 0 && (retells || novelShare < MinNovelShare || carriesStated
                        || (judgement.IsLead && !latest && RetellsTheEvent(judgement, part, source.Id, i, words, otherLeads, facts))
                        || (!shownValues.Any(f => IsQualified(source.Sentences[f.SentenceIndex], f))
                            && IsMostlyHeldElsewhere(SentenceWords.Of(source.Sentences[i], shown, others), others.Sources)));
                    found.Add((salience, SingleSourceSalience.Rank(words, salience, novelShare), source.Id, part.Start, claim, doubtful, newValues.Count > 0));
                }
            }
        }

        // A passage listed with the sentence after it (which opens with a pronoun) is listed once, in the longer item.
        found.RemoveAll(f => found.Any(g => !ReferenceEquals(g.Claim, f.Claim) && g.Source == f.Source && Within(f.Claim, g.Claim)));
        var listed = new List<Claim>();
        var perSource = new Dictionary<int, int>();
        foreach (var f in found.Where(f => f.Score >= MinSalience).OrderByDescending(f => f.Rank).ThenBy(f => f.Source).ThenBy(f => f.Start))
        {
            var original = facts.OriginalOf(f.Source);
            // A passage with a figure of its own may take one place more: a checkable fact, not an outlet's colour.
            if (listed.Count < options.MaxSingleSourceClaims && perSource.GetValueOrDefault(original) < options.SingleSourceClaimsPerSource + (f.Figure ? 1 : 0))
            {
                // A doubtful passage (no new figure, and it retells another source's fact or mostly uses the others'
                // words) keeps its place but is not listed: a weaker candidate moving up to fill the source's share
                // would only list more of what others say.
                if (!f.Doubtful)
                {
                    listed.Add(f.Claim);
                }

                perSource[original] = perSource.GetValueOrDefault(original) + 1;
            }
        }

        var inOrder = found.OrderBy(f => f.Source).ThenBy(f => f.Start).ToList();
        return new SingleSourcePassages(listed, [.. inOrder.Where(f => f.Score >= MinSalience && !f.Doubtful).Select(f => f.Claim)]);
    }

    // A news story opens with the event it reports, and every outlet telling the story tells that event, each in its own
    // words ("A bolt of lightning turned a church spire into a blazing torch" beside "Lightning struck the spire and set
    // its top on fire"): a lead with no figure, date or time of its own is the story's event retold, not one outlet's
    // fact. It keeps its outlet's place (doubtful), so a weaker passage does not move up in its stead. Two leads are
    // news of their own: the lead of the report published after all the others, which tells the story's latest stage
    // ("the ban has since been lifted"), and a lead that reports the stage a process has reached (StatusReader:
    // "was charged", "has reopened"), which is how an outlet tells a later stage than the others.
    // Published after every other outlet: by the times when both are known, else by a later day (its dateline's or
    // byline's date when no time is given), as updates are ordered (SourceFacts.PlainlyLaterThan).
    private static bool IsLatest(SourceIndex source, IReadOnlyList<SourceIndex> others) =>
        others.Count > 0 && others.All(o => When(source).PlainlyLaterThan(When(o)));

    private static SourceFacts When(SourceIndex source) =>
        new(source.Id, FactExtractor.AnchorOf(source.Article), source.Article.Metadata.PublishedAt, []);

    // The lead told wholly in this outlet's words (where a clause of it is another's statement, the event is told there
    // and the rest is this outlet's detail), with no figure, date or time at all, no name the others do not use (a
    // person or a firm named is a checkable detail of this outlet's), sharing a content word with another outlet's lead
    // (so it tells the same event, not a sequel or an aside), and reporting no stage of a process.
    private static bool RetellsTheEvent(SentenceJudgement judgement, TextSegment part, int source, int index, SentenceWords words,
        IReadOnlyList<HashSet<string>> otherLeads, FactCorroboration facts) =>
        judgement.WhollyNew
        && !facts.In(source, index).Any(f => f.Start >= part.Start && f.Start < part.End && facts.IsValue(f) && !f.OnPublicationDay)
        && SingleSourceSalience.NewNames(words) == 0
        && otherLeads.Any(l => l.Overlaps(words.Content))
        && StatusReader.Read(new Words(part.Text)).Count == 0;

    // The content words of each source's lead, by source id.
    private static Dictionary<int, HashSet<string>> LeadWords(
        IReadOnlyList<SourceIndex> sources, IReadOnlyDictionary<(int Source, int Sentence), SentenceJudgement> judged, FactCorroboration facts)
    {
        var leads = new Dictionary<int, HashSet<string>>();
        foreach (var source in sources)
        {
            var others = new OtherSources([.. sources.Where(o => facts.OriginalOf(o.Id) != facts.OriginalOf(source.Id))]);
            var lead = Enumerable.Range(0, source.Sentences.Count).FirstOrDefault(i => judged.GetValueOrDefault((source.Id, i), SentenceJudgement.Nothing).IsLead, -1);
            if (lead >= 0)
            {
                leads[source.Id] = SentenceWords.Of(source.Sentences[lead], others).Content;
            }
        }

        return leads;
    }

    // An attribution whose reported words were cut away ("The grain council said Corvania…", "according to a ministry
    // timetable seen by the Post…") tells the reader who spoke, not what: besides the speaker and the verb of saying it
    // holds fewer words than a fact needs.
    private static bool IsAttributionOnly(SentenceWords part)
    {
        var speeches = ReportedSpeech.ReadAll(part.Segment.Text).ToList();
        return speeches.Count > 0
            && part.Content.Count(w => !speeches.Any(s => s.SpeakerStems.Contains(w) || s.VerbStem == w)) < MinClauseWords - 1;
    }

    // True when one passage of another independent source holds more than MaxShareHeldElsewhere of what is shown of the
    // passage. A name no other source uses is a fact of its own; of reported speech only what is said is weighed, not who
    // says it ("Harbour engineer X said the dredgers must wait for calmer seas" is the engineer's own news).
    private static bool IsMostlyHeldElsewhere(SentenceWords shown, IReadOnlyList<SourceIndex> others)
    {
        if (SingleSourceSalience.NewNames(shown) > 0)
        {
            return false;
        }

        var speeches = ReportedSpeech.ReadAll(shown.Segment.Text).ToList();
        var said = shown.Content.Where(w => !speeches.Any(s => s.SpeakerStems.Contains(w) || s.VerbStem == w)).ToHashSet(StringComparer.Ordinal);
        return said.Count > 0 && others.Any(o => o.BestMatch(said).Score > MaxShareHeldElsewhere);
    }

    // True when the figure's words are in what is shown of the passage (a restated clause cut from it is not).
    private static bool Shows(TextSegment shown, IndexedSentence sentence, Fact figure)
    {
        var (from, to) = (figure.Start - sentence.Segment.Start, figure.End - sentence.Segment.Start);
        return from >= 0 && to <= sentence.Segment.Text.Length && to > from && shown.Text.Contains(sentence.Segment.Text[from..to], StringComparison.Ordinal);
    }

    // A figure followed by an apposition about it ("by 3%, the largest rise its charter allows") is what the words after
    // it qualify: the passage is that figure's detail, not another fact joined to it.
    private static bool IsQualified(IndexedSentence sentence, Fact figure)
    {
        var at = figure.End - sentence.Segment.Start;
        if (at < 0 || at >= sentence.Segment.Text.Length)
        {
            return false;
        }

        var after = sentence.Segment.Text.AsSpan(at);
        return after.StartsWith(", the ", StringComparison.Ordinal) || after.StartsWith(", a ", StringComparison.Ordinal) || after.StartsWith(", an ", StringComparison.Ordinal);
    }

    private static bool Within(Claim inner, Claim outer) =>
        inner.Spans is [var a] && outer.Spans is [var b] && b.Start <= a.Start && a.End <= b.End && (b.Start, b.End) != (a.Start, a.End);

    // A sentence that can state a fact: long enough and closed as a sentence, not a heading or a fragment.
    private static bool IsStatement(SentenceWords sentence) => sentence.Tokens.Count >= 6 && EndsAsSentence(sentence.Segment.Text);

    private static SentenceJudgement Judge(SingleSourceStory story, int index, SentenceWords sentence, IndexedSentence? previous)
    {
        var (sourceId, facts) = (story.SourceId, story.Facts);
        var text = sentence.Segment.Text;
        if (!IsStatement(sentence))
        {
            return SentenceJudgement.Nothing; // a heading or a fragment
        }

        var stated = facts.In(sourceId, index);
        var clauses = Clauses.Of(sentence.Segment);
        var news = clauses.Select(c => JudgeClause(c, [.. stated.Where(f => f.Start >= c.Start && f.Start < c.End)], sentence, story)).ToList();

        // The clauses of the article's dateline ("ORVIK, Monday 2 March 2026 (ONS) -"): where and when the outlet
        // reports from, not news.
        // A byline or heading line the splitter left glued to the sentence after it ("*Field Notes, posted Sunday 3 May
        // by A. Writer*") is read the same way: who writes and when, not news; and it is no sentence to read the next with.
        var heading = HeadingLength(text);
        var datelineEnd = Math.Max(index == 0 ? sentence.Segment.Start + Dateline.Length(text) : -1, heading > 0 ? sentence.Segment.Start + heading : -1);
        var dateline = datelineEnd > sentence.Segment.Start ? clauses.ToList().FindLastIndex(c => c.End <= datelineEnd) : -1;
        for (var k = 0; k <= dateline; k++)
        {
            news[k] = SentenceNews.Stated;
        }

        // A sentence that only retells another source's fact in its own words lists nothing (see RetellsOnly).
        if (story.RetellsOnly(clauses, news, dateline + 1, stated, sentence))
        {
            news = [.. news.Select(n => n == SentenceNews.New ? SentenceNews.Stated : n)];
        }

        // Out of its article a sentence that opens with a pronoun cannot tell the reader who or what it means ("It is
        // still the town's largest private employer"): it is listed with the sentence before it; when that one is
        // disputed, stated by another source (OpensTheNext) or opens with a pronoun too, only a clause with a figure of
        // its own is listed, as written.
        var opaque = Anaphora.OpensWithPronoun(text, heading > 0 ? [.. sentence.Tokens.Where(t => t.Start >= heading)] : sentence.Tokens);
        previous = heading > 0 || (previous is not null && !EndsAsSentence(previous.Segment.Text)) ? null : previous;
        var disputed = news.Contains(SentenceNews.Disputed) || stated.Any(facts.IsDisputed);
        var verdict = disputed ? SentenceNews.Disputed
            : news.Contains(SentenceNews.New) ? SentenceNews.New
            : opaque && stated.All(f => !facts.IsValue(f)) ? SentenceNews.None
            : SentenceNews.Stated;
        // The clauses before the first new one say who or what it is about ("Coast guard captain X, who directed the
        // search, said ..."), so they open what is listed; the dateline, a disputed clause and one that restates what
        // another source says ("who declared an emergency on Sunday", told there too) do not: listed, they would
        // present the other sources' facts as this one's.
        var opens = clauses.Select((c, k) => k > dateline && news[k] != SentenceNews.Disputed).ToList();
        var parts = Parts(clauses, news, opens);
        var shown = opaque ? parts : Parts(clauses, news, [.. opens.Select((o, k) => o && !story.Restates(clauses[k], stated, sentence) && !IsCommonWording(story, clauses[k], stated, sentence) && !story.RestatesAside(clauses[k], sentence))]);
        // A restating clause cut from between the sentence's subject and its news: the subject still opens it. Without a
        // subject to keep, the cut would leave a fragment ("…the son-in-law of the president"): the passage stays whole.
        if (!opaque && shown.Count > 0 && shown[0].Start != parts[0].Start)
        {
            shown[0] = dateline + 1 < clauses.Count && opens[dateline + 1]
                && ListedPassages.WithSubject(clauses[dateline + 1], shown[0], Cut) is { } withSubject ? withSubject : parts[0];
        }

        if (opaque && parts.Count > 0 && parts[0].Start == sentence.Segment.Start + heading)
        {
            var first = parts[0];
            if (previous is { Segment: var before } && !Anaphora.OpensWithPronoun(before.Text, previous.Tokens))
            {
                parts[0] = new TextSegment(before.Text + " " + text[..(first.End - first.Start)], before.Start, first.End);
            }
            else if (!stated.Any(f => f.Start >= first.Start && f.Start < first.End && facts.IsValue(f)))
            {
                parts.RemoveAt(0); // no sentence to read it with, and no figure of its own
            }
        }

        var listedParts = opaque ? parts : shown;
        // A clause in the other sources' common words that opens the passage carries their statement only beside new
        // clauses that add no name or figure of their own ("…, and islanders were told to expect disruption"); beside
        // one that does ("…, and several were taken to Kelsford General") the passage is that name's news, and after the
        // news such a clause is read as its detail.
        var firstNew = news.IndexOf(SentenceNews.New);
        var newOwnsNames = clauses.Where((c, k) => news[k] == SentenceNews.New).Any(c => story.HasOwnFactOrName(c, stated, sentence));
        var holdsRestated = listedParts.Select(p => clauses.Where((c, k) => k > dateline && news[k] == SentenceNews.Stated
            && p.Text.Contains(c.Text.Trim(), StringComparison.Ordinal) && sentence.ContentOf(c).Count >= MinRestatedClauseWords
            && !story.FiguresIn(c, stated).Any()
            && (story.Restates(c, stated, sentence) || (!newOwnsNames && story.IsInPassage(sentence.ContentOf(c), sentence))
                || (!newOwnsNames && k < firstNew && IsCommonWording(story, c, stated, sentence)))).Any()).ToList();
        var whollyNew = news.Contains(SentenceNews.New) && news.Skip(dateline + 1).All(n => n is not (SentenceNews.Stated or SentenceNews.Disputed));
        return new SentenceJudgement(verdict, parts) { Shown = listedParts, HoldsRestated = holdsRestated, WhollyNew = whollyNew };
    }

    // A figure-free statement in full (MinClauseWords) every word of which but one the other sources use is their
    // statement in their words even where no one passage holds them together ("Sailings between X and Y remain
    // cancelled" beside "all sailings on the route had been cancelled"): JudgeClause finds it stated by the same test.
    // Opening or carrying a passage, it would show the others' statement as this source's.
    private static bool IsCommonWording(SingleSourceStory story, TextSegment clause, IReadOnlyList<Fact> stated, SentenceWords sentence)
    {
        if (story.FiguresIn(clause, stated).Any())
        {
            return false; // a clause with a figure restates only when its figures are corroborated (SingleSourceStory.Restates)
        }

        var content = sentence.ContentOf(clause);
        return content.Count >= MinClauseWords && sentence.NovelCount(sentence.Own(content)) < MinNovelWords;
    }

    // A sentence ends with a full stop, a question or exclamation mark, or a closing quote; a heading or byline does not.
    private static bool EndsAsSentence(string text) =>
        text.TrimEnd() is { Length: > 0 } trimmed && trimmed[^1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’';

    // The length of the heading lines that open a sentence segment: lines that end without a sentence's closing mark.
    private static int HeadingLength(string text)
    {
        var end = 0;
        for (var nl = text.IndexOf('\n', StringComparison.Ordinal); nl >= 0; nl = text.IndexOf('\n', nl + 1))
        {
            if (text.AsSpan(end, nl - end).Trim().Length > 0 && EndsAsSentence(text[end..nl]))
            {
                break;
            }

            end = nl + 1;
        }

        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end < text.Length ? end : 0;
    }

    private static SentenceNews JudgeClause(TextSegment clause, List<Fact> stated, SentenceWords sentence, SingleSourceStory story)
    {
        var facts = story.Facts;
        // A value in a disagreement or an update is shown there; a disputed name (who ruled, where) only keeps its clause
        // out when the clause has no new figure of its own ("Judge X also ordered Quist to pay $1.1bn").
        var values = stated.Where(facts.IsValue).ToList();
        if (values.Any(f => facts.IsDisputed(f) || (!facts.IsCorroborated(f) && facts.IsContested(f))))
        {
            return SentenceNews.Disputed;
        }

        // A figure, date or time no other source gives is news, even in a clause full of the story's names; the day the
        // source was published says when it reports, not what happened ("on Tuesday" in Tuesday's paper).
        values.RemoveAll(f => f.OnPublicationDay);
        if (values.Count > 0)
        {
            return values.All(facts.IsCorroborated) ? SentenceNews.Stated : SentenceNews.New;
        }

        // A version of a disagreement told in words (a cause) is shown there, as a disputed fact is.
        if (stated.Any(facts.IsDisputed) || facts.HoldsWordedVersion(story.SourceId, clause.Start, clause.End))
        {
            return SentenceNews.Disputed;
        }

        // A cause another outlet gives too is its statement in this outlet's words, as a figure both give is.
        if (facts.HoldsAgreedCause(story.SourceId, clause.Start, clause.End))
        {
            return SentenceNews.Stated;
        }

        // No figure: news when some of its own words are found in no other source at all, and no passage of another
        // source holds most of its words, with or without names.
        var content = sentence.ContentOf(clause);
        var own = sentence.Own(content);
        if (content.Count < MinClauseWords || sentence.NovelCount(own) < MinNovelWords)
        {
            return SentenceNews.Stated;
        }

        // A paraphrase keeps the event's rarer words and its participants while rewording the rest: weighted by how
        // few of the story's sentences use each word, most of the clause is in one passage of another source.
        // With no figure in the clause, whether it restates another source is the word and link test the clause's
        // restatement is read by (SingleSourceStory.Restates), read once per clause and asked again as the sentence is.
        return story.Restates(clause, stated, sentence) || story.IsInPassage(content, sentence)
            ? SentenceNews.Stated
            : SentenceNews.New;
    }

    // The new clauses, from the first to the last, with the disputed ones between them cut out; the clauses right
    // before the first new one are kept while they may open it, so the reader learns who or what it is about.
    private static List<TextSegment> Parts(IReadOnlyList<TextSegment> clauses, List<SentenceNews> news, List<bool> opens)
    {
        var first = news.IndexOf(SentenceNews.New);
        if (first < 0)
        {
            return [];
        }

        var last = news.LastIndexOf(SentenceNews.New);
        while (first > 0 && opens[first - 1])
        {
            first--;
        }

        var parts = new List<TextSegment>();
        var start = -1;
        for (var k = first; k <= last + 1; k++)
        {
            if (k <= last && news[k] != SentenceNews.Disputed)
            {
                start = start < 0 ? k : start;
                continue;
            }

            if (start >= 0)
            {
                parts.Add(new TextSegment(string.Concat(clauses.Skip(start).Take(k - start).Select(c => c.Text)), clauses[start].Start, clauses[k - 1].End));
                start = -1;
            }
        }

        return parts;
    }
}
