using System.Collections.Frozen;
namespace Summarizer.Facts;

/// <summary>
/// Aligns figures by the happening their clauses tell. Outlets measure one happening with different words ("a stomach
/// bug has struck 200 guests", "more than 350 holidaymakers were laid low by the virus"): the counted nouns and the
/// verbs differ, so no frame or measure rule meets them, yet the two clauses keep the happening's rare arguments. Two
/// figures of one broad class, each the one figure of its kind its clause gives, whose clauses tell one act (a
/// clause aligner given by the caller) are candidates for one fact; each keeps only its best such partner in the
/// other source, and only mutual best pairs are aligned. The labelling then decides whether they agree.
/// </summary>
internal static class ActPairs
{
    private static readonly FrozenSet<ValueKind> Figures =
        FrozenSet.ToFrozenSet([ValueKind.Count, ValueKind.Money, ValueKind.Percent, ValueKind.Quantity, ValueKind.Duration, ValueKind.Date]);

    /// <summary>
    /// The mutual best pairs of <paramref name="facts"/> (indexes) whose groups do not yet hold the other's source.
    /// <paramref name="group"/> gives each fact's current group; <paramref name="story"/> is every fact of the story
    /// (read for the other figures of each clause); <paramref name="sameAct"/> scores two facts' clauses as one act,
    /// null when they tell different acts.
    /// </summary>
    public static List<(int A, int B)> Find(IReadOnlyList<Fact> facts, Func<int, int> group, IEnumerable<Fact> story, Func<Fact, Fact, double?> sameAct)
    {
        var all = story.ToList();
        var clauses = all.ToLookup(f => (f.SourceId, f.SentenceIndex));
        var days = FactDays.BySource(all);
        var sourcesOf = Enumerable.Range(0, facts.Count).GroupBy(group)
            .ToDictionary(g => g.Key, g => g.Select(i => facts[i].SourceId).ToHashSet());
        var open = Enumerable.Range(0, facts.Count).Where(i => Figures.Contains(facts[i].Value.Kind) && MainFigure(facts[i], clauses[(facts[i].SourceId, facts[i].SentenceIndex)])).ToList();
        var scores = new Dictionary<(int A, int B), double>();
        foreach (var a in open)
        {
            // No group changes while pairs are scored, so a's is read once; the cheap tests of the two figures go first.
            var (fact, mine) = (facts[a], group(a));
            var joined = sourcesOf[mine];
            foreach (var b in open)
            {
                if (fact.SourceId < facts[b].SourceId && Candidates(fact, facts[b]) && group(b) is var theirs && theirs != mine
                    && !joined.Contains(facts[b].SourceId) && !sourcesOf[theirs].Contains(fact.SourceId)
                    && !DayGivenElsewhere(fact, facts[b], days) && Score(fact, facts[b], sameAct) is { } share)
                {
                    scores[(a, b)] = share;
                }
            }
        }

        // Best per fact and other source: a figure is one fact with at most one figure of each other outlet.
        var byFirst = scores.ToLookup(s => (s.Key.A, facts[s.Key.B].SourceId));
        var bySecond = scores.ToLookup(s => (s.Key.B, facts[s.Key.A].SourceId));
        return scores.Keys
            .Where(k => Best(byFirst[(k.A, facts[k.B].SourceId)], facts, first: true) == k.B && Best(bySecond[(k.B, facts[k.A].SourceId)], facts, first: false) == k.A)
            .OrderBy(k => k.A).ThenBy(k => k.B)
            .ToList();
    }

    // Two days each said of the same noun ("the reception on Saturday", "Friday night's reception") date one occasion,
    // though the clauses around them share few other words; such a pair ranks above pairs by shared words alone.
    private static double? Score(Fact a, Fact b, Func<Fact, Fact, double?> sameAct)
    {
        var share = sameAct(a, b);
        return a.Value.Kind == ValueKind.Date && a.DatedNoun.Length > 0 && a.DatedNoun == b.DatedNoun ? 1 + (share ?? 0) : share;
    }

    /// <summary>
    /// True when two figures could be one measure of one happening: the same kind and unit, of one broad class, of the
    /// same occasion, and no more than a misreport apart.
    /// </summary>
    public static bool Candidates(Fact a, Fact b) =>
        a.SourceId != b.SourceId && a.Value.Kind == b.Value.Kind && a.Value.Unit == b.Value.Unit && a.Value.CapIsOwnMeasure == b.Value.CapIsOwnMeasure
        && !(a.Frame is not null && b.Frame is not null && a.Frame != b.Frame)
        && !a.Signature.OtherMeasure(b.Signature) && !a.Ordinal && !b.Ordinal && a.Occurrence == b.Occurrence
        && !CrossSourcePairs.FarApart(a.Value, b.Value) && OneClass(a, b) && (a.Value.Kind != ValueKind.Date || DaysOfOneAct(a, b));

    // Outlets date one act with different verbs and nouns ("will sit a replacement paper on Thursday 19 November", "the
    // replacement paper will be sat on November 24"), so the event words that frame dates often differ or are missing
    // where the act is plainly one. Two single days whose clauses tell one act are one date, unless either is the day
    // something was said (statements of one story fall on many days), they are a start and an end, both are the day
    // each source reports on, one is still to come and the other already done, or one is a limit already passed (DateTenses).
    private static bool DaysOfOneAct(Fact a, Fact b) =>
        FactDays.SingleDay(a.Value) && FactDays.SingleDay(b.Value) && a.Frame != EventFrames.Said && b.Frame != EventFrames.Said && a.Phase == b.Phase
        && !(a.OnPublicationDay && b.OnPublicationDay) && !DateTenses.PlanAndDone(a, b) && !DateTenses.LimitAndDay(a, b) && !DateTenses.StateAndDay(a, b);

    // Two days in clauses of one story are one date told differently only when neither source gives the other's day
    // elsewhere: an outlet that also dates the explosion on Saturday ("the blast, which happened at about 9.45pm on
    // Saturday") tells of another act on Thursday ("first reported a smell of gas on Thursday, two days before an
    // explosion"), though the two clauses share the explosion's words.
    // A weekday named elsewhere counts as that day whatever week it was resolved to: "Nurses return to their shifts on
    // Thursday morning" and "will return to work on Thursday" are one Thursday, though only one says it is to come.
    // Two facts on one day ("November 24", "Tuesday 24 November") tell no other day, whatever else either source names.
    private static bool DayGivenElsewhere(Fact a, Fact b, ILookup<int, Fact> days) =>
        a.Value.Kind == ValueKind.Date && !a.Value.SameAs(b.Value) && FactDays.Of(a) is { } x && FactDays.Of(b) is { } y && x != y
        && (days[a.SourceId].Any(f => !ReferenceEquals(f, a) && SameDay(f, y, b)) || days[b.SourceId].Any(f => !ReferenceEquals(f, b) && SameDay(f, x, a)));

    private static bool SameDay(Fact fact, double day, Fact other) =>
        FactDays.Of(fact) == day || (WeekdayOf(fact) is { } weekday && weekday == WeekdayOf(other));

    private static DayOfWeek? WeekdayOf(Fact fact) => FactDays.DateOf(fact)?.Weekday;

    // The figures of one broad class: the same measure, a figure whose measure its clause leaves unsaid, or counts of
    // one broad class in other words: people and the jobs they hold or lose ("1,600 staff will be let go", "1,150
    // positions will go"), homes and households.
    private static bool OneClass(Fact a, Fact b)
    {
        if (a.Measure == b.Measure || a.Value.Kind != ValueKind.Count && (a.Measure.Length == 0 || b.Measure.Length == 0))
        {
            return true;
        }

        return a.Value.Kind == ValueKind.Count && MeasureClasses.Broad(a.Measure) is { } broad && broad == MeasureClasses.Broad(b.Measure);
    }

    // The one figure of its kind the clause gives (the same value said twice is one): "312 passengers and 41 crew" are
    // two groups, and a clause with a total and its part tells two measures.
    // The day a statement was made ("said on Monday that it found the intrusion on Thursday") dates the saying, not the
    // act, so it is no second date of the clause.
    private static bool MainFigure(Fact fact, IEnumerable<Fact> clause) =>
        clause.All(f => f.Value.Kind != fact.Value.Kind || f.Value.SameAs(fact.Value) || (f.Value.Kind == ValueKind.Date && f.Frame == EventFrames.Said));

    // The one partner a fact scores highest with (all of one other source); none when partners of different values tie,
    // since the clauses then cannot tell them apart. Partners that tie on one value are that source's one figure said
    // twice ("Sunday's depot fire", "the depot on Sunday 22 November"): its first statement is the partner.
    private static int? Best(IEnumerable<KeyValuePair<(int A, int B), double>> mine, IReadOnlyList<Fact> facts, bool first)
    {
        var ranked = mine.OrderByDescending(s => s.Value).Select(s => (Partner: first ? s.Key.B : s.Key.A, s.Value)).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var tied = ranked.TakeWhile(s => s.Value == ranked[0].Value).Select(s => s.Partner).ToList();
        return tied.All(p => facts[p].Value.SameAs(facts[tied[0]].Value)) ? tied.MinBy(p => facts[p].Start) : null;
    }
}
