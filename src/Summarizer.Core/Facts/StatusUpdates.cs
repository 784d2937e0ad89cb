namespace Summarizer.Facts;

/// <summary>
/// Aligns the states sources report of one process ("is expected to sign" / "has signed"; "was still disrupted" /
/// "were fully restored") and keeps the groups where a newer report moved the process on: an update, with the newer
/// sources named. Different stages without that evidence of time are left alone: a state is not a figure, and two
/// outlets at different points of one day's story are no conflict.
/// </summary>
internal static class StatusUpdates
{
    // Content words two sentences must share, besides a common subject, to report a state of the same thing.
    private const int SharedContext = 2;

    public static IReadOnlyList<AlignedGroup> Align(IReadOnlyList<SourceFacts> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var bySource = sources.ToDictionary(s => s.SourceId);
        var states = sources.OrderBy(s => s.SourceId).SelectMany(s => s.States).ToList();
        var parent = Enumerable.Range(0, states.Count).ToArray();
        int Root(int x) => parent[x] == x ? x : parent[x] = Root(parent[x]);
        for (var a = 0; a < states.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var b = a + 1; b < states.Count; b++)
            {
                if (SameThing(states[a], states[b]))
                {
                    parent[Root(b)] = Root(a);
                }
            }
        }

        var groups = new List<AlignedGroup>();
        foreach (var component in Enumerable.Range(0, states.Count).GroupBy(Root).Select(g => g.Select(i => states[i]).ToList()))
        {
            if (Update(component, bySource) is { } group)
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    // Every newer source is no earlier than every older one, and either one of them is plainly later than all, or every
    // older source gives the same act as still ahead ("will complete the signing today" beside "has signed", both dated
    // only by their day): a process does not move back, so a report of the act as ahead was written before it was done.
    // Another stage of the same day ("have agreed a fee" beside "has signed") is no such evidence.
    private static bool Newer(List<Fact> later, List<Fact> earlier, Dictionary<int, SourceFacts> bySource)
    {
        var mine = later.Select(f => bySource.GetValueOrDefault(f.SourceId)).ToList();
        var theirs = earlier.Select(f => bySource.GetValueOrDefault(f.SourceId)).ToList();
        if (mine.Any(m => m?.When is null) || theirs.Any(t => t?.When is null) || !mine.All(m => theirs.All(t => m!.NotEarlierThan(t!))))
        {
            return false;
        }

        var plainlyLater = mine.Any(m => theirs.All(t => m!.PlainlyLaterThan(t!)));
        var doneStage = later[0].Value.Range.Low;
        return plainlyLater || (doneStage % 2 == 1 && earlier.All(f => f.Value.Range.Low == doneStage - 1));
    }

    private static bool SameThing(Fact a, Fact b) =>
        a.SourceId != b.SourceId && a.Value.Unit == b.Value.Unit && !OfDifferentThings(a, b)
        && ((a.Measure.Length > 0 && a.Measure == b.Measure) || FactMatching.SharedContext(a, b) >= SharedContext);

    // A service or place is named by the state's subject or object ("trams were halted", "roads were reopened"): states
    // of two named things are not one state over time, however much of the sentence they share. A deal or a filing is
    // named by its process noun instead, and either party may be its subject.
    private static bool OfDifferentThings(Fact a, Fact b) =>
        a.Value.Unit == "service" && a.Measure.Length > 0 && b.Measure.Length > 0 && a.Measure != b.Measure;

    // Each source's furthest state; the furthest stage is the update when its sources are newer (see Newer).
    private static AlignedGroup? Update(List<Fact> component, Dictionary<int, SourceFacts> bySource)
    {
        var furthest = component.GroupBy(f => f.SourceId)
            .Select(g => g.OrderByDescending(f => f.Value.Range.Low).ThenBy(f => f.Start).First())
            .ToList();
        var stages = furthest.GroupBy(f => f.Value.Range.Low).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        if (stages.Count < 2)
        {
            return null;
        }

        // A report that an act is still ahead ("hope to reopen", "expected to sign") says the process has not moved:
        // only an act done is a newer state.
        var later = stages[^1];
        if (later[0].Value.Range.Low % 2 == 0)
        {
            return null;
        }

        var earlier = stages.Take(stages.Count - 1).SelectMany(s => s).ToList();
        if (!Newer(later, earlier, bySource))
        {
            return null;
        }

        var versions = stages.Take(stages.Count - 1).Select(s => new FactVersion(s)).Append(new FactVersion(later, Later: true)).ToList();
        return new AlignedGroup(AlignmentLabel.Update, $"status: {component[0].Value.Unit}", versions);
    }
}
