using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Where and when the sources say one act happened, compared once the act is aligned by its arguments
/// (<see cref="ClauseActs"/>) rather than by an event word: one outlet's "the span nearest the Haxley bank gave
/// way at about 5.40pm" and another's "the deck went into the water just after 6.15pm" tell one happening, so their
/// times conflict. Each place, day or clock time a sentence gives is scored against every one of the same kind in each
/// other source by how much of the rest of the two sentences the two share; a pair that is each other's single best
/// tells one act. Linked pairs form a group, and a group whose values cannot all be true is a disagreement with exactly
/// the sources that give each value. A setting of another act (when a suspect was arrested, where the evacuees were
/// taken) shares too little with the act's sentence to pair with its setting, and a place that contains another (a
/// district and its town, a street and its town) is compatible with it.
/// </summary>
internal static class SettingFinder
{
    // Goal: the place is where something is moved to (PlaceKinds.Goal), not where the act happened. Aside: the content
    // words of the relative clause the place is told in (RelativeAside), or null when it is told in none.
    private sealed record Setting(Fact Fact, ClauseAct Act, ClauseAct? Anchor, bool Goal = false, HashSet<string>? Aside = null)
    {
        /// <summary>
        /// Whether the aside is a "which" clause, told of a thing ("The mill, which stands on Tidewell Wharf"): where a
        /// thing stands is one fact however a sentence holds it, so another outlet may tell it in a main clause ("The mill
        /// is on Crossthwaite Road"). A "who" aside tells a person's background beside the act, seldom another outlet's act.
        /// </summary>
        public bool OfThing { get; init; }

        /// <summary>
        /// Whether the place is told as a town rather than the street or site of an act: "in" for a bare "in X"
        /// (<see cref="BareIn"/>), "at" for a bare "at X" the story elsewhere puts something "in" (<see
        /// cref="PlaceSides.AtTown"/>), empty otherwise. An "at" town is the town the act is at, no rival of a street in
        /// it; nor is it the country or region a bare "in" may name ("built in Poland"), so it meets only its own kind.
        /// </summary>
        public string Town { get; init; } = "";

        /// <summary>
        /// Whether the place is a site that takes in people (<see cref="Receiving"/>) and its clause tells people there
        /// ("the woman was treated at Corbury General Hospital"): only then may it meet another source's "taken to" place.
        /// A hospital that things happen at ("operations were called off at Corbury General Hospital") is where the event
        /// itself was; it still meets another source's site of the same frame ("a drop-in at Wivenholt Memorial Hall").
        /// </summary>
        public bool Received { get; init; }

        /// <summary>
        /// The stem of the moving verb a goal is the end of (<see cref="PlaceKinds.MoveOf"/>), or null: two outlets that
        /// each tell one move of that verb ("moving production to X", "will move production into Y") tell where one thing went.
        /// </summary>
        public string? Move { get; init; }
    }

    /// <summary>
    /// Disagree groups of settings the alignment of <paramref name="groups"/> left apart. Facts already aligned with a
    /// source are not paired with that source again, and facts already shown in a conflict or update are left out.
    /// </summary>
    public static IReadOnlyList<AlignedGroup> Find(IReadOnlyList<SourceIndex> sources, IReadOnlyList<SourceFacts> facts, IReadOnlyList<AlignedGroup> groups, ClauseActs acts)
    {
        var byId = sources.ToDictionary(s => s.Id);
        var alignedWith = new Dictionary<Fact, HashSet<int>>();
        var shown = new HashSet<Fact>();
        // A place aligned as more precise than another source's (a building and the school it stands in) is told at another
        // grain than that source's place: the source's place of its own grain ("the Oakwood Block" against "the Hartley
        // Building") is still open to pair with it.
        foreach (var group in groups.Where(g => !(g.Label == AlignmentLabel.MorePrecise && g.Facts.All(f => f.Value.Kind == ValueKind.Place))))
        {
            foreach (var fact in group.Facts)
            {
                (alignedWith.TryGetValue(fact, out var ids) ? ids : alignedWith[fact] = []).UnionWith(group.Sources);
                if (group.Label is AlignmentLabel.Disagree or AlignmentLabel.Update)
                {
                    shown.Add(fact);
                }
            }
        }

        var settings = facts.OrderBy(s => s.SourceId).SelectMany(s => s.Facts)
            .Where(f => Open(f) && !shown.Contains(f) && byId.ContainsKey(f.SourceId))
            .Select(f => Read(byId[f.SourceId], f, acts.Weights)).OfType<Setting>().ToList();
        var inTowns = PlaceSides.InTowns(facts.SelectMany(s => s.Facts));
        settings = [.. settings.Select(s => s with { Town = BareIn(s.Fact) ? "in" : PlaceSides.AtTown(s.Fact, inTowns) ? "at" : "" })];

        // Each setting's aligned sources are looked up once, not for every pair it is weighed in: a fact's hash reads all
        // its fields. Keyed by the setting itself, so a pair of settings is answered as its facts are.
        var alignedOf = new Dictionary<Setting, HashSet<int>?>(ReferenceEqualityComparer.Instance);
        foreach (var setting in settings)
        {
            alignedOf[setting] = alignedWith.GetValueOrDefault(setting.Fact);
        }

        HashSet<int>? AlignedWith(Setting s) => alignedOf[s]; // every pairing step weighs settings of this list only

        bool Aligned(Setting a, Setting b) =>
            AlignedWith(a) is { } ids && ids.Contains(b.Fact.SourceId)
            || AlignedWith(b) is { } others && others.Contains(a.Fact.SourceId);

        var scores = new Dictionary<(int A, int B), double>();
        for (var x = 0; x < settings.Count; x++)
        {
            for (var y = x + 1; y < settings.Count; y++)
            {
                var (a, b) = (settings[x], settings[y]);
                var asides = a.Aside is not null || b.Aside is not null;
                if (a.Fact.SourceId != b.Fact.SourceId && OneTelling(a, b) && Comparable(a, b, asides) && !Aligned(a, b)
                    && AsideHeld(a, b) && AsideHeld(b, a) && acts.Share(a.Act, b.Act) is { } share)
                {
                    scores[(x, y)] = share;
                }
            }
        }

        var parent = Enumerable.Range(0, settings.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        var linked = new HashSet<int>(); // a pair is linked when each is the other's single best in its source
        foreach (var (x, y) in MutualBest(scores, settings))
        {
            parent[Root(y)] = Root(x);
            linked.UnionWith([x, y]);
        }

        foreach (var (x, y) in LeadPlaces(settings, linked, Aligned).Concat(Destinations(settings, linked, Aligned))
            .Concat(Anchored(settings, linked, Aligned, acts.Weights)).Concat(OfOneKind(settings, linked, Aligned, facts))
            .Concat(HardestHit(settings, linked, Aligned)).Concat(Moves(settings, linked, Aligned)).ToList())
        {
            parent[Root(y)] = Root(x);
            linked.UnionWith([x, y]);
        }

        foreach (var (x, y) in Bridged(settings, linked, Root, Aligned, acts.Weights))
        {
            parent[Root(y)] = Root(x);
            linked.UnionWith([x, y]);
        }

        var bySource = facts.ToDictionary(s => s.SourceId, s => s.Facts);
        var result = new List<AlignedGroup>();
        foreach (var component in linked.GroupBy(Root).Select(g => g.Order().Select(i => settings[i].Fact).ToList()))
        {
            var buckets = new List<List<Fact>>();
            foreach (var fact in component)
            {
                var home = buckets.FirstOrDefault(b => b.All(f => f.Value.Compatible(fact.Value)));
                if (home is null)
                {
                    buckets.Add([fact]);
                }
                else
                {
                    home.Add(fact);
                }
            }

            // A source on both sides says two things of its own: no conflict between sources can be read from it.
            var sourcesPerBucket = buckets.Select(b => b.Select(f => f.SourceId).Distinct()).SelectMany(s => s).ToList();
            // Nor can a source that names another version's place in the sentence of its own (one route, not two places).
            if (buckets.Count >= 2 && sourcesPerBucket.Count == sourcesPerBucket.Distinct().Count()
                && !(component[0].Value.Kind == ValueKind.Place && PlacesNamedTogether.Any(buckets, id => bySource.GetValueOrDefault(id))))
            {
                result.Add(new AlignedGroup(AlignmentLabel.Disagree, $"{component[0].Value.Kind}: setting", buckets.Select(b => new FactVersion(b)).ToList()));
            }
        }

        return result;
    }

    /// <summary>The sentences, from a source's start, in which its lead tells where the story's event happened.</summary>
    private const int LeadSentences = 3;

    /// <summary>
    /// Pairs of sources' lead places. A news story puts its event somewhere in its first sentences, and two outlets may
    /// word that sentence with nothing in common ("The hole, on Cobden Way, ..." and "The ground gave way on Elm Row"),
    /// so each source's first lead place of a known grain (a street, a site placed by its town) fills that grain's slot,
    /// whatever the words around it. A bare name may be a town or a site, so it fills no slot; two places the word
    /// scoring linked already are left to it. A place someone was taken to is where a part of the event ended, no lead place.
    /// </summary>
    private static IEnumerable<(int A, int B)> LeadPlaces(List<Setting> settings, HashSet<int> linked, Func<Setting, Setting, bool> aligned)
    {
        // Read before any pair is yielded: the caller links the pairs as they come.
        var byWords = linked.ToHashSet();
        var slots = Enumerable.Range(0, settings.Count)
            .Where(i => settings[i].Fact.Value.Kind == ValueKind.Place && settings[i].Fact.SentenceIndex < LeadSentences
                && settings[i].Fact.Frame != EventFrames.TakenTo && settings[i].Aside is null)
            .Select(i => (Index: i, Grain: PlaceWords.Grain(settings[i].Fact.Value)))
            .Where(p => p.Grain is not null)
            .GroupBy(p => (settings[p.Index].Fact.SourceId, p.Grain))
            .Select(g => g.MinBy(p => settings[p.Index].Fact.Start))
            .GroupBy(p => p.Grain, p => p.Index)
            .Select(g => g.ToList())
            .ToList();
        return PairsWithin(slots, settings, byWords, aligned);
    }

    /// <summary>Pairs of different sources' fillers of each slot, comparable and not yet aligned.</summary>
    private static IEnumerable<(int A, int B)> PairsWithin(IEnumerable<List<int>> slots, List<Setting> settings, HashSet<int> byWords, Func<Setting, Setting, bool> aligned)
    {
        foreach (var fillers in slots)
        {
            for (var x = 0; x < fillers.Count; x++)
            {
                for (var y = x + 1; y < fillers.Count; y++)
                {
                    // Two fillers the word scoring linked are its to pair; one it linked (two near-copies telling the
                    // street alike) still fills the slot for a source whose filler it left alone.
                    var (a, b) = (settings[fillers[x]], settings[fillers[y]]);
                    if (a.Fact.SourceId != b.Fact.SourceId && !(byWords.Contains(fillers[x]) && byWords.Contains(fillers[y]))
                        && Comparable(a, b) && !aligned(a, b))
                    {
                        yield return (fillers[x], fillers[y]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Pairs of sources' one early place of a kind (<see cref="PlaceKinds"/>): "in the Beckside car park" and "in the Quarry
    /// Lane car park", each its outlet's only car park, are one slot whatever the words around them.
    /// </summary>
    private static IEnumerable<(int A, int B)> OfOneKind(List<Setting> settings, HashSet<int> linked, Func<Setting, Setting, bool> aligned, IReadOnlyList<SourceFacts> facts)
    {
        var byWords = linked.ToHashSet();
        return PairsWithin(PlaceKinds.Slots([.. settings.Select(s => s.Goal || s.Aside is not null ? null : s.Fact)], facts), settings, byWords, aligned);
    }

    /// <summary>
    /// Pairs of sources' one place ranked as where the event struck hardest (<see cref="RankedPlaces"/>): "Worst hit was
    /// Elswick Airport" and "Tarnmouth Airport bore the brunt" fill one slot, however little else their sentences share.
    /// </summary>
    private static IEnumerable<(int A, int B)> HardestHit(List<Setting> settings, HashSet<int> linked, Func<Setting, Setting, bool> aligned)
    {
        var ranked = OnePerSource(settings, s => s.Fact.Value.Kind == ValueKind.Place && s.Fact.Frame == EventFrames.HardestHit);
        return PairsWithin([ranked], settings, linked.ToHashSet(), aligned);
    }

    /// <summary>
    /// Pairs of sources' one goal of a moving verb (<see cref="Setting.Move"/>): "moving production to a larger unit at X"
    /// and "will move production into the former creamery at Y" end one move, whatever else their sentences hold. A source
    /// that names two goals of the verb fills the slot with neither.
    /// </summary>
    private static IEnumerable<(int A, int B)> Moves(List<Setting> settings, HashSet<int> linked, Func<Setting, Setting, bool> aligned)
    {
        var byWords = linked.ToHashSet();
        var slots = settings.Where(s => s.Move is not null).Select(s => s.Move!).Distinct(StringComparer.Ordinal)
            .Select(verb => OnePerSource(settings, s => s.Move == verb && s.Aside is null && s.Fact.Frame != EventFrames.TakenTo))
            .ToList();
        return PairsWithin(slots, settings, byWords, aligned);
    }

    // The setting that fills a slot for each source whose settings of that slot name one place only (its first mention);
    // a source naming several fills none.
    private static List<int> OnePerSource(List<Setting> settings, Func<Setting, bool> fills) =>
        [.. Enumerable.Range(0, settings.Count)
            .Where(i => fills(settings[i]))
            .GroupBy(i => settings[i].Fact.SourceId)
            .Where(g => g.Select(i => settings[i].Fact.Value.Name).Distinct().Count() == 1)
            .Select(g => g.MinBy(i => settings[i].Fact.Start))];

    /// <summary>
    /// Pairs of sources' one place people were taken to. Where the people moved from an event ended up is one slot of
    /// the story ("were taken to Ravensholt Community Hall", "spent the night at Stennford Leisure Centre"), worded by
    /// each outlet with its own verbs, so the words around it need not meet. A source that names one such place fills the
    /// slot; a source that names several (a hospital for the hurt, a hall for the evacuated) fills none.
    /// </summary>
    private static IEnumerable<(int A, int B)> Destinations(List<Setting> settings, HashSet<int> linked, Func<Setting, Setting, bool> aligned)
    {
        var byWords = linked.ToHashSet();
        var fillers = OnePerSource(settings, s => s.Fact.Value.Kind == ValueKind.Place && s.Aside is null
            && (s.Fact.Frame == EventFrames.TakenTo || Receiving(s.Fact)));
        for (var x = 0; x < fillers.Count; x++)
        {
            for (var y = x + 1; y < fillers.Count; y++)
            {
                var (a, b) = (settings[fillers[x]], settings[fillers[y]]);
                if (!(byWords.Contains(fillers[x]) && byWords.Contains(fillers[y])) && Comparable(a, b) && !aligned(a, b))
                {
                    yield return (fillers[x], fillers[y]);
                }
            }
        }
    }

    /// <summary>
    /// Pairs of places the word scoring left apart whose anchors (<see cref="PlaceAnchors"/>, what each is told of) are
    /// each other's single best in the other source: "the ticket was bought at a newsagent in Mill Street" and "picked up
    /// the winning ticket ... at a petrol station in Pell Green" share little of their sentences but attach their places
    /// to one ticket.
    /// </summary>
    private static List<(int A, int B)> Anchored(List<Setting> settings, HashSet<int> linked, Func<Setting, Setting, bool> aligned, StoryWordWeights weights)
    {
        var places = Enumerable.Range(0, settings.Count).Where(i => settings[i].Anchor is { Weight: > 0 } && settings[i].Aside is null).ToList();
        var scores = new Dictionary<(int A, int B), double>();
        foreach (var x in places)
        {
            foreach (var y in places.Where(y => y > x))
            {
                var (a, b) = (settings[x], settings[y]);
                if (a.Fact.SourceId != b.Fact.SourceId && !(linked.Contains(x) && linked.Contains(y)) && Comparable(a, b)
                    && !aligned(a, b) && OneGrain(a.Fact.Value, b.Fact.Value) && PlaceAnchors.Share(a.Anchor!, b.Anchor!, weights) is { } share)
                {
                    scores[(x, y)] = share;
                }
            }
        }

        return MutualBest(scores, settings);
    }

    /// <summary>The least weighted share of a place's anchor that the words of an agreed place's sources must hold (<see cref="Bridged"/>).</summary>
    private const double MinBridgedShare = 0.5;

    /// <summary>
    /// Pairs that join a place left unlinked to a place two or more other sources already agree on. Outlets that tell one
    /// happening word it apart: one says "was heard at a public inquiry at X", another "sided with the developer after the
    /// inquiry at Y", and the second sentence shares too little with either first one to pair. But the sources that agree
    /// on X between them hold more of the happening's words (each its own wording, and the words of the place itself: "at
    /// a meeting in X"), and what the lone place is told of ("the inquiry", "a sample collected") is among them. A lone
    /// place joins the agreed place whose sources' words hold the largest share of its anchor (at least half), when it
    /// is also that agreed place's best among its source's places; every member must be comparable with it, as any pair is.
    /// </summary>
    private static List<(int A, int B)> Bridged(List<Setting> settings, HashSet<int> linked, Func<int, int> root, Func<Setting, Setting, bool> aligned, StoryWordWeights weights)
    {
        // Components of settings whose values all agree, told by two or more sources: what the outlets already agree on.
        var agreed = linked.GroupBy(root).Select(g => g.ToList())
            .Where(c => settings[c[0]].Fact.Value.Kind == ValueKind.Place && c.Select(i => settings[i].Fact.SourceId).Distinct().Count() >= 2
                && c.All(i => c.All(j => settings[i].Fact.Value.Compatible(settings[j].Fact.Value))))
            .ToList();
        var pools = agreed.Select(c => c.SelectMany(i => settings[i].Act.Words.Concat(ContentWords.Of(settings[i].Fact.Text).Where(w => !weights.IsName(w))))
            .ToHashSet(StringComparer.Ordinal)).ToList();
        var scores = new Dictionary<(int Lone, int Agreed), double>();
        for (var x = 0; x < settings.Count; x++)
        {
            var lone = settings[x];
            if (linked.Contains(x) || lone.Fact.Value.Kind != ValueKind.Place || lone.Aside is not null || lone.Anchor is not { Weight: > 0 } anchor)
            {
                continue;
            }

            for (var k = 0; k < agreed.Count; k++)
            {
                var members = agreed[k].Select(i => settings[i]).ToList();
                if (members.Any(m => m.Fact.SourceId == lone.Fact.SourceId || m.Goal != lone.Goal || !Comparable(m, lone) || aligned(m, lone)
                    || BridgeGrain(m.Fact.Value) is not { } grain || grain != BridgeGrain(lone.Fact.Value)))
                {
                    continue;
                }

                var share = anchor.Words.Where(pools[k].Contains).Sum(weights.Of) / anchor.Weight;
                if (share >= MinBridgedShare)
                {
                    scores[(x, k)] = share;
                }
            }
        }

        // Each other's single best: the lone place's best agreed place, and that agreed place's best in the lone one's source.
        static bool Single(IEnumerable<double> rivals, double score) => rivals.Count(s => s >= score) == 1;
        return [.. scores.Where(p => Single(scores.Where(q => q.Key.Lone == p.Key.Lone).Select(q => q.Value), p.Value)
                && Single(scores.Where(q => q.Key.Agreed == p.Key.Agreed && settings[q.Key.Lone].Fact.SourceId == settings[p.Key.Lone].Fact.SourceId).Select(q => q.Value), p.Value))
            .Select(p => (agreed[p.Key.Agreed][0], p.Key.Lone))];
    }

    // How fine a place is for a bridge, read from the article's own words: a street, or a site (one named with its kind,
    // one placed by a name, or a name the sentence places in another: "the Corn Exchange in Lanthorne"); null for a bare
    // name, which may be the town that holds the other place, and for a part of a place ("the foot of Gallows Hill"),
    // which may hold a site or lie in one.
    private static string? BridgeGrain(FactValue place) =>
        PlaceWords.Parts.Contains(place.PlaceHead) ? null
        : PlaceWords.Grain(place) switch
        {
            "street" => "street",
            "site" or "named site" => "site",
            _ => place.PlaceHead.Length == 0 && place.Around.Count > 0 ? "site" : null,
        };

    /// <summary>
    /// The scored pairs whose two settings are each other's single best partner (the one strictly highest score) among
    /// the settings of the other's source.
    /// </summary>
    private static List<(int A, int B)> MutualBest(Dictionary<(int A, int B), double> scores, List<Setting> settings)
    {
        var partners = new Dictionary<(int Setting, int Source), List<(int Other, double Score)>>();
        foreach (var ((x, y), score) in scores)
        {
            Add(x, settings[y].Fact.SourceId, y, score);
            Add(y, settings[x].Fact.SourceId, x, score);
        }

        void Add(int setting, int source, int other, double score) =>
            (partners.TryGetValue((setting, source), out var list) ? list : partners[(setting, source)] = []).Add((other, score));

        int? Best(int setting, int source)
        {
            var best = partners[(setting, source)].OrderByDescending(p => p.Score).Take(2).ToList();
            return best.Count == 1 || best[0].Score > best[1].Score ? best[0].Other : null;
        }

        return [.. scores.Keys.Where(p => Best(p.A, settings[p.B].Fact.SourceId) == p.B && Best(p.B, settings[p.A].Fact.SourceId) == p.A)];
    }

    // Places that can fill one slot: each says what kind of place it is (a bare name may be a town, a site or a firm) and
    // both are of one grain (a town and a street or site in it are one place told at two scales; so are "the edge of
    // Dunford", a part of a place, and an estate that may lie there).
    // Two bare names ("off Tarnish", "near Callow") say nothing of their grain either: neither is known to be finer than
    // the other, so anchors that tie both to one thing pair them as they pair two sites. Two places of one kind ("the car
    // park of Wexley Sports Centre", "Ormond Park") are of one grain whatever their names say.
    private static bool OneGrain(FactValue a, FactValue b) =>
        ((a.PlaceHead.Length == 0 && b.PlaceHead.Length == 0)
            || (a.PlaceHead.Length > 0 && b.PlaceHead.Length > 0 && (PlaceWords.Grain(a) == PlaceWords.Grain(b) || a.PlaceHead == b.PlaceHead)))
        && PlaceWords.Parts.Contains(a.PlaceHead) == PlaceWords.Parts.Contains(b.PlaceHead);

    // A place, day or clock time a source asserts of an event: not the day something was said; not where a route or a
    // journey set out from (its two ends are different places of one act); not a bare "in Castlebury", the town or
    // country a story happens in, which holds the street or site another source names; and not a single-digit "2:24"
    // with no am or pm, which is a duration or a score (a 24-hour clock writes "04:20").
    private static bool Open(Fact fact) =>
        fact.Mood == FactMood.Asserted && fact.Frame != EventFrames.Said && fact.Value.Kind switch
        {
            ValueKind.Date => true,
            ValueKind.TimeOfDay => !(fact.Text.Length == 4 && char.IsDigit(fact.Text[0]) && fact.Text[1] == ':'),
            ValueKind.Place => fact.Relation != "from" || fact.Measure.Length > 0,
            _ => false,
        };

    // Settings that could be of one act: the same kind, the same occurrence and phase, the same grain of date, not two
    // sources' "today" (each the day it reports on), and not where something happened and where someone was taken.
    // An aside's place is told outside its main clause: the main clause's occurrence and phase ("is expected to begin
    // work") are not the aside's, and an aside's bare "in X" is no town the whole story happens in (BareIn), so neither
    // keeps an aside apart from another sentence's place.
    private static bool Comparable(Setting x, Setting y, bool aside = false) =>
        Comparable(x.Fact, y.Fact, x.Received || y.Received, aside) && (aside || x.Town == y.Town);

    private static bool Comparable(Fact a, Fact b, bool received, bool aside) =>
        a.Value.Kind == b.Value.Kind && (aside || a.Occurrence == b.Occurrence)
        && ((a.Frame == EventFrames.TakenTo) == (b.Frame == EventFrames.TakenTo) || received)
        && !PlaceDestinations.ShelterAndCare(a, b)
        && !CourtAndAct(a, b) && !CourtAndAct(b, a)
        && (aside || a.Phase.Length == 0 || b.Phase.Length == 0 || a.Phase == b.Phase)
        && !(a.OnPublicationDay && b.OnPublicationDay)
        && (a.Value.Kind != ValueKind.Date || (Wide(a.Value) == Wide(b.Value) && Bound(a.Text) == Bound(b.Text) && !TwoActs(a, b)));

    // A place its sentence frames as the penalty ("was fined £4,000 at Ashgrove Crown Court") is where the court passed
    // sentence, not where the act punished happened: a court story tells the act ("dropped a beam in a yard on Marrow
    // Lane") in the same sentence, so the two share its words. It meets another place told without that frame only when
    // that place is of no other kind (a bare name, or another site of the court's own kind).
    private static bool CourtAndAct(Fact court, Fact other) =>
        court.Value.Kind == ValueKind.Place && court.Frame == EventFrames.Penalty && other.Frame != EventFrames.Penalty
        && PlaceKinds.Of(court) is { } kind && PlaceKinds.Of(other) is { } otherKind && kind != otherKind;

    // Days their own clauses tell as of two acts, as the alignment reads them (DateTenses): a plan still to come against an
    // act done ("agreed last year", "scheduled for relining in 2028"), a limit gone against an act's day, a state seen on a day.
    private static bool TwoActs(Fact a, Fact b) => DateTenses.PlanAndDone(a, b) || DateTenses.LimitAndDay(a, b) || DateTenses.StateAndDay(a, b);

    // A bare "in Castlebury" may be the town or country the whole story happens in, which holds the street or site another
    // source names: it is compared only with another source's bare "in" ("grew up in Lowther Bridge", "grew up in
    // Kestlemouth"), where the words around the two must still tell one act.
    private static bool BareIn(Fact place) => place.Value.Kind == ValueKind.Place && place.Relation == "in" && place.Measure.Length == 0;

    // A place inside the noun phrase that opens its sentence says which of the subject's things are meant ("Wheat yields in
    // Eastfold are expected to fall", "Prices in Corvania rose"), not where an act happened: every word before it is a
    // determiner or a content word, with no verb form ("is", "was", "-ed") among them.
    private static bool InSubject(Words words, int first)
    {
        for (var k = 0; k < first; k++)
        {
            if ((Stopwords.IsStopword(words[k]) && words[k] is not ("the" or "a" or "an")) || words[k].EndsWith("ed", StringComparison.Ordinal)
                || words.BreakAfter(k))
            {
                return false;
            }
        }

        return true;
    }

    // Named sites that take in people moved from an event: where one source says evacuees "were taken to", another may
    // say they "spent the night at" or "were treated at". Such a site "at" which the sentence puts them is where they
    // were taken, so it is compared with the other sources' destinations (the sentences' words still have to pair them).
    private static bool Receiving(Fact place) =>
        place.Value.Kind == ValueKind.Place && place.Frame != EventFrames.TakenTo && place.Relation == "at"
        && PlaceDestinations.ReceivingSites.Contains(place.Value.PlaceHead) && PlaceWords.NamedByKind(place.Value.PlaceHead, place.Value.Name);

    // The word that makes a date the bound of a span ("since 2014", "from 1 December", "until June"): a bound and a
    // plain date are not statements of one day.
    private static string Bound(string text) => text.Split(' ')[0].ToLowerInvariant() switch
    {
        var word and ("since" or "from" or "until" or "till" or "by" or "before" or "after") => word,
        _ => "",
    };

    // A year or a season against a day is no statement of one date.
    private static bool Wide(FactValue date) => date.Range.High - date.Range.Low >= 28;

    // A word that puts a second happening or a second day beside the one dated: "took her seat on Monday, four days
    // after winning the seat", "reported the smell on Thursday, two days before the explosion", "welcomed Sunday's result
    // on Monday". The sentence's other words may then be the other happening's, so they cannot align the date.
    private static bool TellsAnother(Words words, int k, ValueKind kind) =>
        words[k] is "before" or "after" or "since" or "until"
        || (kind == ValueKind.Date && (words[k] is "yesterday" or "today" or "tonight" || CalendarWords.WeekdayAt(words, k) is not null || CalendarWords.MonthAt(words, k) is not null));

    // The words of the happening a place is told with, where a second happening sits beside it ("will go on show at the
    // Pell Gallery, a week after police recovered it from a barn"): the side of "before", "after", "since" or "until"
    // the place is on. The other happening's words would pair the place with where that one took place.
    private static (int From, int To) OwnHappening(Words words, Func<int, bool> own)
    {
        var first = Enumerable.Range(0, words.Count).FirstOrDefault(own);
        var (from, to) = (0, words.Count);
        for (var k = 0; k < words.Count; k++)
        {
            if (!own(k) && words[k] is "before" or "after" or "since" or "until")
            {
                (from, to) = k < first ? (Math.Max(from, k + 1), to) : (from, Math.Min(to, k));
            }
        }

        return (from, to);
    }

    // A setting inside a relative clause set off by a comma is the setting of what that aside tells of someone ("Kess, who
    // is serving his sentence at Fellgate Prison, was rearrested ..."), not of the act the rest of the sentence tells. A
    // clause with no comma before it picks out its noun by the act itself ("inspectors who visited the house on Weir
    // Street found ..."), so its setting is the sentence's. Returns the aside's span (its relative word to its closing
    // break), or null when the setting is in no such aside.
    private static (int From, int To)? RelativeAside(Words words, int first)
    {
        for (var k = first - 1; k >= 0 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "who" or "which" or "whose" || ParticipleAside(words, k))
            {
                if (k > 0 && !words.BreakAfter(k - 1))
                {
                    return null;
                }

                var end = first;
                while (end + 1 < words.Count && !words.BreakAfter(end))
                {
                    end++;
                }

                return (k, end + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// True when token <paramref name="k"/> opens a participle clause set off by a comma after the noun phrase that opens
    /// the sentence ("Ulric Varley's company, based at Tidewell Wharf, sold ...", "The lorry, loaded at Kelby, overturned
    /// ..."): a relative clause with its "which was" left out, telling of the subject, not the act the main verb tells.
    /// Only after a bare noun phrase (names, content words and determiners, no verb form), so a second main verb after a
    /// comma ("The lorry overturned, blocked the road") is not read as one.
    /// </summary>
    private static bool ParticipleAside(Words words, int k)
    {
        var text = words.Tokens[k].Text;
        if (k < 1 || !words.BreakAfter(k - 1) || text.Length < 4 || !char.IsLower(text[0]) || !words[k].EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        for (var m = 0; m < k; m++)
        {
            if ((Stopwords.IsStopword(words[m]) && words[m] is not ("the" or "a" or "an")) || words[m].EndsWith("ed", StringComparison.Ordinal)
                || (m < k - 1 && words.BreakAfter(m)))
            {
                return false;
            }
        }

        return true;
    }

    // An aside says where its noun is, lives or was ("The buyer, Ada Varley, who grew up in Lowther Bridge", "The firm,
    // which has its head office in Ravensholt"): background that outlets often give in an aside of the same shape ("Ms
    // Varley, who grew up in Kestlemouth and runs ..."), and a thing's in a main clause of its own ("The firm's head office
    // is in Dunmarket"). So an aside's place is compared with another sentence's place only when that sentence holds a word of
    // the aside's own clause, its act and not only its noun: two clauses that share only the noun an aside hangs on (a
    // person's name) tell different things of it ("who lives in", "who was born in", "was arrested in"), and the main act
    // of the aside's own sentence is no act of the aside.
    private static bool AsideHeld(Setting aside, Setting other) =>
        aside.Aside is null || aside.Aside.Overlaps(other.Act.Words);

    // Two settings told alike (both in asides or both in main clauses), or a thing's place told in one source's aside and
    // in another's main clause (Setting.OfThing).
    private static bool OneTelling(Setting a, Setting b) =>
        (a.Aside is null) == (b.Aside is null) || (a.Aside is null ? b.OfThing : a.OfThing);

    // The setting with the act its sentence tells: the sentence's content words but its own and those of speech.
    private static Setting? Read(SourceIndex source, Fact fact, StoryWordWeights weights)
    {
        var sentence = source.Sentences.Find(s => s.Segment.Start <= fact.Start && fact.Start < s.Segment.Start + s.Segment.Text.Length);
        if (sentence is null)
        {
            return null;
        }

        var words = sentence.Words;
        bool Own(int k) => sentence.Segment.Start + words.Tokens[k].End > fact.Start && sentence.Segment.Start + words.Tokens[k].Start < fact.End;
        if (fact.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay && Enumerable.Range(0, words.Count).Any(k => !Own(k) && TellsAnother(words, k, fact.Value.Kind)))
        {
            return null;
        }

        var firstOwn = Enumerable.Range(0, words.Count).FirstOrDefault(Own);
        // A day or time in an aside dates what the aside tells; a place in one is compared with other asides' places.
        var relative = RelativeAside(words, firstOwn);
        if (relative is not null && fact.Value.Kind != ValueKind.Place)
        {
            return null;
        }

        if (BareIn(fact) && InSubject(words, firstOwn))
        {
            return null;
        }

        var own = Enumerable.Range(0, words.Count).Where(Own).Select(k => Stemmer.Inflections.Stem(words.Tokens[k].Text)).ToHashSet(StringComparer.Ordinal);
        var anchor = fact.Value.Kind == ValueKind.Place ? PlaceAnchors.Of(words, firstOwn, own, weights) : null;
        var (from, to) = relative ?? (fact.Value.Kind == ValueKind.Place ? OwnHappening(words, Own) : (0, words.Count));
        var told = ContentWords.Of([.. words.Tokens.Skip(from).Take(to - from)]);
        // The aside's act is its own words and the noun it hangs on (the name or noun just before its comma).
        var aside = relative is null ? null : told.Where(w => !own.Contains(w) && !ClauseActs.IsSpeech(w)).ToHashSet(StringComparer.Ordinal);
        if (relative is { } r)
        {
            var head = r.From - 1;
            while (head > 0 && head > r.From - 4 && !words.BreakAfter(head - 1) && !Stopwords.IsStopword(words[head - 1]))
            {
                head--;
            }

            told.UnionWith(ContentWords.Of([.. words.Tokens.Skip(head).Take(r.From - head)]));
        }

        // Names stay: the place or person a setting is told of is part of its act here.
        var act = sentence.Content.Where(w => told.Contains(w) && !own.Contains(w) && !ClauseActs.IsSpeech(w)).ToHashSet(StringComparer.Ordinal);
        var weight = weights.Of(act);
        var goal = fact.Value.Kind == ValueKind.Place && PlaceKinds.Goal(words, firstOwn);
        var asideAct = aside?.Intersect(act).ToHashSet(StringComparer.Ordinal);
        return weight > 0 && asideAct is not { Count: 0 }
            ? new Setting(fact, new ClauseAct(act, weight), anchor, goal, asideAct)
            {
                OfThing = relative is { } t && (words[t.From] == "which" || ParticipleAside(words, t.From)),
                Received = Receiving(fact) && PlaceDestinations.PeopleAt(words, firstOwn),
                Move = goal ? PlaceKinds.MoveOf(words, firstOwn) : null,
            }
            : null;
    }
}
