namespace Summarizer.Facts;

/// <summary>
/// Aligns the facts of a story's sources: facts about the same thing (same kind, frame and measure, or the
/// same role) are grouped, and each group is labelled by comparing its values as intervals. A source that gives
/// two values for the same measure ("90% agreed ... the remaining 10%") does not conflict with itself.
/// </summary>
internal static class FactAligner
{
    /// <summary>Groups of facts from two or more sources, in order of first appearance.</summary>
    public static IReadOnlyList<AlignedGroup> Align(IReadOnlyList<SourceFacts> sources, CancellationToken cancellationToken = default) =>
        Align(sources, null, cancellationToken);

    /// <summary>
    /// Groups of facts from two or more sources; <paramref name="sameAct"/>, when given, scores whether two facts' clauses
    /// tell one happening (null when not), so figures the rules leave apart may still meet by what happened.
    /// </summary>
    public static IReadOnlyList<AlignedGroup> Align(IReadOnlyList<SourceFacts> sources, Func<Fact, Fact, double?>? sameAct, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var bySource = sources.ToDictionary(s => s.SourceId);
        var facts = sources.OrderBy(s => s.SourceId).SelectMany(s => s.Facts).Where(FactMatching.Alignable).ToList();
        var sole = Sole(facts, FactMatching.Signature);
        // A bare town is the only place of its kind among its source's bare towns: it meets no finer place (FactMatching.OfOneGrain).
        var onlyOfKind = Sole(facts, f => (f.Value.Kind, f.Value.Unit, f.Value.CapIsOwnMeasure, f.Frame, FactMatching.BareTown(f) ? "town" : "", "", ""));
        var parent = Enumerable.Range(0, facts.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);

        // Only facts with the same key can be the same thing, so pairs are compared within a key's facts (in index
        // order, so the groups come out as if every pair had been compared).
        var byKey = Enumerable.Range(0, facts.Count).GroupBy(i => FactMatching.Key(facts[i])).ToDictionary(g => g.Key, g => g.ToList());

        // Framed facts join framed facts and frame-less ones frame-less ones; then each frame-less component joins
        // at most one framed component (the one it shares most context with), so it cannot bridge two frames.
        foreach (var members in byKey.Values)
        {
            for (var x = 0; x < members.Count; x++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var a = members[x];
                for (var y = x + 1; y < members.Count; y++)
                {
                    var b = members[y];
                    // Two facts one group holds already need no test: joining them again changes nothing.
                    if (Root(a) != Root(b) && FactMatching.SameThing(facts[a], facts[b], sole[a] && sole[b], onlyOfKind[a] && onlyOfKind[b]))
                    {
                        parent[Root(b)] = Root(a);
                    }
                }
            }
        }

        // A frame-less clock time that gives another value than the framed moment it meets (FactMatching.HappeningToldByItsVerb)
        // joins only after every agreeing one has, so an outlet whose own words already gave that moment keeps its other
        // times ("berthed shortly after midnight") apart.
        var frameless = Enumerable.Range(0, facts.Count).Where(i => facts[i].Frame is null).GroupBy(Root).ToList();
        foreach (var otherValue in (bool[])[false, true])
        {
            foreach (var component in frameless)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (facts[Root(component.Key)].Frame is not null)
                {
                    continue; // joined a framed group already
                }

                var framedKey = FactMatching.Key(facts[component.Key]) with { Framed = true };
                var best = byKey.GetValueOrDefault(framedKey, [])
                    .Where(j => component.Any(i => FactMatching.SameThing(facts[i], facts[j]) && OtherTime(facts[i], facts[j]) == otherValue && !(otherValue && Holds(j, component))))
                    .GroupBy(Root)
                    .Select(g => (Root: g.Key, Shared: component.Max(i => g.Max(j => FactMatching.SharedContext(facts[i], facts[j])))))
                    .OrderByDescending(x => x.Shared).ThenBy(x => x.Root)
                    .FirstOrDefault();
                if (best.Shared > 0)
                {
                    parent[Root(component.Key)] = Root(best.Root);
                }
            }
        }

        // A framed group that already holds a source of the frame-less component: that outlet told the group's moment in
        // its event words, so its other value, told only by a verb, is of another moment, not a second version of this one.
        bool Holds(int framed, IEnumerable<int> component)
        {
            var sources = component.Select(i => facts[i].SourceId).ToHashSet();
            return Enumerable.Range(0, facts.Count).Any(k => Root(k) == Root(framed) && sources.Contains(facts[k].SourceId));
        }

        // What the rules leave apart may still be one measure worded differently: mutual best pairs of clauses.
        foreach (var (a, b) in CrossSourcePairs.Find(facts, Root, sources.SelectMany(s => s.Facts)))
        {
            parent[Root(b)] = Root(a);
        }

        // What still stands apart may be one happening measured in different words: figures of clauses that tell one act.
        if (sameAct is not null)
        {
            foreach (var (a, b) in ActPairs.Find(facts, Root, sources.SelectMany(s => s.Facts), sameAct))
            {
                parent[Root(b)] = Root(a);
            }
        }

        // What still stands apart may be one figure of the story told in unrelated words: each source's one value of a slot.
        foreach (var (a, b) in SlotPairs.Find(facts, Root, sources.SelectMany(s => s.Facts)))
        {
            parent[Root(b)] = Root(a);
        }

        // Where each source says people were moved to, and the towns it puts things in: what PlaceSides reads a group's versions by.
        var destinations = sources.SelectMany(s => s.Facts).Where(f => f.Value.Kind == ValueKind.Place && f.Relation is PlaceReader.Destination or "in").ToList();
        var groups = new List<AlignedGroup>();
        foreach (var members in Enumerable.Range(0, facts.Count).GroupBy(Root).Select(g => g.Select(i => facts[i]).ToList()))
        {
            if (members.Select(f => f.SourceId).Distinct().Count() < 2)
            {
                continue; // no part of one source's facts can hold two
            }

            // A place group's versions are read once: PlaceSides splits by them, and a group it leaves whole is labelled by them.
            List<Fact> wholeSeconds = [];
            var whole = members[0].Value.Kind == ValueKind.Place ? Kept(members, out wholeSeconds) : null;
            foreach (var part in whole is not null ? PlaceSides.Apart(members, whole, destinations) : [members])
            {
                if (part.Select(f => f.SourceId).Distinct().Count() < 2)
                {
                    continue;
                }

                var seconds = wholeSeconds;
                var group = whole is not null && ReferenceEquals(part, members)
                    ? Label(whole, bySource, Topic(members[0]))
                    : Label(part, bySource, out seconds);
                groups.Add(group);
                if (Companion(group, seconds, bySource) is { } companion)
                {
                    groups.Add(companion);
                }
            }
        }

        // A disagreement cites every source that states one of its versions, in whatever words it tells it.
        groups = VersionWitnesses.Complete(groups, sources.SelectMany(s => s.Facts), cancellationToken);
        return groups.OrderBy(g => g.Facts.Min(f => f.SourceId)).ThenBy(g => g.Facts.Where(f => f.SourceId == g.Facts.Min(x => x.SourceId)).Min(f => f.Start)).ToList();
    }

    private static bool OtherTime(Fact a, Fact b) => a.Value.Kind == ValueKind.TimeOfDay && !a.Value.Compatible(b.Value);

    // Whether each fact is the only value its source gives with its signature (the same value said twice, in the
    // headline and the body, is still one value).
    private static bool[] Sole<TKey>(List<Fact> facts, Func<Fact, TKey> signature)
    {
        var values = facts.GroupBy(f => (f.SourceId, signature(f)))
            .ToDictionary(g => g.Key, g => g.All(f => f.Value.SameAs(g.First().Value)));
        return facts.Select(f => values[(f.SourceId, signature(f))]).ToArray();
    }

    // When a count is updated, the figures given beside it change too: "51.8% ... against 48.2% for the incumbent" in
    // the provisional count, "52.4 percent ... to 47.6 percent for the incumbent" in the final one. Each source's second
    // figure, read in the sentence of one of its updated values, is aligned on its own and shown when it is itself an
    // update, so the newer figure is shown with its source whatever the summary happens to select.
    private static AlignedGroup? Companion(AlignedGroup group, List<Fact> seconds, Dictionary<int, SourceFacts> bySource)
    {
        if (group.Label != AlignmentLabel.Update || seconds.Select(f => f.SourceId).Distinct().Count() < 2
            || !seconds.All(f => group.Facts.Any(g => g.SourceId == f.SourceId && g.SentenceIndex == f.SentenceIndex)))
        {
            return null;
        }

        var companion = Label(seconds, bySource, out _);
        return companion.Label == AlignmentLabel.Update ? companion : null;
    }

    private static AlignedGroup Label(List<Fact> members, Dictionary<int, SourceFacts> bySource, out List<Fact> seconds)
    {
        var kept = Kept(members, out seconds);
        return Label(kept, bySource, Topic(members[0]));
    }

    // The versions of a group: its buckets of compatible values, without a source's second figures, and for places and
    // days without the wider values that hold each version. Buckets whose every source already gives a more widely stated
    // value are that source's second figures (<paramref name="seconds"/>).
    private static List<List<Fact>> Kept(List<Fact> members, out List<Fact> seconds)
    {
        var buckets = Buckets(Current(members));
        seconds = [];

        // A value whose every source already gives a more widely stated value of the group is that source's second
        // figure ("90% agreed ... the remaining 10%", "five of the seven carriages"), not a conflict between sources.
        var kept = new List<List<Fact>>();
        foreach (var bucket in buckets)
        {
            if (!bucket.All(f => kept.Any(k => k.Any(g => g.SourceId == f.SourceId))))
            {
                kept.Add(bucket);
            }
            else
            {
                seconds.AddRange(bucket);
            }
        }

        if (kept.Count >= 2 && members[0].Value.Kind == ValueKind.Place)
        {
            kept = SiteTowns.Without(Sided(kept));
        }

        if (kept.Count >= 2 && members[0].Value.Kind == ValueKind.Date)
        {
            kept = Contained(kept);
        }

        return kept;
    }

    private static AlignedGroup Label(List<List<Fact>> kept, Dictionary<int, SourceFacts> bySource, string topic)
    {
        if (kept.Count == 1 && NarrowedLater(kept[0], bySource) is { } narrowed)
        {
            var earlierFacts = kept[0].Where(f => !narrowed.Contains(f)).ToList();
            var earlierVersions = earlierFacts.GroupBy(f => Exact(earlierFacts, f)).Select(g => new FactVersion(g.ToList()));
            return new AlignedGroup(AlignmentLabel.Update, topic, [.. earlierVersions, new FactVersion(narrowed, Later: true)]);
        }

        if (kept.Count == 1)
        {
            var facts = kept[0];
            var precise = facts.Any(f => facts.Any(g => !f.Value.SameAs(g.Value)));
            var versions = facts.GroupBy(f => Exact(facts, f)).Select(g => new FactVersion(g.ToList())).ToList();
            return new AlignedGroup(precise ? AlignmentLabel.MorePrecise : AlignmentLabel.Agree, topic, versions);
        }

        if (LaterBucket(kept, bySource) is { } later)
        {
            // Each earlier value keeps its own sources ("passed 20,000" and "23,500" before "now passed 40,000").
            var earlier = kept.Where(b => !ReferenceEquals(b, later))
                .SelectMany(b => b.GroupBy(f => Exact(b, f)).Select(g => new FactVersion(g.ToList())));
            return new AlignedGroup(AlignmentLabel.Update, topic, [.. earlier, new FactVersion(later, Later: true)]);
        }

        return new AlignedGroup(AlignmentLabel.Disagree, topic, kept.Select(b => new FactVersion(b)).ToList());
    }

    // A source that counts with an ordinal ("a third man has been arrested") and also gives an older count ("the two
    // men arrested on Monday") tells the older count as history: its current value is the ordinal's. (A bare "now" in
    // another sentence, "the three bus routes that now run", says no such thing.)
    private static List<Fact> Current(List<Fact> members)
    {
        var history = members.GroupBy(f => f.SourceId)
            .Where(g => g.Any(f => f.Ordinal) && g.Where(f => !f.Ordinal).All(f => g.Where(u => u.Ordinal).All(u => !u.Value.Compatible(f.Value))))
            .SelectMany(g => g.Where(f => !f.Ordinal))
            .ToHashSet();
        return history.Count == 0 ? members : members.Where(f => !history.Contains(f)).ToList();
    }

    // Values most sources give come first; a fact joins the first bucket it is compatible with.
    private static List<List<Fact>> Buckets(List<Fact> members)
    {
        var ordered = members
            .GroupBy(f => members.First(g => g.Value.SameAs(f.Value)))
            .OrderByDescending(g => g.Select(f => f.SourceId).Distinct().Count())
            .ThenBy(g => g.Min(f => f.SourceId));
        var buckets = new List<List<Fact>>();
        foreach (var group in ordered)
        {
            var home = buckets.FirstOrDefault(b => b.All(f => f.Value.Compatible(group.Key.Value)));
            if (home is null)
            {
                buckets.Add([.. group]);
            }
            else
            {
                home.AddRange(group);
            }
        }

        return buckets;
    }

    // Places that disagree, without the unnamed sites each of them could be: "in a residential street in Larkbridge" is
    // true of "on Elm Row" and of "on Cobden Terrace" alike, so it sides with neither, and counting its sources with the
    // first version it happens to join would cite them for a street they do not name. A named place is its own version.
    private static List<List<Fact>> Sided(List<List<Fact>> buckets)
    {
        var sided = buckets
            .Select(b => b.Where(f => f.Value.PlaceSite.Length == 0 || !buckets.Any(o => !ReferenceEquals(o, b) && o.All(g => g.Value.Compatible(f.Value)))).ToList())
            .Where(b => b.Count > 0)
            .ToList();
        return sided.Count >= 2 ? sided : buckets;
    }

    // Days that disagree, without the wider dates that hold each of them: "closed the farm in November" is true of "took
    // effect on Thursday 12 November" and of "took effect on Monday 9 November" alike, as a rounded figure is of two exact
    // ones, so it sides with neither; counted with the first version it happens to join, it would cite its source for a day
    // that source never gives, and the version would be shown only in the words every source of it holds (the month).
    private static List<List<Fact>> Contained(List<List<Fact>> buckets)
    {
        var sided = buckets
            .Select(b => b.Where(f => FactDays.Of(f) is not null || !buckets.Any(o => !ReferenceEquals(o, b) && o.All(g => f.Value.Compatible(g.Value)))).ToList())
            .Where(b => b.Count > 0)
            .ToList();
        return sided.Count >= 2 ? sided : buckets;
    }

    // Facts with the same value form one version; narrower and broader values are versions of their own.
    private static int Exact(List<Fact> facts, Fact fact) => facts.FindIndex(g => g.Value.SameAs(fact.Value));

    // The bucket that updates the others: its sources word a change ("has risen to") and all are newer than every
    // source of the other buckets. A later count after a count of none ("no arrests had been made", then "two men have
    // been arrested") needs no wording: none is where a count starts. Sources of one day need more: every fact of the
    // bucket says it is the newer report ("ended the day 1.4% lower" after "fell 0.8% after the announcement"), no
    // other bucket words any change, and no source of the other buckets is known to be published later.
    private static List<Fact>? LaterBucket(List<List<Fact>> buckets, Dictionary<int, SourceFacts> bySource)
    {
        foreach (var bucket in buckets)
        {
            var others = buckets.Where(b => !ReferenceEquals(b, bucket)).SelectMany(b => b).ToList();
            var mine = bucket.Select(f => bySource.GetValueOrDefault(f.SourceId)).ToList();
            var theirs = others.Select(f => bySource.GetValueOrDefault(f.SourceId)).ToList();
            var dated = !mine.Any(m => m?.When is null) && !theirs.Any(t => t?.When is null);
            var newer = dated && mine.Min(m => m!.When) > theirs.Max(t => t!.When);
            if (newer && (bucket.Any(f => f.UpdateWording || MovedFrom(f, others)) || others.All(f => f.Value.Stated == 0 && f.Value.Range.IsPoint) || StillHeld(buckets, bucket)
                || LeftOf(others, bucket)))
            {
                return bucket;
            }

            // A source with no date is not known to be later than one that words its figure as the newer report
            // ("a third worker ..., bringing to three the number treated" after an undated "two workers").
            if (bucket.All(f => f.NewerReportWording) && !others.Any(f => f.UpdateWording)
                && mine.All(m => theirs.All(t => m?.When is null || t?.When is null || m.NotEarlierThan(t))))
            {
                return bucket;
            }
        }

        return null;
    }

    // "just hours after police doubled the reward to £20,000", "cut the forecast to 1.1%": the figure's own clause moves the
    // measure to it, past every other source's figure in the direction it names (from £10,000 up to £20,000). That is a
    // change told as plainly as "has risen to", whatever the verb's tense. A share right after such a verb ("fell 0.8%")
    // is most often the size of the move, not where the measure stands, so shares are left to the wording of change.
    // Outlets that each tell the same move to their own figure ("had fallen to minus 2C when the stewards met", "had
    // fallen to minus 6C") report one moment differently: that is a conflict.
    private static bool MovedFrom(Fact fact, List<Fact> others) =>
        fact.MovedTo is { } direction && direction != 0 && fact.Value.Kind != ValueKind.Percent && fact.Value.Stated is { } now
        && others.All(o => o.Value.Stated is { } then && (direction > 0 ? then < now : then > now) && o.MovedTo != direction);

    // The number a state still holds, said in the present ("two remain in hospital", "four are still in custody"), is the
    // number at the hour of its report: people are discharged or freed as the days pass, so a newer report's other figure
    // is the state moved on (as StatusUpdates reads "closed", then "reopened"), not a conflict, and needs no wording of
    // change. Said in the past of a moment ("were kept in hospital overnight"), two reports of that moment still conflict.
    private static bool StillHeld(List<List<Fact>> buckets, List<Fact> later) =>
        later.All(f => f.Signature.HeldNow)
        && buckets.All(b => b.All(f => f.Value.Kind == ValueKind.Count && f.Signature.Modifier == SignatureReader.StillHeldModifier));

    // "Six neighbouring homes were evacuated", then in a later report "two of the neighbouring homes remain empty": a count
    // of those a state still holds at the hour of the report, below every earlier count, is what is left of them as people
    // go home, homes are reopened and patients discharged. The state ran down; the reports do not conflict. A count as
    // high as an earlier one or higher tells no such thing (more cannot be left than were put there).
    private static bool LeftOf(List<Fact> others, List<Fact> later) =>
        later.All(f => f.Value.Kind == ValueKind.Count && f.Signature.HeldNow && f.Value.Stated is not null)
        && others.All(o => o.Value.Kind == ValueKind.Count && o.Value.Stated is { } then && later.All(f => f.Value.Range.High < o.Value.Range.Low && f.Value.Stated < then));

    // "killing at least 23" and, in a later report, "the toll has risen to 31": the ranges overlap, so the two read as a
    // vaguer and a more precise figure of one moment, yet the later source words a change to a figure past the bound. That is
    // the newer figure, shown as an update with its source. The earlier sources word no change of their own, and every
    // source of the narrower value is published after every source of the others.
    private static List<Fact>? NarrowedLater(List<Fact> facts, Dictionary<int, SourceFacts> bySource)
    {
        var byValue = facts.GroupBy(f => Exact(facts, f)).Select(g => g.ToList()).ToList();
        if (byValue.Count < 2)
        {
            return null;
        }

        foreach (var bucket in byValue)
        {
            var others = facts.Where(f => !bucket.Contains(f)).ToList();
            var mine = bucket.Select(f => bySource.GetValueOrDefault(f.SourceId)?.When).ToList();
            var theirs = others.Select(f => bySource.GetValueOrDefault(f.SourceId)?.When).ToList();
            // A tally at an hour ("126 calls by Wednesday evening", "£95,000 so far") tells no move past the bound: "more
            // than 100 calls" then 126 is the floor made exact, not a count that went on.
            if (mine.Any(w => w is null) || theirs.Any(w => w is null) || !bucket.Any(f => f.UpdateWording && !f.TallyOnly) || others.Any(f => f.UpdateWording))
            {
                continue;
            }

            // Only a bound can be moved past: "about 8,000" then "7,900" is an estimate made exact, and "about 8%" then
            // "eight percent" is one figure; "at least 23" then "31" is a count that went on.
            var passed = bucket.All(f => others.All(o => Open(o.Value) && !Open(f.Value) && f.Value.Stated is { } now && o.Value.Stated is { } then && now != then));
            if (passed && mine.Min() > theirs.Max())
            {
                return bucket;
            }
        }

        return null;
    }

    // A floor or a ceiling ("at least 23", "more than 200", "up to 40"), not a window around a figure.
    private static bool Open(FactValue value) => double.IsInfinity(value.Range.Low) || double.IsInfinity(value.Range.High);

    internal static string Topic(Fact fact) => fact.Value.Kind switch
    {
        ValueKind.Person => $"who {fact.Role}" + (fact.RoleObject.Length > 0 ? $": {fact.RoleObject}" : ""),
        ValueKind.Place => $"where: {fact.Frame}",
        _ => string.Join(": ", new[] { fact.Frame, fact.Measure.Replace(Measures.PersonPrefix, "", StringComparison.Ordinal), fact.Value.Kind.ToString().ToLowerInvariant() }
            .Where(s => !string.IsNullOrEmpty(s))),
    };
}
