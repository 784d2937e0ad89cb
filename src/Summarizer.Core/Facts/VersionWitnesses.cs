namespace Summarizer.Facts;

/// <summary>
/// Completes the sources of a disagreement's versions. Outlets that agree on a figure often tell it in other words than
/// the outlets it is aligned with ("has won an order worth £186 million" beside "the £186m deal", "the line failed at
/// 21:15" beside "the blast happened at about 9.15pm"), so the rules that group facts by frame and context leave such a
/// fact out, and the version is shown citing only some of the sources that give it. Once a disagreement or an update
/// stands, a source outside it that states exactly one version's figure, of the same kind and class of measure, and that
/// figure nowhere else in a shown group, is a witness of that version and is cited with it (an update's earlier figure
/// too: the reader sees every outlet that still gives it). A day witnesses a conflict of days only as its source's one
/// early day of its class (the happening's or the plan's). Only whether a source is cited changes: no group is formed or
/// labelled here.
/// </summary>
internal static class VersionWitnesses
{
    /// <summary><paramref name="groups"/> with each disagreement's and update's versions joined by the other sources that state them.</summary>
    public static List<AlignedGroup> Complete(List<AlignedGroup> groups, IEnumerable<Fact> story, CancellationToken cancellationToken = default)
    {
        var facts = story.ToList();
        var shown = groups.Where(g => g.Label is AlignmentLabel.Disagree or AlignmentLabel.Update).SelectMany(g => g.Facts).ToHashSet();
        var loneDays = LoneLeadDays(facts);
        var candidates = facts.Where(f => FactMatching.Alignable(f) && !shown.Contains(f) && (f.Value.Stated is not null || loneDays.Contains(f)) && Witnessed(f.Value.Kind)).ToList();
        var result = new List<AlignedGroup>(groups.Count);
        foreach (var group in groups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(group.Label is AlignmentLabel.Disagree or AlignmentLabel.Update && Witnessed(group) ? Completed(group, candidates) : group);
        }

        return result;
    }

    // Figures whose value alone, with its kind and class of measure, says which version a source gives. Names and places
    // are told apart by role and frame. A date is shared by many acts of one story's day, so it witnesses only as its
    // source's one early day of its class (see LoneLeadDays).
    private static bool Witnessed(ValueKind kind) =>
        kind is ValueKind.Count or ValueKind.Money or ValueKind.Percent or ValueKind.Quantity or ValueKind.TimeOfDay or ValueKind.Age or ValueKind.Date;

    // A date group is witnessed only when every version is a single day: a day read alone says which of two days a source
    // gives, but not whether it falls in a month or a year another version names.
    private static bool Witnessed(AlignedGroup group) =>
        Witnessed(group.Versions[0].First.Value.Kind)
        && (group.Versions[0].First.Value.Kind != ValueKind.Date || group.Versions.All(v => v.Facts.All(f => FactDays.SingleDay(f.Value))));


    // The days that can witness a version of a day: each source's one early single day of its class, the day of what
    // happened or the day set ahead for a plan (SlotPairs). An outlet that tells one day early tells it of the story's
    // event, in whatever words ("at the water park on Saturday afternoon", "the show, which now opens on 11 December");
    // one that gives two days of a class early (the blast on Tuesday, the inquiry ordered on Wednesday) may give either of
    // another act, and witnesses with neither. The day a thing was said is no day of the event.
    private static HashSet<Fact> LoneLeadDays(List<Fact> story)
    {
        var lengths = SlotPairs.SentenceCounts(story);
        return story
            .Where(f => f.Value.Kind == ValueKind.Date && FactDays.SingleDay(f.Value) && f.Frame != EventFrames.Said
                && f.Holder.Length == 0 && SlotPairs.Early(f, lengths[f.SourceId]))
            .GroupBy(f => (f.SourceId, f.Ahead))
            .Where(g => g.Select(f => f.Value.Range.Low).Distinct().Count() == 1)
            .SelectMany(g => g)
            .ToHashSet();
    }

    private static AlignedGroup Completed(AlignedGroup group, List<Fact> candidates)
    {
        var inGroup = group.Sources.ToHashSet();
        var added = group.Versions.Select(_ => new List<Fact>()).ToList();
        foreach (var source in candidates.Where(f => !inGroup.Contains(f.SourceId)).GroupBy(f => f.SourceId))
        {
            // The source must state one version's figure, and no other version's, for this measure.
            var versions = source.SelectMany(f => Enumerable.Range(0, group.Versions.Count).Where(v => States(f, group, v)).Select(v => (Fact: f, Version: v))).ToList();
            if (versions.Select(x => x.Version).Distinct().Count() == 1)
            {
                added[versions[0].Version].Add(versions.OrderBy(x => x.Fact.Start).First().Fact);
            }
        }

        if (added.All(a => a.Count == 0))
        {
            return group;
        }

        return group with { Versions = [.. group.Versions.Select((v, i) => added[i].Count == 0 ? v : new FactVersion([.. v.Facts, .. added[i]], v.Later))] };
    }

    // The fact gives version v's figure as written (the same stated figure, within its range) and fits no other version.
    private static bool States(Fact fact, AlignedGroup group, int v) =>
        group.Versions[v].Facts.Any(g => SameFigure(fact, g) && SameClass(fact, g))
        && !group.Versions.Where((_, i) => i != v).Any(o => o.Facts.Any(g => g.Value.Compatible(fact.Value)));

    private static bool SameFigure(Fact a, Fact b) =>
        a.Value.Kind == b.Value.Kind && a.Value.Unit == b.Value.Unit && a.Value.IsCap == b.Value.IsCap
        && a.Value.Stated == b.Value.Stated && a.Value.Compatible(b.Value)
        // A weekday read alone meets a dated day of that weekday, but not one weeks from it (FactDays.WeeksApart).
        && !(a.Value.Kind == ValueKind.Date && FactDays.WeeksApart(a.Value, b.Value));

    // What is measured: a count's broad class (people and jobs, homes and households), an age's holder when both name one.
    private static bool SameClass(Fact a, Fact b) => a.Value.Kind switch
    {
        ValueKind.Count => a.Measure == b.Measure || (MeasureClasses.Broad(a.Measure) is { } broad && broad == MeasureClasses.Broad(b.Measure)),
        ValueKind.Age => a.Measure == b.Measure || !(Named(a) && Named(b)) && !Thing(a) && !Thing(b),
        // A day set ahead is a plan's, not the happening's.
        ValueKind.Date => a.Ahead == b.Ahead && a.Phase == b.Phase,
        _ => a.Measure == b.Measure || a.Measure.Length == 0 || b.Measure.Length == 0,
    };

    private static bool Named(Fact age) => age.Measure.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal) && age.Measure != Measures.Antecedent;

    private static bool Thing(Fact age) => age.Measure.StartsWith(Measures.ThingPrefix, StringComparison.Ordinal);
}
