using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// Aligns clock times and counts by the slot they fill in the story rather than by the words around them. A news story
/// states the moment its event happened once per outlet, and two outlets may word it with no rare word in common ("The
/// fire was reported shortly after 1am", "Crews were called at 2.40am"), yet each fills the slot with exactly one value.
/// So with its lead count of a broad class: "about 70 skiers were on the lift", "more than 110 people were left on the
/// chairs". A time's slot is the occurrence of the act; a count's is the broad class of its counted noun (people and
/// jobs, homes and households; see <see cref="MeasureClasses.Broad"/>) with its event frame. When each of two sources
/// gives exactly one value for the slot (mutual uniqueness), told as the main figure of its clause and of the story's
/// present event, the two are one fact; the labelling then decides whether they agree. A source that gives two values
/// (before and after, a start and an end, a workforce and a cut) fills it with neither. Session 20 keyed counts by the
/// counted noun's own stem, which paired nothing: outlets name one count with other nouns.
/// </summary>
internal static class SlotPairs
{
    // Words that put a figure on another occasion than the story's present event: an earlier one, a usual or expected
    // one. General report wording, as stems.
    private static readonly FrozenSet<string> OtherOccasion = FrozenSet.ToFrozenSet(
        new[]
        {
            "previous", "previously", "usual", "usually", "normal", "normally", "typical", "typically", "earlier", "prior", "ago",
        }.Select(Stemmer.Inflections.Stem),
        StringComparer.Ordinal);

    // Words that put a figure on an expected occasion rather than the one that happened. A day set ahead (Fact.Ahead) is
    // itself the expected day of the story's plan, so they set it apart from nothing; nor do they a span of time: how
    // long a closure, a shortage or a stay will last is told as expected while it lasts ("is expected to stay shut for
    // about 48 hours"), so the expected span is the event's own length, not another occasion's.
    private static readonly FrozenSet<string> ExpectedOccasion = FrozenSet.ToFrozenSet(
        new[] { "expected", "forecast", "planned", "scheduled", "target" }.Select(Stemmer.Inflections.Stem),
        StringComparer.Ordinal);

    // Words that set an amount beside another amount: a past record, a comparison, a change from an earlier value. A
    // clock time is no amount that rises or is compared, so in its clause these words tell of something else ("rain fell
    // for three hours", "fire service records show", "a house on Orchard Rise"). Nor is a physical measure compared so:
    // its clause tells how high water rose or how cold a record night fell ("the water rose 1.6 metres").
    // Nor is a day set ahead (Fact.Ahead): its clause tells the planned change itself ("fares will rise from 4 January").
    // Nor is a span of time: how long something lasted is told once, not as a change from an earlier span, so these words
    // in its sentence tell of another amount beside it ("left for up to three hours, with the temperature recorded at
    // -8C", "four minutes into the flight, the stage fell back").
    private static readonly FrozenSet<string> OtherAmount = FrozenSet.ToFrozenSet(
        new[] { "record", "compared", "comparison", "average", "compare", "versus", "rise", "rose", "fall", "fell", "increase", "decrease" }
            .Select(Stemmer.Inflections.Stem),
        StringComparer.Ordinal);

    // Of the words above, those that set a figure beside another of its kind. A person's age is set beside other ages
    // ("above the average of 41", "compared with"), but never rises, falls or stands as a record in its sentence: there
    // those words tell of another amount ("an 81-year-old farmer watched as his ram sold for £52,000, a record").
    private static readonly FrozenSet<string> Comparing = FrozenSet.ToFrozenSet(
        new[] { "compared", "comparison", "average", "compare", "versus" }.Select(Stemmer.Inflections.Stem),
        StringComparer.Ordinal);

    // The people sent to answer an event (rescuers, firefighters, police officers, paramedics, stewards) are counted
    // beside those the event befell: "seven people were caught ... a dozen rescuers were sent", "150 skiers were left
    // hanging ... around 60 rescuers were involved". They are another class of the story's people, so a count of them
    // fills a slot of its own and does not crowd the victims' count out of theirs. The lexicon is the class of
    // emergency and public-order responders, as stems; crews are left out, as a ship's crew is among those aboard.
    private static readonly FrozenSet<string> Responders = FrozenSet.ToFrozenSet(
        new[]
        {
            "rescuer", "firefighter", "fireman", "firemen", "officer", "police", "policeman", "policemen", "constable",
            "paramedic", "medic", "coastguard", "lifeguard", "lifeboatman", "lifeboatmen", "responder", "patroller",
            "searcher", "steward", "marshal",
        }.SelectMany(w => new[] { w, Stemmer.Porter.Stem(w) }),
        StringComparer.Ordinal);

    private static bool Responding(Fact fact) => Responders.Contains(fact.Signature.Head);

    // Words that name the day a clock time is on, relative or by weekday.
    private static readonly FrozenSet<string> DayWords = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "overnight"],
        StringComparer.Ordinal);

    /// <summary>The share of a source's sentences, from its start, in which a figure may fill a slot of the main event.</summary>
    public const double LeadShare = 0.6;

    /// <summary>
    /// The pairs of <paramref name="facts"/> (indexes) that fill one slot, each its source's one value for it, whose groups
    /// do not yet hold the other's source. <paramref name="group"/> gives each fact's current group; <paramref name="story"/>
    /// is every fact of the story, read for each source's other values of the slot and each clause's other figures.
    /// </summary>
    public static List<(int A, int B)> Find(IReadOnlyList<Fact> facts, Func<int, int> group, IEnumerable<Fact> story)
    {
        var all = story.ToList();
        var pairs = Find(facts, group, all, Slot);

        // Then the first of something and the story's plain moment, when each is its source's one clock time of either
        // (the slot of each alone may hold the source's other value: "the first crash at 7.05am" beside a later time).
        pairs.AddRange(Find(facts, group, all, OnsetSlot).Where(p => facts[p.A].Occurrence != facts[p.B].Occurrence));

        // Then the lead count of a class told with an event word in one outlet and without one in another, when each is
        // its source's one early count of that class in any frame (LeadCountSlot).
        pairs.AddRange(Find(facts, group, all, LeadCountSlot).Where(p => (facts[p.A].Frame is null) != (facts[p.B].Frame is null)));

        // Then the one past day each source writes out in full, when the two clauses share a word of what happened and
        // neither source gives the other's day elsewhere (DatedDaySlot).
        var days = FactDays.BySource(all);
        pairs.AddRange(Find(facts, group, all, DatedDaySlot, OpenDated)
            .Where(p => ShareActWord(facts[p.A], facts[p.B]) && !GivesDayElsewhere(facts[p.A], facts[p.B], days, all) && !GivesDayElsewhere(facts[p.B], facts[p.A], days, all)));
        return pairs;
    }

    /// <summary>
    /// The day of the story's one dated act: a past single day written out with its day of the month ("on Sunday 8
    /// November", "on 14 May"), framed by no event word or by one of the happening. Outlets tell the act with verbs and
    /// nouns of their own, or with none ("at the orchard's open day on Saturday 6 June", "during the village fete of
    /// Sunday 14 June"), so the day often has no verb or frame the happening slot reads; yet a story dates its act by
    /// the calendar once and dates the news around it (the hearing, the statement, the report) by "today", "yesterday" or
    /// a weekday. A source that writes out two past days (the act and the day it came to light) fills the slot with neither.
    /// So with a whole year that no event word frames ("put up in 1887", "the hall, built in 1902"): outlets date the
    /// making of the story's thing in words of their own, each once; a year after "since" says since when a state has
    /// lasted and has its own slot (BeganIn), and a year an event word frames (a death, a launch) is as often another
    /// act's. Days and years fill slots of their own and never compete.
    /// </summary>
    internal static string? DatedDaySlot(Fact fact) =>
        fact.Value.Kind == ValueKind.Date && !fact.Ahead && !fact.Value.Relative && !fact.OnPublicationDay
        && fact.Phase.Length == 0 && fact.Holder.Length == 0 && fact.Text.Any(char.IsAsciiDigit)
        && (fact.Frame is not { } frame || FactMatching.NamesHappening(frame)) && !BeganIn(fact)
            ? FactDays.SingleDay(fact.Value) ? $"dated|{fact.Occurrence}"
            : WholeYear(fact.Value) && fact.Frame is null ? $"year|{fact.Occurrence}"
            : null
            : null;

    // A written-out day fills its slot when asserted, not in a person's aside, in a clause that sets no other occasion
    // beside it and gives no other written-out day of its slot (two days of one clause are two acts: "found on 3 May, two
    // weeks after it went missing on 19 April"). Other dates of the clause (a weekday in a name, a month of background) do not compete.
    private static bool OpenDated(Fact fact, IEnumerable<Fact> clause) =>
        Outlays.Stated(fact) && !fact.Ordinal && !fact.InPersonsAside
        && clause.All(f => f.Value.Kind != ValueKind.Date || f.Value.SameAs(fact.Value) || DatedDaySlot(f) != DatedDaySlot(fact))
        && !fact.Context.Any(OtherOccasion.Contains);

    // Two written-out days are of one act only when their clauses share a word of it beyond the calendar ("the crane"
    // and "the crane", "the orchard" and "the orchard"): the day a harbour crane was repainted and the day a band
    // welcomed a ferry's passengers share none.
    private static bool ShareActWord(Fact a, Fact b) => a.Context.Any(w => b.Context.Contains(w) && !TimeWords.Contains(w));

    // An outlet that gives the other's day (or year) elsewhere tells another act on its own day.
    private static bool GivesDayElsewhere(Fact own, Fact other, ILookup<int, Fact> days, IReadOnlyList<Fact> all) =>
        FactDays.Of(other) is { } day ? days[own.SourceId].Any(f => !ReferenceEquals(f, own) && FactDays.Of(f) == day)
        : all.Any(f => f.SourceId == own.SourceId && !ReferenceEquals(f, own) && f.Value.Kind == ValueKind.Date && f.Value.SameAs(other.Value));

    // Words of the calendar and the clock, as stems: they name when, not what happened.
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        CalendarWords.DayAndMonthNames.Concat(
        [
            "day", "night", "morning", "afternoon", "evening", "overnight", "early", "late", "hour", "week", "month", "year",
            "today", "yesterday", "last", "earlier", "later",
        ]).SelectMany(w => new[] { w, Stemmer.Porter.Stem(w), Stemmer.Inflections.Stem(w) }),
        StringComparer.Ordinal);

    /// <summary>
    /// A count's slot with its event frame left out: the lead count of people, homes or families, framed or not. Whether an
    /// outlet's clause carries an event word is a matter of its wording ("64 passengers were on board" is framed by
    /// "aboard", "sixty-four people were on the boat" by nothing; "took part" reads as a study, "were taken" as a theft),
    /// so a framed and a frame-less count never share <see cref="Slot"/>. An outlet that gives one early count of the
    /// class in all its frames together gives the count its story leads with; one that gives two (the people aboard and
    /// the people hurt) fills this slot with neither, and two different event frames are still never one (OneAct).
    /// </summary>
    internal static string? LeadCountSlot(Fact fact) =>
        fact.Value.Kind == ValueKind.Count && Slot(fact) is not null && MeasureClasses.Broad(fact.Measure) is { } broad
            ? $"lead|{broad}{(Responding(fact) ? "|responders" : "")}|{fact.Occurrence}"
            : null;

    private static List<(int A, int B)> Find(IReadOnlyList<Fact> facts, Func<int, int> group, List<Fact> all, Func<Fact, string?> slotOf, Func<Fact, IEnumerable<Fact>, bool>? open = null)
    {
        open ??= Open;
        var lengths = SentenceCounts(all);
        var clauses = all.ToLookup(f => (f.SourceId, f.SentenceIndex));
        var valuesOf = all.Where(f => f.Frame != EventFrames.Said && slotOf(f) is not null && Competes(f, clauses[(f.SourceId, f.SentenceIndex)], lengths[f.SourceId]))
            .ToLookup(f => (f.SourceId, slotOf(f)!));
        var sourcesOf = Enumerable.Range(0, facts.Count).GroupBy(group)
            .ToDictionary(g => g.Key, g => g.Select(i => facts[i].SourceId).ToHashSet());

        // Each source's one fact per slot: the first statement of its one value.
        var filled = Enumerable.Range(0, facts.Count)
            .Where(i => slotOf(facts[i]) is not null && open(facts[i], clauses[(facts[i].SourceId, facts[i].SentenceIndex)]) && Early(facts[i], lengths[facts[i].SourceId]))
            .Where(i => valuesOf[(facts[i].SourceId, slotOf(facts[i])!)].All(f => f.Value.SameAs(facts[i].Value) || OtherActs(f, facts[i])))
            .GroupBy(i => (facts[i].SourceId, Slot: slotOf(facts[i])!))
            .Select(g => g.OrderBy(i => facts[i].Start).First())
            .GroupBy(i => slotOf(facts[i])!)
            .ToList();

        var pairs = new List<(int, int)>();
        foreach (var slot in filled)
        {
            var members = slot.OrderBy(i => facts[i].SourceId).ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var (a, b) = (members[x], members[y]);
                    if (group(a) != group(b) && !sourcesOf[group(a)].Contains(facts[b].SourceId) && !sourcesOf[group(b)].Contains(facts[a].SourceId)
                        && OneAct(facts[a], facts[b]))
                    {
                        pairs.Add((a, b));
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>
    /// The slot a clock time, a count, a span of time or a percentage fills, or null for any other figure, for an end (a strike's, a
    /// closure's: a scheduled moment more often than the event's clock time) or a start of anything but a clock time (a
    /// clock time's start is the moment of its act: MomentPhase), and for a count whose clause names no
    /// counted noun or one of another class than people (and their jobs) or homes (and households): the counts a story
    /// leads with. Vehicles, sites and the like are as often side details ("five tracked vehicles were sent").
    /// </summary>
    public static string? Slot(Fact fact) => fact.Value.Kind switch
    {
        ValueKind.TimeOfDay when MomentPhase(fact).Length == 0 => $"time|{fact.Occurrence}",
        ValueKind.Count when fact.Signature.Head.Length > 0 && MeasureClasses.Broad(fact.Measure) is (MeasureClasses.Persons or MeasureClasses.Dwellings or MeasureClasses.Families) and var broad
            => $"count|{broad}{(Responding(fact) ? "|responders" : "")}|{fact.Frame}|{fact.Occurrence}",
        // How long the story's event lasted ("almost nine hours bringing the blaze under control", "under control after
        // about five hours"): the one span of time each outlet gives early, whatever frame its words carry.
        // The window a change or a tally is put in ("doubled its headcount in four years", "the third round of cuts in 18
        // months") measures no lasting of the event, so it fills no slot: each outlet's window is of its own tally. Nor
        // does the gap between repeats ("buses leave every 15 minutes").
        ValueKind.Duration when fact.Value.Unit != "ago" && fact.Phase.Length == 0
            && fact.Signature.Modifier is not (SignatureReader.Window or SignatureReader.Recurrence)
            => $"duration|{fact.Occurrence}",
        // A physical measure of the story's event ("the 18-metre structure", "the scaffold stood some 25 metres high"; "weighed
        // 14kg", "came in at nine kilos"): outlets word it with their own nouns and verbs, yet each gives one value of its
        // dimension early. A source that gives two (a tower's height and a crater's depth) fills it with neither. The extent
        // is no part of the slot: one outlet says "the 18-metre structure", another "it stood 25 metres high"; two named
        // extents ("deep", "across") are still never one measure (OneAct).
        ValueKind.Quantity when fact.Phase.Length == 0 && !fact.Value.IsCap => $"quantity|{fact.Value.Unit}|{fact.Frame}|{fact.Occurrence}",
        // What the story's event cost someone ("the recall will cost it £1.8m", "could land the chain with a £3m bill",
        // "the damage was put at £1.5m"): a bill, a price and a loss are told with each other's nouns, yet each outlet
        // that gives one such figure of its currency gives it of the event. One that gives two (a price and a fee, a
        // budget and a bill) fills the slot with neither.
        ValueKind.Money when Outlays.Is(fact) && !fact.Value.IsCap => $"money|{fact.Value.Unit}|{fact.Occurrence}",
        // The sum a body's budget lacks ("a £6.2m gap", "a shortfall of £8.7m for the coming year"): each outlet that gives
        // one gives it of the budget the story is about, in its own noun; it is never the bill or the cut that closes it.
        ValueKind.Money when fact.Frame == EventFrames.Shortfall && !fact.Value.IsCap => $"money|{EventFrames.Shortfall}|{fact.Value.Unit}|{fact.Occurrence}",
        // The age of the one person a story is about ("a 67-year-old farmer was airlifted", "Geoff Ibbotson, 71, ..."):
        // one outlet names them, another does not, and their sentences tell different moments of the story, yet each gives
        // one person's age early. A source that gives two people's ages fills the slot with neither; a thing's age is no
        // person's.
        ValueKind.Age when PersonsAge(fact) && fact.Phase.Length == 0 => $"age|{fact.Occurrence}",
        // The share or rate a story gives of its event ("about 40% of its flights were cancelled", "around 65 per cent of
        // the timetable was scrapped"; "a 15 per cent stake", "a 25% shareholding"): outlets word what the percentage is of
        // with nouns and verbs of their own, yet each that gives one percentage early gives it of the event. A source that
        // gives two (a share and its remainder, a pay offer and a turnout) fills the slot with neither, and a change set
        // beside another amount or occasion ("rose", "on average", "the previous record") is no slot filler (Open).
        ValueKind.Percent when fact.Phase.Length == 0 && !fact.Value.IsCap => $"percent|{fact.Value.Unit}|{fact.Occurrence}",
        ValueKind.Date when BeganIn(fact) => $"since|{fact.Occurrence}",
        ValueKind.Date when Happening(fact) && !fact.Ahead => $"date|{fact.Occurrence}",
        ValueKind.Date when Planned(fact) => $"plan|{fact.Occurrence}",
        _ => null,
    };

    // The day the story's happening took place, told either by an event word of the happening itself ("the leak began on
    // Tuesday", "the hoard was found on 14 September") or only by the past verb of the date's own clause ("the solvent
    // escaped on Monday evening", "the wreck was located in early September"): outlets tell it with verbs and nouns of
    // their own, yet each that gives one such day early gives it of the event. A single day only: a month or a year
    // is background. A source that gives two such days (the happening and a later one told by its verb) fills it with neither.
    // A day told only by an irregular past ("came", "met", "brought out", "was thrown into chaos") fills no such slot: these
    // common verbs of coming, meeting and bringing tell a story's side moments (a rescue, a meeting, the fallout) as often
    // as its happening, and the slot pairs days that share no other word. Such a day still meets another source's day of
    // the same verb told about the same things (FactMatching.SameEvent).
    private static bool Happening(Fact fact) =>
        fact.Phase.Length == 0 && fact.Holder.Length == 0 && fact.Value.Range.IsPoint && !double.IsInfinity(fact.Value.Range.Low)
        && (fact.Frame is { } frame ? FactMatching.NamesHappening(frame) : fact.Verb.Length > 0 && !IrregularVerbs.IsPastForm(fact.Verb));

    // The year a lasting state began, told by "since" with a whole year ("the choir has sung at the festival since
    // 1908", "the ferry has carried cars across the estuary since 1926"): the perfect of a state says how long the
    // story's subject has been what it is, and outlets word that state with verbs of their own (singing, sailing,
    // running, making), yet each that gives one such year early gives the year its subject began. A source that gives two
    // (a firm's and its owner's) fills the slot with neither. A day or a month after "since" is as often when a closure or
    // a strike began, which the happening and plan slots already read, so only a year fills this one.
    internal static bool BeganIn(Fact fact) =>
        !fact.Ahead && fact.Text.StartsWith("since ", StringComparison.OrdinalIgnoreCase) && WholeYear(fact.Value);

    private static bool WholeYear(FactValue value) =>
        value.Range.Low >= DateOnly.MinValue.DayNumber && value.Range.High <= DateOnly.MaxValue.DayNumber
        && DateOnly.FromDayNumber((int)value.Range.Low) is { Month: 1, Day: 1 } first
        && DateOnly.FromDayNumber((int)value.Range.High) == new DateOnly(first.Year, 12, 31);

    // The day the story's planned act is set for, told by the future or schedule verb group of the date's own clause
    // ("the new charges will apply from Monday 4 January", "the ward is to close on 8 January", "the festival was due to
    // open on Friday"): outlets name the plan with nouns and verbs of their own, yet each that gives one such day early
    // gives it of the plan. A single day only; a source that gives two such days (an opening and a closing, a first and a
    // second stage) fills the slot with neither, and a start and an end, or two event frames, are never one (OneAct). Only
    // days that differ meet so: a story has many plans ("engineers will replace the points on Tuesday", "union officials
    // will meet managers on Tuesday"), and the slot shows outlets at odds over the plan's day; it is no evidence that one
    // outlet's plan is another's, so an agreeing day corroborates nothing (one plan's agreeing days meet on their words).
    private static bool Planned(Fact fact) =>
        fact.Ahead && fact.Holder.Length == 0 && fact.Value.Range.IsPoint && !double.IsInfinity(fact.Value.Range.Low);

    // An age said of a person, named or not; not of a thing ("the 58-year-old bridge").
    private static bool PersonsAge(Fact fact) => !fact.Measure.StartsWith(Measures.ThingPrefix, StringComparison.Ordinal);

    // A figure that fills its slot for the story's present event: asserted, not the day's saying, not an ordinal's running
    // count, not said of a person in an aside (only an age is the person's own slot), the one figure of its kind and
    // class its clause gives, and in a clause that sets no other occasion beside it.
    // A percentage is a share of some base, and the base is often another occasion's amount ("30% of normal deliveries",
    // "55 per cent of their usual orders", "40% of its scheduled flights"): such a word names what the share is of, not
    // an occasion the figure is on, so only a change or a comparison sets a percentage apart.
    private static bool Open(Fact fact, IEnumerable<Fact> clause) =>
        Outlays.Stated(fact) && fact.Frame != EventFrames.Said && !fact.Ordinal
        && !(fact.InPersonsAside && fact.Value.Kind != ValueKind.Age)
        && Slot(fact) is not null
        && clause.All(f => f.Value.Kind != fact.Value.Kind || f.Value.SameAs(fact.Value) || OtherClass(f, fact))
        && !fact.Context.Any(w => ((OtherOccasion.Contains(w) || (!fact.Ahead && fact.Value.Kind != ValueKind.Duration && ExpectedOccasion.Contains(w))) && fact.Value.Kind != ValueKind.Percent)
            || (fact.Value.Kind is not (ValueKind.TimeOfDay or ValueKind.Quantity or ValueKind.Duration) && !fact.Ahead && OtherAmount.Contains(w)
                && (fact.Value.Kind != ValueKind.Age || Comparing.Contains(w))));

    // Whether a figure keeps its source's other values out of their slot. A story is full of spans of time besides its
    // event's own: how long a charity has run, a walk to the next stop, how long ago a building went up, told as
    // background late in the article or on another occasion ("the walk takes forty minutes", "three years earlier").
    // A span that could not fill the slot itself (late, or set on another occasion) is such a span, not a second value
    // of the event's length, so only the spans that could fill it compete. Other kinds keep every value as a rival:
    // a second count or clock time told late is as often the same event's later state.
    private static bool Competes(Fact fact, IEnumerable<Fact> clause, int sentences) =>
        fact.Value.Kind != ValueKind.Duration || (Open(fact, clause) && Early(fact, sentences));

    /// <summary>Each source's length in sentences, as far as its facts reach: what <see cref="Early"/> measures against.</summary>
    internal static Dictionary<int, int> SentenceCounts(IEnumerable<Fact> facts) =>
        facts.GroupBy(f => f.SourceId).ToDictionary(g => g.Key, g => g.Max(f => f.SentenceIndex) + 1);

    // A story states its main event early: a figure told only late in a source is background or a side event. What the
    // event cost is reckoned after it and told late, so an outlay fills its slot wherever its source gives it.
    internal static bool Early(Fact fact, int sentences) => Outlays.Is(fact) || fact.SentenceIndex <= Math.Max(3, LeadShare * sentences);

    // Two counts that each name what they count, in nouns of different classes ("6,000 candidates ... at more than 300
    // exam centres"): the one does not compete with the other for the slot of its class. A bare count ("more than 300")
    // might count anything, so it still does; so does a count listed beside it ("will carry 450 passengers and 90 cars"),
    // since a list gives the measures of some one thing, not the story's count.
    // Two days of one clause compete only for one slot: the day something was said, a month or year of background, the
    // day of what happened and the day of what is planned are each of their own class ("told parishioners in a letter
    // delivered on Wednesday that he would lead his final service on 20 December"), so a plan's day is still its
    // clause's one planned day.
    private static bool OtherClass(Fact a, Fact b) =>
        (a.Value.Kind == ValueKind.Count && a.Measure.Length > 0 && b.Measure.Length > 0
            && (MeasureClasses.Broad(a.Measure) ?? a.Measure) != (MeasureClasses.Broad(b.Measure) ?? b.Measure)
            && !Listed(a, b))
        || (a.Value.Kind == ValueKind.Date && Slot(a) != Slot(b));

    // The widest gap between two figures of a list (", ", " and ", " or "), in characters of the cleaned text.
    private const int ListGap = 5;

    private static bool Listed(Fact a, Fact b) =>
        a.SentenceIndex == b.SentenceIndex && (b.Start - a.End is >= 0 and <= ListGap || a.Start - b.End is >= 0 and <= ListGap);

    // Two slot fillers that could be one figure: the same occurrence and phase, no two different event frames, clock
    // times on no two different days, and no more than a misreport apart.
    private static bool OneAct(Fact a, Fact b) =>
        a.SourceId != b.SourceId && Occasion(a) == Occasion(b) && MomentPhase(a) == MomentPhase(b) && !Lasting(a).OtherMeasure(Lasting(b))
        && !(EventOf(a) is { } x && EventOf(b) is { } y && x != y)
        && !(Day(a) is { } d && Day(b) is { } e && d != e && !DatedOutright(a, b) && !ClockMoments.AcrossMidnight(a.Value, b.Value)) && !(a.OnPublicationDay && b.OnPublicationDay)
        && !(CrossSourcePairs.FarApart(a.Value, b.Value) && !ClockMoments.AcrossMidnight(a.Value, b.Value)) && !OtherGroups(a, b) && !OtherThings(a, b) && !OtherPeople(a, b)
        && !(Planned(a) && a.Value.Compatible(b.Value));

    // Two dates each written with its day of the month ("Friday 4 December", "Saturday 5 December") name their days
    // outright: that their weekdays differ is the very conflict the slot shows, not a sign of two acts, as it is for a
    // bare weekday ("on Sunday morning") or a clock time's day.
    private static bool DatedOutright(Fact a, Fact b) =>
        a.Value.Kind == ValueKind.Date && b.Value.Kind == ValueKind.Date && !a.Value.Relative && !b.Value.Relative;

    // Ages of two people each source names, by names that differ, of two people neither names, by nouns that differ ("a
    // 24-year-old man", "a 61-year-old teacher"), or of a man and a woman ("a woman in her eighties", "a man in his
    // sixties") are two people's ages.
    private static bool OtherPeople(Fact a, Fact b) =>
        a.Value.Kind == ValueKind.Age
        && ((Named(a) && Named(b) && !NameKey.SameName(a.Measure[Measures.PersonPrefix.Length..], b.Measure[Measures.PersonPrefix.Length..]))
            || (!Named(a) && !Named(b) && a.Signature.HeadsDiffer(b.Signature))
            || (SexOf(a) is { } x && SexOf(b) is { } y && x != y));

    // English marks a person's sex in its pronouns and in a closed set of nouns of kin and address: "he"/"his", "woman",
    // "grandmother". Read from the figure's words and the noun or predicate its clause gives it.
    private static readonly FrozenDictionary<string, char> Sexed = new[]
    {
        ("he", 'm'), ("his", 'm'), ("him", 'm'), ("man", 'm'), ("men", 'm'), ("boy", 'm'), ("father", 'm'), ("grandfather", 'm'),
        ("son", 'm'), ("grandson", 'm'), ("husband", 'm'), ("brother", 'm'), ("widower", 'm'), ("gentleman", 'm'), ("dad", 'm'),
        ("schoolboy", 'm'), ("uncle", 'm'), ("nephew", 'm'), ("grandad", 'm'), ("mr", 'm'),
        ("she", 'f'), ("her", 'f'), ("woman", 'f'), ("women", 'f'), ("girl", 'f'), ("mother", 'f'), ("grandmother", 'f'),
        ("daughter", 'f'), ("granddaughter", 'f'), ("wife", 'f'), ("sister", 'f'), ("widow", 'f'), ("lady", 'f'), ("mum", 'f'),
        ("schoolgirl", 'f'), ("aunt", 'f'), ("niece", 'f'), ("gran", 'f'), ("grandma", 'f'), ("mrs", 'f'), ("ms", 'f'),
    }.SelectMany(p => new[] { p, (Stemmer.Porter.Stem(p.Item1), p.Item2) }).DistinctBy(p => p.Item1)
        .ToFrozenDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    private static char? SexOf(Fact fact)
    {
        var marks = fact.Text.ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Append(fact.Signature.Head).Concat(fact.Signature.Predicates)
            .Select(w => Sexed.TryGetValue(w, out var sex) ? sex : (char?)null).OfType<char>().Distinct().ToList();
        return marks.Count == 1 ? marks[0] : null;
    }

    private static bool Named(Fact fact) =>
        fact.Measure.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal) && fact.Measure != Measures.Antecedent;

    // Lengths and weights measure many things of one story: "the 24-metre trawler" and "in 55 metres of water" name two,
    // so two measures whose clauses name different measured things are no one slot.
    private static bool OtherThings(Fact a, Fact b) => a.Value.Kind == ValueKind.Quantity && a.Signature.HeadsDiffer(b.Signature);

    // A span of the story's event said up to its end ("under control after about five hours", "the line reopened after
    // 19 hours") is how long the event lasted, as "for nine hours" is: in the slot, "after" sets no duration apart. (A
    // span after which something else began, "after three years of frozen pay", is no early one-value slot filler, and
    // is far apart from the event's hours.)
    private static MeasureSignature Lasting(Fact fact) =>
        fact.Value.Kind == ValueKind.Duration && fact.Signature.Modifier == "after" ? fact.Signature with { Modifier = "" } : fact.Signature;

    // The event a figure's frame names. A clock time takes the nearest frame of any kind, yet a frame that only measures
    // (a price, a temperature, a speed, a sum) names no happening a moment could be of: "the first call reached the
    // control room at 15:35" is no temperature, "the canopy fell just after 17:40" no market. Such a frame on a clock
    // time sets it apart from no other. A bill, a price and a loss are one outlay of the event (see Outlays). A moment is
    // named by the class of its frame, as dates of one event are (FactMatching.Incident): "the alarm was raised at 7am"
    // and "the escape was discovered at 9am" tell when one thing came to light, "the line failed at" and "rescued at"
    // the incident itself. An age is a person's, whatever happened to them in its sentence ("died", "was airlifted"):
    // its frame sets it apart from no other.
    private static string? EventOf(Fact fact) =>
        fact.Value.Kind == ValueKind.Age ? null
        : BeganIn(fact) ? null // the state's own perfect dates it, not an event word of another clause ("has sung since 1908 and tours in May")
        : Outlays.Is(fact) ? nameof(Outlays)
        : fact.Value.Kind == ValueKind.TimeOfDay && fact.Frame is { } clockFrame ? (EventFrames.Measures(clockFrame) ? null : Moment(clockFrame))
        : fact.Value.Kind == ValueKind.Date && fact.Frame is { } frame ? (EventFrames.Measures(frame) ? null : FactMatching.Incident(frame))
        : fact.Frame;

    // The one early clock time each outlet gives of the story's happening, told as when it began ("trouble broke out at
    // 6.15pm"), when it came to light ("the alarm bells started ringing at 19:40", "staff spotted the animal outside its
    // enclosure at 10.40am") or, for a craft, when it came down ("touched down at 09:55"), is one moment: outlets word it
    // from where they stood, yet each fills the slot with its one time. An outlet that tells two of these moments gives
    // the slot two values and fills it with neither, so a story's onset and its discovery told side by side stay apart.
    // Days keep the split (FactMatching.Incident): a leak and its discovery are often days apart, each told alone.
    private static string Moment(string frame) =>
        FactMatching.NamesHappening(frame) || frame == EventFrames.Landing ? "happening" : frame;

    // Counts of people name many groups (passengers and the patients among them, firefighters and volunteers at one
    // task): two counts of people that give different figures are one slot only when one event frame holds both, or
    // they name no two different groups. Two that name no group of their own ("40 people waited", "25 people were
    // treated") are told apart only by their clauses, so those must link them (a shared verb, one's noun beside the other's
    // figure). When an outlet names the group and the other says "people" ("employs 210 people", "its 260 staff were
    // told"), each worded it in its own words, verb and noun alike, and each is its source's one early count of people
    // told with no event word: the group that outlet leads with. Two that give one figure ("about 70 skiers", "some
    // seventy holidaymakers") may name it as they like. Jobs and the staff who lose them are one group.
    private static bool OtherGroups(Fact a, Fact b) =>
        a.Value.Kind == ValueKind.Count && a.Measure == MeasureClasses.Persons && b.Measure == MeasureClasses.Persons
        && !(a.Frame is not null && a.Frame == b.Frame) && !a.Value.Compatible(b.Value)
        && (a.Signature.HeadsDiffer(b.Signature) || (!a.Signature.NamesHead && !b.Signature.NamesHead && !a.Signature.Links(b.Signature)));

    // Two clock times of one outlet attached to different acts: the one is the moment of its own act, so it does not keep
    // the other out of the slot. A story dates its event and then its aftermath ("the tanker began listing at about 5am
    // ... the harbour master issued a notice at 11am", "crews were sent at 3am ... the lane stayed closed until 8am"), and
    // the act a time belongs to is read where it was written. A time an event word frames is freed from a time
    // of another class of event word and from a time told only by a verb (of whatever act); a time told only by a verb is
    // freed only from a time framed as some act other than the story's happening (an end, a vote), since a happening's
    // framed moment and a bare verb's ("reopened at 5am") may be the one slot's rivals. Two times told only by verbs
    // still compete: no event word says which is the story's moment. The act is the class of moment its event word names
    // (EventOf); null when no event word frames the time, or only a measuring one.
    private static bool OtherActs(Fact rival, Fact fact)
    {
        if (fact.Value.Kind != ValueKind.TimeOfDay || rival.Value.Kind != ValueKind.TimeOfDay)
        {
            return false;
        }

        return (EventOf(fact), EventOf(rival)) switch
        {
            ({ } own, { } other) => own != other,
            ({ }, null) => rival.Verb.Length > 0,
            (null, { } other) => fact.Verb.Length > 0 && other != "happening",
            _ => false,
        };
    }

    // Which occurrence a figure is of. The first of something at a clock time ("the first sightings came at 4.10am", "the
    // first call reached the control room at 9.05pm") is when the story's event began or was noticed: the slot's one
    // moment, not another occurrence as "the next" or "the previous" one is.
    private static string Occasion(Fact fact) =>
        fact.Value.Kind == ValueKind.TimeOfDay && fact.Occurrence == "first" ? "" : fact.Occurrence;

    // A clock time's slot with the first of something taken as the story's moment itself (see Occasion).
    private static string? OnsetSlot(Fact fact) =>
        fact.Value.Kind == ValueKind.TimeOfDay && MomentPhase(fact).Length == 0 ? $"time|{Occasion(fact)}" : null;

    // The phase a clock time fills its slot in. The moment an act began is the moment news dates the act by ("the dock
    // strike began at 4am", "the blackout started just after 7pm" against "dockers walked out at 6am", "the supply failed
    // at 5.50pm"): outlets tell the one moment with or without a start verb, so a start is no phase of its own there.
    // An end ("ended at 6pm", "until 5am") is another moment and stays apart. Days keep the split: a start day is as
    // often a plan's or a process's as the happening's.
    // The moment an incident was over ("was refloated at 9.15pm", "declared out at 2pm") is its end as well, however the
    // clause words it: the end of a grounding or a fire, never the slot's moment of the happening. So is the moment a
    // service reopened or resumed ("the line reopened at 5am"), a phase of its own beside both.
    private static string MomentPhase(Fact fact) =>
        fact.Value.Kind == ValueKind.TimeOfDay && fact.Phase == "start" ? ""
        : fact.Value.Kind == ValueKind.TimeOfDay && fact.Phase.Length == 0 && fact.Frame == EventFrames.Over ? "end"
        : fact.Value.Kind == ValueKind.TimeOfDay && fact.Phase.Length == 0 && fact.Frame == EventFrames.Resume ? EventFrames.Resume
        : fact.Phase;

    // The day word a clock time is said with ("at 19:00 on Friday", "at 9.30 yesterday"); null when none.
    private static string? Day(Fact fact) =>
        $"{fact.Text} {fact.DayText}".ToLowerInvariant().Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(DayWords.Contains);
}
