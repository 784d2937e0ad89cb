namespace Summarizer.Facts;

/// <summary>
/// Aligns the figures that the measure-by-measure rules leave apart. Outlets word one figure in different frames and
/// clauses ("80 firefighters battled the flames", "the service had deployed 120 firefighters"), so for each pair of
/// sources every pair of same-kind figures is scored by how much their clauses say the same thing: the same head and
/// predicate, the same event frame, and the sentences' shared words weighted by how rare they are in the story. Each
/// figure keeps only its one best partner in the other source, and a pair is aligned only when each is the other's
/// best and the score clears <see cref="Threshold"/>; the labelling then decides whether the pair agrees.
/// </summary>
internal static class CrossSourcePairs
{
    /// <summary>The least score for a mutual best pair to be aligned (set on the dev trust cases).</summary>
    public const double Threshold = 0.4;

    private static readonly HashSet<ValueKind> Figures =
        [ValueKind.Count, ValueKind.Money, ValueKind.Percent, ValueKind.Quantity, ValueKind.Duration, ValueKind.Age, ValueKind.Magnitude];

    /// <summary>
    /// The mutual best pairs of <paramref name="facts"/> (indexes) whose groups do not yet hold the other's source.
    /// <paramref name="group"/> gives each fact's current group; <paramref name="story"/> is every fact of the story,
    /// read for how rare each word is.
    /// </summary>
    public static List<(int A, int B)> Find(IReadOnlyList<Fact> facts, Func<int, int> group, IEnumerable<Fact> story)
    {
        var weights = WordWeights.Of(story);
        var sourcesOf = Enumerable.Range(0, facts.Count).GroupBy(group)
            .ToDictionary(g => g.Key, g => g.Select(i => facts[i].SourceId).ToHashSet());
        var open = Enumerable.Range(0, facts.Count).Where(i => Figures.Contains(facts[i].Value.Kind)).ToList();
        var pairs = new List<(int, int)>();
        foreach (var (mine, theirs) in Pairs(open.GroupBy(i => facts[i].SourceId).OrderBy(g => g.Key).ToList()))
        {
            var scores = new Dictionary<(int, int), double>();
            foreach (var a in mine)
            {
                foreach (var b in theirs)
                {
                    if (group(a) != group(b) && !sourcesOf[group(a)].Contains(facts[b].SourceId) && !sourcesOf[group(b)].Contains(facts[a].SourceId)
                        && Score(facts[a], facts[b], weights) is { } score)
                    {
                        scores[(a, b)] = score;
                    }
                }
            }

            foreach (var ((a, b), score) in scores)
            {
                if (score >= Threshold && Best(scores, a, first: true) == b && Best(scores, b, first: false) == a)
                {
                    pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }

    private static IEnumerable<(List<int> Mine, List<int> Theirs)> Pairs(List<IGrouping<int, int>> sources)
    {
        for (var x = 0; x < sources.Count; x++)
        {
            for (var y = x + 1; y < sources.Count; y++)
            {
                yield return ([.. sources[x]], [.. sources[y]]);
            }
        }
    }

    // The one partner a fact scores highest with; none when two partners tie, since the clauses then cannot tell them apart.
    private static int? Best(Dictionary<(int A, int B), double> scores, int fact, bool first)
    {
        var mine = scores.Where(s => (first ? s.Key.A : s.Key.B) == fact).OrderByDescending(s => s.Value).Take(2).ToList();
        return mine.Count == 1 || (mine.Count == 2 && mine[0].Value > mine[1].Value) ? (first ? mine[0].Key.B : mine[0].Key.A) : null;
    }

    /// <summary>
    /// How much the clauses of <paramref name="a"/> and <paramref name="b"/> say the same thing, or null when they
    /// cannot be values of one measure (another kind, unit, frame, measure class or place offset).
    /// </summary>
    public static double? Score(Fact a, Fact b, IReadOnlyDictionary<string, double> weights)
    {
        if (a.SourceId == b.SourceId || a.Value.Kind != b.Value.Kind || a.Value.Unit != b.Value.Unit || a.Value.CapIsOwnMeasure != b.Value.CapIsOwnMeasure
            || (a.Frame is not null && b.Frame is not null && a.Frame != b.Frame)
            || (a.Measure.Length > 0 && b.Measure.Length > 0 && a.Measure != b.Measure)
            || a.Signature.OtherMeasure(b.Signature) || a.Ordinal || b.Ordinal || FarApart(a.Value, b.Value) || a.Occurrence != b.Occurrence)
        {
            return null;
        }

        var score = Overlap(a.Context, b.Context, weights);
        if (a.Signature.NamesHead && a.Signature.Head == b.Signature.Head)
        {
            score += 0.4; // the same thing counted
        }
        else if (a.Signature.HeadsDiffer(b.Signature))
        {
            score -= 0.3; // different things named, unless the rest of the clause says otherwise
        }

        if (a.Signature.Extent.Length > 0 && a.Signature.Extent == b.Signature.Extent)
        {
            score += 0.4; // the same extent measured, as strong as the same head: a story rarely gives two things' depths
        }

        if (a.Signature.Predicates.Overlaps(b.Signature.Predicates))
        {
            score += 0.3; // the same act
        }

        if (a.Frame is not null && a.Frame == b.Frame)
        {
            score += 0.3; // the same event, however worded
        }

        return score;
    }

    // Outlets that misreport one figure differ by a few times at most ("four tonnes" and "900 kilograms"); figures many
    // times apart ("four firefighters" hurt, "600 firefighters" at the scene) are of different things, whatever their
    // clauses share. This weaker evidence of one measure does not reach that far.
    public static bool FarApart(FactValue a, FactValue b) =>
        a.Stated is { } x && b.Stated is { } y && x > 0 && y > 0 && Math.Max(x, y) / Math.Min(x, y) > MaxRatio;

    /// <summary>How many times apart two figures may be and still be aligned as one misreported figure (set on dev).</summary>
    private const double MaxRatio = 5;

    // Shared words as a share of both sentences' words, each word weighted by its rarity in the story (a cosine of
    // binary vectors): the story's names and places, in every sentence, count for little.
    private static double Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b, IReadOnlyDictionary<string, double> weights)
    {
        double Weight(string w) => weights.GetValueOrDefault(w, 0);
        var shared = a.Where(b.Contains).Sum(w => Weight(w) * Weight(w));
        var norm = Math.Sqrt(a.Sum(w => Weight(w) * Weight(w)) * b.Sum(w => Weight(w) * Weight(w)));
        return norm > 0 ? shared / norm : 0;
    }
}

/// <summary>How rare each context word is in a story: the log inverse share of the story's sentences that hold it.</summary>
internal static class WordWeights
{
    public static Dictionary<string, double> Of(IEnumerable<Fact> story)
    {
        var sentences = story.GroupBy(f => (f.SourceId, f.SentenceIndex)).Select(g => g.First().Context).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in sentences.SelectMany(s => s))
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        return counts.ToDictionary(c => c.Key, c => Math.Log((1.0 + sentences.Count) / c.Value), StringComparer.Ordinal);
    }
}
