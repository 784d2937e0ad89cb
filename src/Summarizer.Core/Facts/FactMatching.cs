namespace Summarizer.Facts;

/// <summary>Whether two facts of different sources are about the same thing (not whether they agree).</summary>
internal static class FactMatching
{
    private static readonly HashSet<string> AlignedRoles = new(StringComparer.Ordinal) { "lead", "announce", "rule", "chair", "dissent", "present", "mediate", "find", "approve", "concede", "command", "chief executive", DecisionReader.Role, ProposalReader.Role, ActRoleReader.Alarm, RoleReader.Spot, RoleReader.Organise };

    /// <summary>True when a fact can take part in alignment at all: asserted, and typed enough to compare.</summary>
    public static bool Alignable(Fact fact) => Outlays.Stated(fact) && fact.Value.Kind switch
    {
        ValueKind.Person => fact.Role is not null && AlignedRoles.Contains(fact.Role),
        // A bare "in Castlebury" is the place of a clause that tells the happening itself ("sank in the Sound of Carra",
        // "was found burnt out in Marsh End"); beside a statement, a vote or a closure it is the town of those who act.
        ValueKind.Place => fact.Frame is { } frame && (!BareTown(fact) || Incident(frame) == "incident" || frame == "found"),
        ValueKind.Count => fact.Measure.Length > 0, // "saved two" says too little about what was counted
        _ => true,
    };

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are about the same thing. <paramref name="bothSole"/>: each is
    /// the only value its source gives for what it measures (<see cref="Signature"/>). Sources of one story that each
    /// state one such value speak of the same thing, so a matching frame and measure then need fewer shared words:
    /// one outlet's "the 14-article agreement" and another's "The 12-article treaty" share none.
    /// </summary>
    /// <paramref name="bothOnlyOfKind"/>: each is the only value of its kind and frame its source gives, whatever it
    /// measures; only then may a share with no measure meet one with a measure.
    public static bool SameThing(Fact a, Fact b, bool bothSole = false, bool bothOnlyOfKind = false)
    {
        if (a.SourceId == b.SourceId || a.Value.Kind != b.Value.Kind || a.Value.Unit != b.Value.Unit || a.Value.CapIsOwnMeasure != b.Value.CapIsOwnMeasure)
        {
            return false;
        }

        // The shared words are counted only where a rule asks: most pairs of one key fail on frame or measure first.
        return a.Value.Kind switch
        {
            ValueKind.Person => SameRole(a, b) && SharedContext(a, b) >= SharedForRole(a, b),
            // The only place each source gives for one event is that event's place, whatever else the sentences say.
            ValueKind.Place => a.Frame == b.Frame && OfOneGrain(a, b) && !PlaceDestinations.ShelterAndCare(a, b) && SharedContext(a, b) >= (bothOnlyOfKind ? 1 : 2),
            ValueKind.Age => SameHolder(a, b, SharedContext(a, b), bothOnlyOfKind),
            ValueKind.Date or ValueKind.TimeOfDay => SameGrain(a.Value, b.Value) && SameEvent(a, b, SharedContext(a, b), bothSole),
            // A count with no event frame may only meet another frame-less count: sentences of one story share
            // their names and places, so context alone would tie "carrying 45 people" to "rescued 42 passengers".
            ValueKind.Count when (a.Frame is null) != (b.Frame is null) => false,
            // A figure said of a person in an aside ("Ann Reid, who has run the shop for 30 years,") is theirs: it is one
            // thing only with another figure said of a person so, however many of the story's words the sentences share.
            _ when a.InPersonsAside != b.InPersonsAside => false,
            // Figures orders apart in like words are of different things, however alike their frames (OrdersApart).
            _ when OrdersApart(a.Value, b.Value) => false,
            _ => SameFrame(a, b) && !Conflicting(a, b) && !OtherOccasion(a, b) && (SameMeasure(a.Measure, b.Measure, a.Frame is not null && b.Frame is not null) || JobsOfPeople(a, b)
                    ? (a.Frame is not null && b.Frame is not null) || ((SharedContext(a, b) >= 2 || (bothSole && NamesAThing(a))) && (!NeedsLink(a) || a.Signature.Links(b.Signature)))
                    : bothOnlyOfKind && a.Value.Kind == ValueKind.Percent && a.Frame is null && b.Frame is null && (a.Measure.Length == 0 || b.Measure.Length == 0)
                        && SharedContext(a, b) >= 2),
        };
    }

    /// <summary>
    /// True when two figures are more than two orders of magnitude apart (<see cref="MaxMisreport"/>). Outlets that
    /// misreport one figure give a wrong estimate, a few times off at most ("about £180,000" against "£1.2 million"), or
    /// slip a digit or a unit, ten times off ("£2.4 million" against "£200,000"); figures of one frame that lie further
    /// apart are of different things told in like words: a plant's cost and the bill for policing a march against it, a
    /// hall's running costs and the fee for one booking. Zero and unstated figures are never apart by this test.
    /// </summary>
    public static bool OrdersApart(FactValue a, FactValue b) =>
        a.Stated is { } x && b.Stated is { } y && x > 0 && y > 0 && Math.Max(x, y) / Math.Min(x, y) > MaxMisreport;

    /// <summary>
    /// The widest ratio between two reports of one figure that the frame-and-measure rules still align: a wrong estimate
    /// times a slipped digit. Wider than the bound that needs linked clauses (<see cref="OtherOccasion"/>), since a
    /// shared frame and a linked clause are the evidence that a tenfold slip is one figure misreported.
    /// </summary>
    private const double MaxMisreport = 100;

    /// <summary>
    /// A bare "in Southmere": the town or country a sentence puts its act in, or only the one the story happens in.
    /// </summary>
    public static bool BareTown(Fact fact) => fact.Value.Kind == ValueKind.Place && fact.Relation == "in" && fact.Measure.Length == 0;

    /// <summary>
    /// False when one place is a bare town (<see cref="BareTown"/>) and the other a street or a site (<see
    /// cref="PlaceWords.Grain"/>): the town may hold that street though no sentence says so, so the two are no versions of
    /// one place. A bare town meets a place no finer than itself: "docked in Southmere", "arrived back in Portcastle".
    /// </summary>
    public static bool OfOneGrain(Fact a, Fact b) =>
        !(BareTown(a) && PlaceWords.Grain(b.Value) is not null) && !(BareTown(b) && PlaceWords.Grain(a.Value) is not null);

    // Ages align by whose they are: one named person's, one class of thing's when the sentences name the same places
    // ("the 58-year-old bridge links Dunbury with Haxley", "the 70-year-old crossing between Dunbury and Haxley"). Someone
    // a source does not name ("a 67-year-old man died when a tree fell on his car") is known only by what the sentence
    // says of them, so such an age meets another source's person when the two sentences say the same things; fewer
    // shared words suffice when each is the only age its source gives.
    private static bool SameHolder(Fact a, Fact b, int shared, bool bothOnlyOfKind)
    {
        if (a.Measure.StartsWith(Measures.ThingPrefix, StringComparison.Ordinal) || b.Measure.StartsWith(Measures.ThingPrefix, StringComparison.Ordinal))
        {
            // Each outlet's only age, said of the same kind of structure ("the 91-year-old tower", "The tower, 78 years
            // old"): the story's aged structure, however little else the two sentences share.
            return a.Measure == b.Measure && (shared >= 2 || (bothOnlyOfKind && a.Measure == Measures.ThingPrefix + Measures.Structure && Measures.NameOneStructure(a.Context, b.Context)));
        }

        if (SameMeasure(a.Measure, b.Measure))
        {
            return true;
        }

        return (Unnamed(a) && (Unnamed(b) || Named(b)) || (Unnamed(b) && Named(a))) && shared >= (bothOnlyOfKind ? 2 : 3);

        static bool Unnamed(Fact f) => f.Measure == Measures.Unnamed || f.Measure == Measures.Antecedent;
        static bool Named(Fact f) => f.Measure.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal);
    }

    // The chair and the head of one body hold one office ("union chairman", "union boss"), and who commanded an operation
    // led it; a chair of a panel and the leader of an operation do not, so these meet only on the same named thing.
    // Who led and who commanded a happening (no body they hold office in) are one role whatever each outlet calls the
    // happening ("led the response", "commanded the incident", "the incident commander"); SharedForRole then asks each
    // to be its source's one person in its role.
    private static bool SameRole(Fact a, Fact b) =>
        a.Role == b.Role || (a.Role is "lead" or "chair" or "command" && b.Role is "lead" or "chair" or "command" && a.RoleObject.Length > 0 && a.RoleObject == b.RoleObject)
        || (a.Role is "lead" && b.Role is "command" || a.Role is "command" && b.Role is "lead") && InChargeOfAHappening(a) && InChargeOfAHappening(b)
            && !SharesANameWord(a, b);

    private static bool InChargeOfAHappening(Fact fact) => !fact.Office && fact.RoleObject.Length > 0;

    // Names that share a word ("Oleksandr Kovalenko", "Olexandr Kovalenko") may be one person spelt two ways, which the
    // roles of one act tell apart no better than their names do; the act's two roles meet only for plainly different people.
    private static bool SharesANameWord(Fact a, Fact b) =>
        (a.Value.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Intersect((b.Value.Name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).Any();

    // How many context words two people in one role must share to be the one role of the story. Who announced "the plan"
    // and who announced "the closure" are one role when each source names one announcer and the sentences are plainly
    // about the same thing. The one person each source says delivered "the ruling" is one role whatever else the sentences
    // say. The heads of differently named bodies ("Duvanne boss", "head of referees") hold different offices, and "its
    // leader" heads a body its sentence names apart from the role, not known to be the one another source names.
    private static int SharedForRole(Fact a, Fact b)
    {
        var known = a.RoleObject.Length > 0 && b.RoleObject.Length > 0;
        if (known && a.RoleObject == b.RoleObject)
        {
            return a.SoleInRole && b.SoleInRole ? 0 : 1;
        }

        // Each source's one person in the role, doing it to a thing each names (neither an office in a body), is the
        // one doer of the story's act however differently the outlets word the sentence: "first spotted by the pilot of
        // an incoming flight" / "saw the device from the apron"; "led the response" / "commanded the incident".
        // An office held in a body (a title before a name: "Chair Ada Finch") and an act done to a thing another outlet
        // names ("the tribunal, chaired by Ivo Brand") are different roles unless the sentences plainly tell one.
        var otherBody = a.RoleObject is "its" or "their" || b.RoleObject is "its" or "their" || (known && (a.Office || b.Office))
            || OfficeBesideAnAct(a, b) || OfficeBesideAnAct(b, a) || OfficeOfANamedBody(a, b) || OfficeOfANamedBody(b, a);
        if (!otherBody && known && a.SoleInRole && b.SoleInRole)
        {
            return 0;
        }

        return !otherBody && !known ? 1 : 4;
    }

    // An office its sentence places in a body it names ("Ines Varley, who chairs the Ferris Lane Residents' Association",
    // "Tom Akers, who leads the Guild of Harbour Pilots") beside an office held with no body named ("Chairman Piers Dunmore
    // said", "the outgoing head, Alma Roote"): news leaves the body a story is about unnamed beside its own officers and
    // names the body of anyone from outside it, so the two are offices of two bodies unless the sentences plainly tell one.
    private static bool OfficeOfANamedBody(Fact named, Fact bare) =>
        named.Office && bare.Office && named.RoleObject.Length > 0 && bare.RoleObject.Length == 0;

    // Only a chair's or a head's office is held in a body; an envoy or an ambassador is named for the act itself.
    private static bool OfficeBesideAnAct(Fact office, Fact act) =>
        office.Office && office.Role is "chair" or "lead" && office.RoleObject.Length == 0 && !act.Office && act.RoleObject.Length > 0;

    // People cut and jobs cut are one count: "1,600 staff will be let go" and "1,150 positions will be eliminated". A
    // count of people many times the cut is the workforce the cut is taken from ("8% of its 14,800-strong workforce").
    private static bool JobsOfPeople(Fact a, Fact b) =>
        a.Value.Kind == ValueKind.Count && a.Frame == "cuts" && b.Frame == "cuts" && !CrossSourcePairs.FarApart(a.Value, b.Value)
        && (a.Measure, b.Measure) is (MeasureClasses.Persons, MeasureClasses.Jobs) or (MeasureClasses.Jobs, MeasureClasses.Persons);

    // A count of people says least about what it counts (a story has many groups: firefighters, staff, residents):
    // without a shared event frame, the clauses must link the two (a head or predicate in common).
    private static bool NeedsLink(Fact fact) =>
        fact.Value.Kind == ValueKind.Count && fact.Measure == MeasureClasses.Persons;

    /// <summary>
    /// Evidence that two figures are of different occasions or different things though their measures match: one is
    /// of an earlier occasion ("the previous record of €17.5m", "its eight previous flights") and the other is not; or
    /// they are many times apart ("five vehicles" on the span that fell, "26,000 vehicles" crossing on a weekday; a
    /// "42-metre span", a "20 km" detour). Outlets that misreport one figure differ by a few times at most. A shared event
    /// frame says only that both sentences are about the story's event, and one event has figures of many sizes (a
    /// stolen ring "insured for £1.2 million", the "£85,000" spent on alarms since the break-in): figures that far apart
    /// are one figure there only when their clauses also link them (a shared head or predicate). How long a state is to
    /// last is an estimate, and outlets' estimates of one closure or suspension lie far apart ("stay closed for two
    /// weeks", "stay closed for around three months"): two spans of time whose clauses share their predicate are one
    /// figure with no event frame too.
    /// </summary>
    public static bool OtherOccasion(Fact a, Fact b) =>
        a.Occurrence != b.Occurrence
        || (!a.ChangeWordedOfIt && !b.ChangeWordedOfIt && CrossSourcePairs.FarApart(a.Value, b.Value)
            && !(a.Frame is not null && a.Frame == b.Frame && a.Signature.Links(b.Signature))
            && !SpansOfOneState(a, b));

    private static bool SpansOfOneState(Fact a, Fact b) =>
        a.Value.Kind == ValueKind.Duration && a.Frame is null && b.Frame is null && a.Signature.Predicates.Overlaps(b.Signature.Predicates);

    // Evidence that two figures measure different things, whatever else they share: a distance that places something
    // ("40 km north of X") against one that measures the event; or two clauses that name different heads ("80
    // firefighters" and "three staff", "a six-month contract" and "an 18-month strike", "92% of ballots" and "34% of the
    // vote") where no shared event frame says they are one group. A share is of its head, whatever the frame.
    private static bool Conflicting(Fact a, Fact b) =>
        a.Signature.OtherMeasure(b.Signature)
        || (a.Signature.HeadsDiffer(b.Signature) && (a.Frame is null || a.Frame != b.Frame || a.Value.Kind is ValueKind.Duration));

    // A count, share or age of a named thing ("14-article", "55% of the flow", "the oldest"): a duration's "time", a sum's
    // "money" or an area's dimension says only what kind of value it is, and a story has many of those. A count of
    // people with no event frame does not name its group: "80 firefighters" and "74 people on the night shift" are each
    // their source's only count of people, and different groups.
    private static bool NamesAThing(Fact fact) =>
        fact.Value.Kind is ValueKind.Count or ValueKind.Percent or ValueKind.Age && fact.Measure.Length > 0
        && !(fact.Value.Kind == ValueKind.Count && fact.Measure == MeasureClasses.Persons);

    /// <summary>
    /// What a value is a value of, as far as its own words say: two facts of one source with the same signature and
    /// different values mean the source gives several such values, so neither is the story's only one.
    /// </summary>
    public static (ValueKind Kind, string Unit, bool OwnCap, string? Frame, string Measure, string Phase, string Occurrence, string Verb) Signature(Fact fact) =>
        (fact.Value.Kind, fact.Value.Unit, fact.Value.CapIsOwnMeasure, fact.Frame, fact.Measure, fact.Phase, fact.Occurrence, fact.Verb);

    // Two dates or times are of one event only when the same event words anchor them and they are the same occurrence
    // of it: a date of another event ("declared an emergency on Sunday" beside "burst on Saturday") or of the next
    // meeting ("due on 18 June" beside "cut rates on Thursday") is no conflict. A time with no event word may meet
    // another time on a closer context.
    private static bool SameEvent(Fact a, Fact b, int shared, bool bothSole)
    {
        if (a.Frame == EventFrames.Said || b.Frame == EventFrames.Said)
        {
            // Statements of one story are made on many days: "said on Monday" and "said on Wednesday" are no conflict,
            // and the day something was said is no event's date; the same day said twice still agrees.
            return a.Frame == b.Frame && a.Value.Compatible(b.Value) && shared >= 2;
        }

        if (a.Occurrence != b.Occurrence || (a.OnPublicationDay && b.OnPublicationDay && !a.Value.Compatible(b.Value)))
        {
            return false; // each source's "on Tuesday" is the day it reports on: two days of news, not a conflict
        }

        if (a.Phase.Length > 0 && b.Phase.Length > 0 && a.Phase != b.Phase)
        {
            return false; // when the strike began and when it ended
        }

        if (DateTenses.PlanAndDone(a, b))
        {
            return false; // "was arrested on Monday", "will appear before magistrates on Thursday": a done act and a planned one
        }

        if (DateTenses.LimitAndDay(a, b))
        {
            return false; // "had been discharged by Sunday", "rescued on Saturday": what stood by a day gone, and the day of an act
        }

        if (DateTenses.StateAndDay(a, b))
        {
            return false; // "was being held in custody on Saturday night", "arrested on Friday": a state seen on a day, and an act's day
        }

        if (OtherSubjects(a, b))
        {
            return false; // "the sit-in ended on Tuesday", "the staffing review was completed on Monday": two processes
        }

        // An event named with its start or end verb in both ("began a strike", "the walkout began") is plainly one.
        // The only date (or time) each source gives for an event of one frame is that event's, whatever words surround it.
        // A date said of a thing in a relative clause ("a ballot that closed in February") is not the event's only
        // date just because it is the only one of its frame: the sentences must show they are about one thing.
        var held = OtherHolder(a, b) || OtherHolder(b, a);
        var needed = bothSole && !held && a.Frame == b.Frame && a.Frame is { } frame && (frame is "start" or "end" or "signed" or "alarm" or "landing" or EventFrames.Over or EventFrames.Resume || Incident(frame) == "incident") && !OwnThingsBegunOrEnded(a, b) ? 0 : a.Phase.Length > 0 && b.Phase.Length > 0 && a.Frame == b.Frame ? 1 : 2;
        if (a.Frame is null && b.Frame is null && a.Verb.Length > 0 && a.Verb == b.Verb)
        {
            return shared >= 2; // "the section was last inspected on 12 March", "last inspected in September 2025"
        }

        // One outlet frames a moment ("struck the lock gate at 6.40am") and another tells it with no event word ("drove
        // the vessel into the lock at 06:40"): the same clock time in sentences about the same things is one moment,
        // and the second outlet corroborates it.
        if (a.Value.Kind == ValueKind.TimeOfDay && (a.Frame is null) != (b.Frame is null))
        {
            return (a.Value.Compatible(b.Value) || HappeningToldByItsVerb(a, b)) && shared >= 2;
        }

        return a.Frame is not null && b.Frame is not null
            ? (Incident(a.Frame) == Incident(b.Frame) || a.Phase == b.Frame || b.Phase == a.Frame) && shared >= needed
            : a.Value.Kind == ValueKind.TimeOfDay && a.Frame is null && b.Frame is null && shared >= (bothSole ? 2 : 3);
    }

    // An end is of what its verb is said of: two outlets' dates of ends said of differently named things (neither
    // sentence naming the other's) are the ends of two processes, however alike the rest of the sentences read.
    private static bool OtherSubjects(Fact a, Fact b) =>
        Bare(a) && Bare(b) && a.PhaseSubject.Length > 0 && b.PhaseSubject.Length > 0 && a.PhaseSubject != b.PhaseSubject
        && !a.Context.Contains(b.PhaseSubject) && !b.Context.Contains(a.PhaseSubject);

    // A start or end said of anything ("began", "opened", "closed", "until") dates what its own clause names: a campaign
    // began last year, a cinema opened in 2001, students are taught until 2029, all in one story. Each source's only such
    // date is then one event's only when the clauses show it is one thing: the same subject, or none named in either (the
    // story's thing told again, "which was closed", "it was shut"); else they need the shared words any two dates need.
    // An incident's own verb ("struck", "burst") still dates the story's one happening, however each outlet words it.
    private static bool OwnThingsBegunOrEnded(Fact a, Fact b) =>
        a.Frame is "start" or "end" && a.GeneralPhase && b.GeneralPhase
        && (a.PhaseSubject.Length > 0 || b.PhaseSubject.Length > 0) && a.PhaseSubject != b.PhaseSubject;

    // An end no event word names ("ended on Tuesday" beside no "strike"): the frame says only that something ended. (A
    // bare start is most often the incident itself, told by its participants: "a lorry struck the bridge", "the crash
    // happened at 4.10am".)
    private static bool Bare(Fact fact) => fact.Frame == "end" && fact.Phase.Length == 0;

    /// <summary>
    /// One outlet names the moment of a happening with an event word ("the scaffold collapsed at 10.15am", "the alarm was
    /// raised at 8.15am") and another tells a moment with no event word, only the past-tense verb of its own clause ("the
    /// tower folded outwards at 11.55am", "the hikers were sighted soon after 6am"). Sentences about the same things
    /// (counted by the caller) that date a happening of the story by its verb tell one moment, whatever clock time each
    /// gives: a different time is a conflict, not another event. A frame that only measures, or a statement, names no
    /// happening; a start or end of something scheduled is its own moment.
    /// </summary>
    internal static bool HappeningToldByItsVerb(Fact a, Fact b)
    {
        var (framed, bare) = a.Frame is null ? (b, a) : (a, b);
        return bare.Frame is null && bare.Verb.Length > 0 && bare.Phase.Length == 0 && bare.Occurrence == framed.Occurrence
            && framed.Frame is { } frame && !EventFrames.Measures(frame) && NamesHappening(frame);
    }

    // A date said of a thing in a relative clause is that thing's, and another source's sentence that does not name the
    // thing may be about something else.
    private static bool OtherHolder(Fact held, Fact other) =>
        held.Holder.Length > 0 && other.Holder != held.Holder && !other.Context.Contains(held.Holder);

    // The day people died, were hurt or rescued in an accident is the day it happened: "rescued on March 14 after the
    // ferry overturned" and "capsized on March 14" date one incident; so is the moment of a raid ("broke into the museum
    // at 3.15am", "smashed their way in at 4.15am") and the moment a thing failed ("the line failed at 21:15", "the
    // blast happened at 9.15pm").
    // So is the moment a thing came to light, found or noticed: "discovered the intrusion on Thursday" and "the breach
    // was detected on November 26" date one discovery.
    internal static string Incident(string frame) =>
        frame is "start" or "deaths" or "injuries" or "missing" or "displaced" or "rescued" or "aboard" or "theft" or "outage" ? "incident"
        : frame is "found" or "alarm" ? "noticed"
        : frame;

    /// <summary>Whether <paramref name="frame"/> names the story's happening itself: its incident, or its coming to light.</summary>
    internal static bool NamesHappening(string frame) => Incident(frame) is "incident" or "noticed";

    /// <summary>How many context words two facts' sentences share.</summary>
    public static int SharedContext(Fact a, Fact b)
    {
        if (ReferenceEquals(a.Context, b.Context))
        {
            return a.Context.Count; // two facts of one sentence share its context
        }

        var (small, large) = a.Context.Count <= b.Context.Count ? (a.Context, b.Context) : (b.Context, a.Context);
        if (small is not HashSet<string> set)
        {
            return small.Count(large.Contains);
        }

        // Over the HashSet itself the enumerator is a struct: asked for every pair of facts compared, this allocates nothing.
        var shared = 0;
        foreach (var word in set)
        {
            if (large.Contains(word))
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>
    /// What two facts must have in common for <see cref="SameThing"/> to hold (kind, unit, cap), with whether they
    /// have a frame: facts with different keys are never compared.
    /// </summary>
    public static (ValueKind Kind, string Unit, bool OwnCap, bool Framed) Key(Fact fact) =>
        (fact.Value.Kind, fact.Value.Unit, fact.Value.CapIsOwnMeasure, fact.Frame is not null);

    // A day and a whole year ("on Tuesday", "since 1985") are not statements of one date.
    private static bool SameGrain(FactValue a, FactValue b) =>
        !(a.Range.IsPoint && Width(b) >= 300) && !(b.Range.IsPoint && Width(a) >= 300);

    private static double Width(FactValue v) => v.Range.High - v.Range.Low;

    // Facts with frames need the same frame; a fact without one may meet a framed fact on measure and context.
    private static bool SameFrame(Fact a, Fact b) => a.Frame == b.Frame || a.Frame is null || b.Frame is null;

    private static bool SameMeasure(string a, string b, bool framed = false)
    {
        if (a.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal) && b.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal))
        {
            return NameKey.SameName(a[Measures.PersonPrefix.Length..], b[Measures.PersonPrefix.Length..]);
        }

        return a == b && a.Length > 0 || (framed && (a.Length == 0 || b.Length == 0));
    }
}
