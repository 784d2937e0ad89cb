using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Extracts typed facts from every sentence of a cleaned article: figures, dates and times with their intervals,
/// what they measure and the event they belong to; people in roles; places. Deterministic and culture-invariant.
/// </summary>
internal static class FactExtractor
{
    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        ["no", "not", "never", "none", "without", "denied", "nobody"], StringComparer.Ordinal);

    // The finite forms of "be" and "have": the verb group of a clause's predicate begins at them.
    private static readonly FrozenSet<string> FiniteBe = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "has", "have", "had"], StringComparer.Ordinal);

    // Prepositions that open a phrase of their own after a "without" phrase ("without a win to 11 games", "for", "in").
    private static readonly FrozenSet<string> ClosingPrepositions = FrozenSet.ToFrozenSet(
        ["to", "for", "in", "into", "after", "over", "at", "by", "from", "since"], StringComparer.Ordinal);

    // The prepositions that take a span of time as the length of what their clause tells ("for", "until ... later").
    private static readonly FrozenSet<string> SpanPrepositions = FrozenSet.ToFrozenSet(["for", "until", "till"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(
        ["could", "may", "might", "possibly", "potentially", "perhaps", "feared", "if"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Future = FrozenSet.ToFrozenSet(
        ["will", "due", "expected", "scheduled", "set", "next", "plans", "planned", "until", "from"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Bounds = FrozenSet.ToFrozenSet(
        ["until", "till", "since", "by", "before", "after", "from"], StringComparer.Ordinal);

    /// <summary>
    /// The facts of every article of one story. An article dated only by a wire dateline without its year ("NORTHPORT,
    /// Feb 9 (CPA) -") takes the year of the story's dated articles: stories are told within days of each other, and
    /// without a date its relative days ("on Thursday") cannot be placed, nor can it be ordered against later reports.
    /// </summary>
    public static List<SourceFacts> ExtractStory(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken = default) =>
        ExtractStory(articles, read: null, cancellationToken);

    /// <summary>
    /// As <see cref="ExtractStory(IReadOnlyList{CleanedArticle}, CancellationToken)"/>, with each article's sentences
    /// (<see cref="SentenceSplitter"/> of its text) and their words already read by the caller, in article order.
    /// </summary>
    public static List<SourceFacts> ExtractStory(
        IReadOnlyList<CleanedArticle> articles, IReadOnlyList<IReadOnlyList<(TextSegment Sentence, Words Words)>>? read, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var anchors = articles.Select(AnchorOf).ToList();
        var story = anchors.Where(d => d is not null).Min();
        return articles.Select((a, i) => anchors[i] is null && story is { } s && DatelineDay(a, s) is { } day
            ? Extract(a, day, inferred: true, read?[i], cancellationToken)
            : Extract(a, anchors[i], inferred: false, read?[i], cancellationToken)).ToList();
    }

    /// <summary>The facts of <paramref name="article"/>, in text order.</summary>
    public static SourceFacts Extract(CleanedArticle article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Extract(article, AnchorOf(article), inferred: false, given: null, cancellationToken);
    }

    private static SourceFacts Extract(
        CleanedArticle article, DateOnly? anchor, bool inferred, IReadOnlyList<(TextSegment Sentence, Words Words)>? given, CancellationToken cancellationToken)
    {
        var facts = new List<Fact>();
        var states = new List<Fact>();
        // Each sentence's words are cut once: the readings of a sentence and the look-backs from later ones share them.
        var sentences = given?.Select(s => s.Sentence).ToList() ?? SentenceSplitter.Instance.Split(article.Text);
        var allWords = given?.Select(s => s.Words).ToList() ?? sentences.Select(s => new Words(s.Text)).ToList();
        var parts = DayParts.Of([new Words(article.Title ?? ""), .. allWords]);
        for (var index = 0; index < sentences.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = allWords[index];
            var read = FromSentence(article.Id, index, sentences[index], words, anchor, parts);
            facts.AddRange(read.Select(f => f.Measure == Measures.Antecedent ? f with { Measure = Antecedent(allWords, index, article.Title) }
                : f.Value.Kind == ValueKind.Age && FullName(allWords, index, f.Measure) is { } full ? f with { Measure = full }
                : f.Value.Kind == ValueKind.Person && f.Value.Name is { } surname && !surname.Contains(' ', StringComparison.Ordinal)
                    && NamedInFullBefore(allWords, index, surname) is { } named ? f with { NamedInFull = named.Text }
                : f));
            states.AddRange(StatusFacts.Read(article.Id, index, sentences[index], words, read));
        }

        return new SourceFacts(article.Id, anchor, article.Metadata.PublishedAt, facts.Select(f => Marked(f, facts, anchor) with { YearInferred = inferred }).ToList())
        {
            States = inferred ? [.. states.Select(s => s.StateDay is { } day ? s with { StateDay = day with { YearInferred = true } } : s)] : states,
        };
    }

    // The day of a dateline written without its year, in the year nearest the story's date, read in the dateline or
    // the capitalised run that opens the text ("OSTREVIK, Belmarra, Sept 12 (BPA) - A coach ..."), so a date in the story's
    // own sentences is never taken for it.
    private static DateOnly? DatelineDay(CleanedArticle article, DateOnly story) =>
        DateReader.FirstYearlessDate(Summarizer.Text.Dateline.OrCapitalisedOpening(article.Text)) is { } md ? DateReader.Resolve(0, md.Month, md.Day, story) : null;

    /// <summary>The facts of one sentence (offsets into the text the segment was cut from).</summary>
    public static List<Fact> FromSentence(int sourceId, int index, TextSegment sentence, DateOnly? anchor) =>
        FromSentence(sourceId, index, sentence, new Words(sentence.Text), anchor, DayParts.None);

    private static List<Fact> FromSentence(int sourceId, int index, TextSegment sentence, Words words, DateOnly? anchor, DayParts parts)
    {
        var facts = new List<Fact>();
        if (words.Count == 0 || IsDateline(words, index))
        {
            return facts;
        }

        var used = new bool[words.Count];
        var future = words.Lower.Any(Future.Contains) || words.Lower.Any(w => w.EndsWith("'ll", StringComparison.Ordinal));
        var values = TimeReader.Read(words, used, parts);
        values.AddRange(DateReader.Read(words, used, anchor, future));
        values = TimedDays.Attach(words, values);
        values.AddRange(FigureReader.Read(words, used));
        var cues = EventFrames.Find(words);
        HashSet<string>? sentenceContext = null;
        HashSet<string> ContextOnce() => sentenceContext ??= Context(words); // most sentences give no fact, and need no context
        var update = ReportWording.WordsAChange(words);
        var running = ReportWording.WordsARunningTotal(words);
        var outcome = ReportWording.WordsAnOutcome(words);
        var newer = update && ReportWording.SaysNewer(words);
        var since = ReportWording.SaysSince(words);
        var final = values.Count > 0 && ReportWording.WordsAFinalFigure(words); // read for the figures below only
        foreach (var span in values.OrderBy(v => v.First))
        {
            if (IsAttributiveWeekday(words, span))
            {
                continue; // "at Saturday story time": a weekday naming a habit, not the date of an event
            }

            // A broadcaster's dateline gives the bulletin's hour with its day ("Harbour Radio news, Friday 6 March 2026,
            // 6pm bulletin"): the hour of the report, no moment of the story.
            var datelineDay = span.Value.Kind == ValueKind.TimeOfDay ? span.Value.On : span.Value.Kind == ValueKind.Date ? span.Value : null;
            if (index == 0 && datelineDay is { Range.IsPoint: true } && span.First < 8 && Dateline(words, span with { Value = datelineDay }, anchor))
            {
                continue; // "BRENNICK, Sunday 8 March 2026 (HPA) - ...": the dateline dates the article, not an event
            }

            var timed = span.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay;
            // A count or sum told as the outcome of something that ran its course ("ended up treating five riders") is the
            // figure it finished at: a later report's outcome moves on an earlier count made while it still ran. Counts and
            // sums only, in the outcome's own clause: "the car ended up 20 metres down the bank" tells where a thing came
            // to rest, not where a tally finished.
            var tallied = span.Value.Kind is ValueKind.Count or ValueKind.Money;
            var endedUp = tallied && outcome && ReportWording.WordsAnOutcomeOf(words, span.First, span.Last);
            // "put back to 1 June", "until 1 June, two months later than agreed": a planned day moved is the newer report.
            var movedDay = timed && ReportWording.MovesTheDay(words, span);
            var changeWorded = update || ((since || final) && !timed) || endedUp || (tallied && running) || movedDay;
            var setAhead = timed && (ScheduledDays.Ahead(words, span) || ScheduledDays.AfterReport(words, span, anchor));
            // "did not leave until about 10pm": the "until" dates the denied act, it ends nothing (NotUntil).
            var notUntil = timed ? NotUntil.Until(words, span) : -1;
            var spanCues = notUntil >= 0 ? cues.Where(c => c.First != notUntil).ToList() : cues;
            // "announced the closure ... on Tuesday 3 November": the day is the announcing verb's, not the closure's.
            if (timed && AnnouncedObjects.Of(words, span, spanCues, setAhead, anchor) is { Count: > 0 } announced)
            {
                spanCues = spanCues.Except(announced).ToList();
            }
            var (frame, phase) = timed ? EventFrames.Phased(words, span, spanCues)
                : span.Value.Kind == ValueKind.Vote ? (EventFrames.Vote, "")
                : (EventFrames.For(words, span, cues), "");
            // "between 7am and 7pm": the range's ends are its start and its end, not two versions of one moment.
            if (timed && RangeEnds.Of(words, span.First, span.Last) is { } rangeEnd)
            {
                // Only a moment no event's verb dates, or one a range word itself framed ("from 7.30am until 6pm" puts
                // both ends beside "until"): "broke out between 2am and 3am" hedges one moment of the event instead. The
                // range is a frame of its own: the hours a helpline is open are no time a network was shut down.
                (frame, phase) = frame is null or "start" or "end" && phase.Length == 0 ? (RangeEnds.Frame, rangeEnd) : (frame, phase);
            }

            if (timed && ReportWording.SpeechDated(words, span))
            {
                (frame, phase) = (EventFrames.Said, ""); // "said on Tuesday it would cut jobs": the day of the saying
            }

            var end = Measures.HeadIndex(words, span) is var head && head > span.Last ? words.Tokens[head].End : span.End; // "42 passengers"
            if (span.Value.Kind == ValueKind.Date && words[span.Last + 1] is "morning" or "afternoon" or "evening" or "night")
            {
                end = words.Tokens[span.Last + 1].End; // "until Monday night"
            }

            if (span.Value.Kind == ValueKind.Money && RatePeriods.After(words, span.Last) is var period && period > 0)
            {
                end = words.Tokens[period].End; // "£1.2m a year": a sum per period is shown with its period
            }

            // "until Tuesday", "since 2019", "by Friday": the bound is part of what the date says.
            var changeWordedOfIt = movedDay || (changeWorded && ReportWording.WordsAChangeOf(words, span.First, span.Last));
            var movedTo = timed ? null : ReportWording.MovedTo(words, span.First, changeWordedOfIt, span.Value.Kind == ValueKind.Quantity);
            var start = span.Value.Kind == ValueKind.Date && Bounds.Contains(words[span.First - 1]) ? words.Tokens[span.First - 1].Start : span.Start;
            facts.Add(new Fact(sourceId, index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end],
                span.Value, Measures.Of(words, span, frame), frame, notUntil >= 0 ? ModalOrAsserted(words, span.First) : MoodOf(words, span.First, span.Value.Kind))
            {
                UpdateWording = changeWorded,
                TallyOnly = tallied && running && !update && !((since || final) && !timed) && !endedUp,
                ChangeWordedOfIt = changeWordedOfIt,
                MovedTo = movedTo,
                ChangeClause = movedTo is null ? [] : ReportWording.ClauseUpTo(words, span.First, Measures.HeadIndex(words, span) is var counted && counted > span.Last ? counted : span.Last),
                NewerReportWording = newer || ((since || final) && !timed),
                Context = ContextOnce(),
                Occurrence = timed ? TimedDays.Occurrence(words, span, setAhead) : TimedDays.FigureOccurrence(words, span),
                Phase = phase,
                Holder = timed ? EventFrames.RelativeHolder(words, span, spanCues) : "",
                PhaseSubject = timed ? EventFrames.PhaseSubject(words, span, spanCues) : "",
                GeneralPhase = timed && EventFrames.GeneralPhase(words, span, spanCues),
                Verb = timed && frame is null ? EventFrames.AttachedVerb(words, span) : "",
                DatedNoun = span.Value.Kind == ValueKind.Date ? DatedNouns.Of(words, span) : "",
                Ahead = span.Value.Kind == ValueKind.Date && setAhead,
                StateSeen = span.Value.Kind == ValueKind.Date && !setAhead && SeenStates.Holds(words, span),
                DayText = span.Value.Kind == ValueKind.TimeOfDay ? TimedDays.DayText(words, span) : null,
                Signature = timed ? MeasureSignature.None : SignatureReader.Read(words, span),
                Definite = words[span.First - 1] is "the" or "all" or "both" or "these" or "those",
                InPersonsAside = !timed && PersonAsides.Holds(words, span.First),
            });
        }

        foreach (var (first, last) in ZeroCounts.Read(words))
        {
            // The cue is part of the words ("no arrests"), so the frame is the one it names; a denied harm ("unhurt")
            // counts what its participle's frame counts.
            if ((ZeroCounts.DeniedHarm(words[last]) is { } harm ? EventFrames.CountFrameOf(harm) : cues.FirstOrDefault(c => c.First >= first && c.Last <= last && c.Kinds.Contains(ValueKind.Count)).Frame) is not { } frame)
            {
                continue;
            }

            var (start, end) = (words.Tokens[first].Start, words.Tokens[last].End);
            facts.Add(new Fact(sourceId, index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end],
                new FactValue(ValueKind.Count, Interval.Point(0)) { Stated = 0 }, MeasureClasses.Persons, frame)
            {
                UpdateWording = update,
                ChangeWordedOfIt = update && ReportWording.WordsAChangeOf(words, first, last),
                NewerReportWording = newer,
                Context = ContextOnce(),
            });
        }

        foreach (var span in OrdinalCounts.Read(words))
        {
            // "A third man has been arrested": a count that has grown, when it counts what an event happened to.
            var frame = EventFrames.For(words, span, cues);
            // "for the second time this year" says which occurrence an event is, as "its second cut this year" does
            // (read with the date): no count of what it happened to.
            if (frame is null || Measures.Of(words, span, frame) is not { Length: > 0 } measure || measure is "time" or "times"
                || MoodOf(words, span.First) != FactMood.Asserted)
            {
                continue; // "the third day", "a second time", "a fourth arrest would be": no count of the event
            }

            var end = Measures.HeadIndex(words, span) is var head && head > span.Last ? words.Tokens[head].End : span.End;
            facts.Add(new Fact(sourceId, index, sentence.Start + span.Start, sentence.Start + end, sentence.Text[span.Start..end], span.Value, measure, frame)
            {
                UpdateWording = true,
                ChangeWordedOfIt = true,
                NewerReportWording = true,
                Ordinal = true,
                Context = ContextOnce(),
            });
        }

        foreach (var role in RoleReader.Read(words))
        {
            var (start, end) = (words.Tokens[role.First].Start, words.Tokens[role.Last].End);
            facts.Add(new Fact(sourceId, index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end],
                new FactValue(ValueKind.Person, default) { Name = role.NameKey }, "", null, MoodOf(words, role.First))
            {
                Role = role.Role,
                RoleObject = role.Object,
                Office = role.Office,
                Titled = NameSpans.Titles.Contains(words[role.First - 1]) ? sentence.Text[words.Tokens[role.First - 1].Start..end] : null,
                Context = ContextOnce(),
            });
        }

        var places = PlaceReader.Read(words);
        var ranked = RankedPlaces.Read(words);
        if (ranked is not null)
        {
            places.RemoveAll(p => p.First <= ranked.Last && ranked.First <= p.Last);
            places.Add(ranked);
        }

        foreach (var place in places)
        {
            if (ReportWording.SaidRightAfter(words, place.Last))
            {
                continue; // "Parents at Carrow Lane school said ...": where the speakers are, not where it happened
            }

            var (start, end) = (words.Tokens[place.First].Start, words.Tokens[place.Last].End);
            var asSpan = new ValueSpan(new FactValue(ValueKind.Place, default), place.First, place.Last, start, end, place.First);
            facts.Add(new Fact(sourceId, index, sentence.Start + start, sentence.Start + end, sentence.Text[start..end],
                new FactValue(ValueKind.Place, default) { Name = place.NameKey, Around = place.Around, PlaceHead = place.Head, PlaceSite = place.Site }, place.Head,
                place == ranked ? EventFrames.HardestHit : place.Relation == PlaceReader.Destination || PlaceDestinations.Sheltered(words, place.First) || PlaceDestinations.Held(words, place.First) ? EventFrames.TakenTo : PlaceSites.Holder(words, place) ?? EventFrames.PlaceFrame(words, asSpan, cues),
                MoodOf(words, place.First))
            {
                Relation = place.Relation,
                Context = ContextOnce(),
            });
        }

        return facts;
    }

    private static Fact Marked(Fact fact, List<Fact> all, DateOnly? anchor) => fact.Value.Kind switch
    {
        ValueKind.Date => fact with { OnPublicationDay = anchor is { } a && fact.Value.Range.IsPoint && fact.Value.Range.Low == a.DayNumber, Tense = DateTenses.Of(fact, anchor) },
        ValueKind.Person when fact.Role is { } role => fact with
        {
            SoleInRole = all.Where(f => f.Role == role && f.Value.Kind == ValueKind.Person).All(f => NameKey.SameName(f.Value.Name, fact.Value.Name)),
        },
        _ => fact,
    };

    // "Halvard Quist was jailed ... Justice Okafor branded the 48-year-old": the person an anaphoric age refers to is
    // one named in the sentences before it (not a name after "of", "at", "in": an organisation or a place); of several,
    // the one the story is about (named most often so far, the headline counting as a mention), then the last named:
    // under "Kovac signs for Aldermoor", "Mateus Kovac has signed ... The club's chief executive, Lena Ostrova,
    // announced ... The 23-year-old striker" is Kovac. A surname alone counts as a mention of the person named in full.
    private static string Antecedent(List<Words> sentences, int index, string? title)
    {
        var headline = title is null ? [] : new Words(title).Tokens.Select(t => NameKey.Of(t.Text)).ToHashSet(StringComparer.Ordinal);
        var named = new List<(string Key, int Sentence, int Token)>();
        for (var back = 0; back < index; back++)
        {
            var words = sentences[back];
            for (var k = 0; k < words.Count; k++)
            {
                if (NameSpans.EndingAt(words, k) is { } name && (k + 1 >= words.Count || !NameSpans.IsNameWord(words, k + 1))
                    && (name.Last > name.First || NameSpans.Titles.Contains(words[name.First - 1]))
                    && words[name.First - 1] is not ("of" or "at" or "in" or "from" or "to" or "the"))
                {
                    named.Add((NameSpans.Key(words, name), back, k));
                }
                else if (NameSpans.IsNameWord(words, k) && !NameSpans.IsNameWord(words, k - 1) && !NameSpans.IsNameWord(words, k + 1)
                    && named.FirstOrDefault(n => n.Key.Split(' ')[^1] == NameKey.Of(words.Tokens[k].Text)).Key is { } full)
                {
                    named.Add((full, back, k)); // "Ellington took 48.6%": the surname alone names the person named in full before
                }
            }
        }

        var near = named.Where(n => n.Sentence >= index - 2).ToList();
        if (near.Count == 0)
        {
            return Measures.Antecedent;
        }

        var best = near
            .Select((n, at) => (n.Key, At: at, Mentions: named.Count(m => NameKey.SameName(m.Key, n.Key)) + (headline.Contains(n.Key.Split(' ')[^1]) ? 1 : 0)))
            .OrderByDescending(n => n.Mentions).ThenByDescending(n => n.At)
            .First();
        return Measures.PersonPrefix + best.Key;
    }

    // "Sheep farmer Geoff Ibbotson ... Mr Ibbotson, 71, lay in the field": an age said of a surname alone is the age of
    // the one person the source has named in full with that surname, so it never meets the age of a relative another
    // source names in full ("Liam Ibbotson, 19"). Null when the measure is no lone surname, or the source has named
    // none or several people of that surname before.
    private static string? FullName(List<Words> sentences, int index, string measure) =>
        !measure.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal) || measure.Contains(' ', StringComparison.Ordinal) || measure == Measures.Antecedent
            ? null
            : NamedInFullBefore(sentences, index, measure[Measures.PersonPrefix.Length..]) is { } named ? Measures.PersonPrefix + named.Key : null;

    // The one given name and surname ("Anselm Brodie") that the sentences before <paramref name="index"/> write for a
    // person later called by the surname alone ("Dr Brodie"); null when none or several people have that surname.
    private static (string Key, string Text)? NamedInFullBefore(List<Words> sentences, int index, string surname)
    {
        var full = new List<(string Key, string Text)>();
        for (var back = 0; back < index; back++)
        {
            var words = sentences[back];
            for (var k = 0; k < words.Count; k++)
            {
                // The given name and surname only: a capitalised word opening the sentence ("Mountaineer Piet Oorse") is no part of it.
                if (NameSpans.EndingAt(words, k) is { } name && name.Last > name.First && string.Join(' ', NameSpans.Key(words, name).Split(' ')[^2..]) is var key
                    && key.Split(' ')[^1] == surname && !full.Any(f => NameKey.SameName(f.Key, key)))
                {
                    full.Add((key, $"{words.Tokens[name.Last - 1].Text} {words.Tokens[name.Last].Text}"));
                }
            }
        }

        return full.Count == 1 ? full[0] : null;
    }

    /// <summary>The article's date: when it was published, else the first full date of its opening (a dateline).</summary>
    public static DateOnly? AnchorOf(CleanedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Metadata.PublishedAt is { } published)
        {
            return DateOnly.FromDateTime(published.DateTime);
        }

        var opening = article.Text.Length > 300 ? article.Text[..300] : article.Text;
        return DateReader.FirstFullDate(opening)
            ?? (article.Title is { } title ? DateReader.FirstFullDate(title) : null)
            ?? StampedDate(article.Report);
    }

    // Cleaning removes a "Published Friday 16 January 2026, 10:15" line as page furniture, but it is still the
    // article's date: without it the article cannot be ordered against the others, so no update can be seen.
    private static DateOnly? StampedDate(CleaningReport report) =>
        report.Removals.Where(r => r.Rule == "timestamp").Select(r => DateReader.FirstFullDate(r.Text)).FirstOrDefault(d => d is not null);

    // A line at the top that holds a full date and no lowercase word ("Monday 9 March 2026", "LONDON, Sunday,
    // March 8, 2026") dates the article; it states no fact of the story.
    private static bool IsDateline(Words words, int index) =>
        index <= 1 && words.Tokens.All(t => !char.IsLower(t.Text[0])) && DateReader.FirstFullDate(words.Text) is not null;

    // A full date (with its year) at the head of the first sentence, on or next to the article's date; or a wire
    // dateline's date without its year, inside the capitalised run that opens the text ("ORVIK, March 3 (OPA) - ...").
    private static bool Dateline(Words words, ValueSpan span, DateOnly? anchor) =>
        anchor is { } a && Math.Abs(span.Value.Range.Low - a.DayNumber) <= 1
        && (Enumerable.Range(span.First, span.Last - span.First + 1).Any(k => words[k].Length == 4 && words[k].All(char.IsDigit))
            || Enumerable.Range(0, span.Last + 1).All(k => !char.IsLower(words.Tokens[k].Text[0])));

    // A possessive weekday ("Tuesday's blast", "Friday night's reception") names one occasion, not a habit.
    private static bool IsAttributiveWeekday(Words words, ValueSpan span) =>
        span.Value is { Kind: ValueKind.Date, Relative: true } && span.First == span.Last
        && !Possessive(words[span.First]) && !(words[span.Last + 1] is "morning's" or "afternoon's" or "evening's" or "night's")
        && words[span.First - 1] is not ("on" or "by" or "until" or "since" or "from" or "last" or "next" or "this" or "before" or "after" or "early" or "late" or "that" or "till")
        && span.Last + 1 < words.Count && char.IsLower(words.Tokens[span.Last + 1].Text[0])
        && words[span.Last + 1] is not ("morning" or "afternoon" or "evening" or "night" or "and" or "or" or "after" or "before" or "when");

    private static bool Possessive(string word) => word.EndsWith("'s", StringComparison.Ordinal);

    private static FactMood MoodOf(Words words, int first, ValueKind? kind = null)
    {
        var from = Math.Max(0, first - 5);
        var pastVerb = false;
        var pastPreposition = false;
        for (var k = first - 1; k >= from; k--)
        {
            // "without" governs its own noun phrase, not the verb after it: "the number of homes without electricity had
            // fallen to about 400" asserts the fall, the negation only tells which homes are counted. A preposition
            // closes that phrase too: "stretched their run without a win to 11 games" asserts the games.
            if ((pastVerb || pastPreposition) && words[k] == "without")
            {
                break;
            }

            pastVerb |= FiniteBe.Contains(words[k]);
            pastPreposition |= ClosingPrepositions.Contains(words[k]);

            // A span of time told with its own preposition is how long a denied state held ("were without water for two
            // days", "was not found until six hours later"): the negation denies the state, and the span is asserted.
            if (kind == ValueKind.Duration && SpanPrepositions.Contains(words[k]))
            {
                break;
            }

            if (Negations.Contains(words[k]) || words[k].EndsWith("n't", StringComparison.Ordinal))
            {
                return FactMood.Negated;
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return ModalOrAsserted(words, first);
    }

    // A value under a modal verb ("could", "may", "is expected to") is hedged; else asserted.
    private static FactMood ModalOrAsserted(Words words, int first) =>
        Enumerable.Range(Math.Max(0, first - 6), Math.Min(6, first)).Any(k => Modals.Contains(words[k])) ? FactMood.Modal : FactMood.Asserted;

    internal static HashSet<string> Context(Words words)
    {
        var context = new HashSet<string>(words.Count, StringComparer.Ordinal); // sized once: at most one stem a word
        foreach (var w in words.Lower)
        {
            if (w.Length > 1 && !char.IsDigit(w[0]) && !Stopwords.IsStopword(w))
            {
                context.Add(Stemmer.Inflections.Stem(w));
            }
        }

        return context;
    }
}
