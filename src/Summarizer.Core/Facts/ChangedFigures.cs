using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// A later report that moves a figure on in its own clause ("the number of families moved out has risen to 31", "the
/// petition has now passed 2,000 names", "had fallen to 23 by Sunday") updates the figure earlier reports gave of the same
/// thing, even where the two are worded too differently for the aligner to join them ("Twenty-three families have been
/// moved", "more than 1,200 people had signed"). News tells a change over time this way: a later piece names the measure
/// again and says where it has moved to. Such a pair is shown as an update with the newer source, so the older figure is
/// marked as earlier wherever the brief states it, not left standing as current.
/// </summary>
internal static class ChangedFigures
{
    // Content words the two sentences must share to be about the same measure; a change with no direction ("now
    // stands at") says less about which figure it moves, so it must share more.
    private const int SharedContext = 2;
    private const int SharedContextWithoutDirection = 3;

    public static IReadOnlyList<AlignedGroup> Find(IReadOnlyList<SourceFacts> sources, IReadOnlyList<AlignedGroup> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(groups);

        // Facts already shown as a conflict or an update keep their group: a planted disagreement is never re-labelled here.
        var taken = groups.Where(g => g.Label is AlignmentLabel.Disagree or AlignmentLabel.Update)
            .SelectMany(g => g.Facts).ToHashSet<Fact>(ReferenceEqualityComparer.Instance);
        var newest = groups.Where(g => g.Label == AlignmentLabel.Update).SelectMany(g => g.Versions.Where(v => v.Later).SelectMany(v => v.Facts))
            .ToHashSet<Fact>(ReferenceEqualityComparer.Instance);
        var groupOf = new Dictionary<Fact, AlignedGroup>(ReferenceEqualityComparer.Instance);
        foreach (var group in groups.Where(g => g.Label is AlignmentLabel.Agree or AlignmentLabel.MorePrecise))
        {
            foreach (var fact in group.Facts)
            {
                groupOf.TryAdd(fact, group);
            }
        }

        var dated = sources.Where(s => s.When is not null).OrderBy(s => s.SourceId).ToList();
        var found = new List<AlignedGroup>();
        foreach (var later in dated)
        {
            foreach (var moved in later.Facts.Where(f => f.MovedTo is not null && Figure(f) && !taken.Contains(f)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var earlier = dated.Where(s => later.PlainlyLaterThan(s))
                    .Select(s => Closest(s, moved, taken, newest))
                    .OfType<Fact>()
                    .ToList();
                if (earlier.Count == 0)
                {
                    continue;
                }

                var earlierSources = earlier.Select(f => f.SourceId).ToHashSet();
                var earlierOnes = dated.Where(s => earlierSources.Contains(s.SourceId)).ToList();

                // Earlier sources that give the same earlier figure in their own words are cited (and marked) with it.
                var earlierFacts = earlier
                    .SelectMany(e => groupOf.TryGetValue(e, out var g) ? g.Facts.Where(f => PublishedBefore(f, later, dated) && f.Value.Compatible(e.Value) && !taken.Contains(f)).Append(e) : [e])
                    .Distinct<Fact>(ReferenceEqualityComparer.Instance)
                    .ToList();
                var earlierIds = earlierFacts.Select(f => f.SourceId).ToHashSet();

                // Other sources after every earlier one that give the newer figure of the same measure are its sources too.
                var laterFacts = dated.Where(s => s.SourceId != later.SourceId && !earlierIds.Contains(s.SourceId) && earlierOnes.All(s.PlainlyLaterThan))
                    .SelectMany(s => s.Facts.Where(f => Figure(f) && !taken.Contains(f) && f.Value.Unit == moved.Value.Unit && f.Value.Kind == moved.Value.Kind
                        && f.Value.SameAs(moved.Value) && (SameGroup(f, moved, groupOf) || FactMatching.SharedContext(f, moved) >= SharedContext)))
                    .Prepend(moved)
                    .ToList();

                var versions = earlierFacts.GroupBy(f => earlierFacts.FindIndex(g => g.Value.SameAs(f.Value)))
                    .Select(g => new FactVersion([.. g]))
                    .Append(new FactVersion(laterFacts, Later: true))
                    .ToList();
                found.Add(new AlignedGroup(AlignmentLabel.Update, FactAligner.Topic(moved), versions));
                taken.UnionWith(earlierFacts);
                taken.UnionWith(laterFacts);
            }
        }

        return found;
    }

    // An asserted count, sum, share or quantity with its number read: what a change can move.
    private static bool StatedFigure(Fact fact) =>
        fact.Value.Kind is ValueKind.Count or ValueKind.Money or ValueKind.Percent or ValueKind.Quantity
        && fact.Mood == FactMood.Asserted && fact.Value.Stated is not null;

    // The figure a change moves to is no cap ("up to 40" bounds, it does not report).
    private static bool Figure(Fact fact) => StatedFigure(fact) && !fact.Value.IsCap;

    private static bool PublishedBefore(Fact fact, SourceFacts later, List<SourceFacts> dated) =>
        dated.FirstOrDefault(s => s.SourceId == fact.SourceId) is { } source && later.PlainlyLaterThan(source);

    private static bool SameGroup(Fact a, Fact b, Dictionary<Fact, AlignedGroup> groupOf) =>
        groupOf.TryGetValue(a, out var x) && groupOf.TryGetValue(b, out var y) && ReferenceEquals(x, y);

    // The one figure of an earlier source that the change moves on from: of the same kind and unit, on the side the change
    // comes from ("has risen to 31" leaves a smaller figure behind), of no other event, of the thing the change's clause
    // names, and about the same measure by the words the two sentences share (a sum "each" or "a year" is another measure
    // than a total). A figure already shown as the newer value of an update may be moved on again (64, then 87, then
    // 112). Two equally close figures leave the source out: which one moved is not told.
    private static Fact? Closest(SourceFacts source, Fact moved, HashSet<Fact> taken, HashSet<Fact> newest)
    {
        var candidates = source.Facts
            .Where(f => Earlier(f) && (!taken.Contains(f) || newest.Contains(f)) && f.Value.Kind == moved.Value.Kind && f.Value.Unit == moved.Value.Unit
                && !(f.Frame is not null && moved.Frame is not null && f.Frame != moved.Frame)
                && !Settled(f.Signature).OtherMeasure(Settled(moved.Signature)) && !(f.Value.Kind == ValueKind.Money && f.Measure != moved.Measure)
                && !(f.Measure.Length > 0 && People(moved.Measure) && !People(f.Measure) && !(Signed(f) && Signed(moved)))
                && Behind(f, moved) && HeadNamed(f, moved))
            .Select(f => (Fact: f, Shared: FactMatching.SharedContext(f, moved)))
            .Where(c => About(c.Fact, moved, c.Shared))
            .OrderByDescending(c => c.Shared)
            .ToList();
        return candidates.Count == 0 || (candidates.Count > 1 && candidates[1].Shared == candidates[0].Shared && !candidates[1].Fact.Value.SameAs(candidates[0].Fact.Value))
            ? null
            : candidates[0].Fact;
    }

    // "2,300 bags were still waiting" and "the backlog had fallen to 280 bags" measure one state at two hours: a state
    // still held is the figure a change moves on from, not another measure.
    private static MeasureSignature Settled(MeasureSignature signature) =>
        signature.Modifier == SignatureReader.StillHeldModifier ? signature with { Modifier = "" } : signature;

    // Whether a measure counts people or their homes ("families", "households"). A change that counts people moves no
    // count of things: the passengers still waiting for their bags are not the bags. (Things may stand for people: the
    // names on a petition are the people who signed it.)
    private static bool People(string measure) => measure is MeasureClasses.Persons or MeasureClasses.Households or MeasureClasses.Families or MeasureClasses.Dwellings;

    // An earlier figure may be a bound ("the loss of up to 85 jobs", "more than 1,200 people had signed"): a change moves on
    // from whatever was reported. A bare number that measures nothing read is no figure of a measure, unless its own clause
    // moves it ("cases now number 19": a step of a chain of reports).
    private static bool Earlier(Fact fact) =>
        StatedFigure(fact) && (fact.Measure.Length > 0 || fact.Frame is not null || fact.MovedTo is not null);

    // A figure that counts a named thing ("three bottled water stations") is what the change moves only when the change's
    // clause names that thing too ("the number of stations has risen to 5"), or the newer figure counts it. A home and the
    // household in it are one unit that news counts by either word ("Residents of 14 homes were evacuated" / "the number of
    // households evacuated has gone up from 14 to 22"), so either noun names the other's head.
    // A petition or a letter is counted by its signatures, its names or the people who signed it ("had gathered 2,300
    // signatures", "now stands at 3,150 names", "has now been signed by 9,400 people"): one count in three wordings.
    private static bool HeadNamed(Fact earlier, Fact moved) =>
        !earlier.Signature.NamesHead || earlier.Signature.Head == moved.Signature.Head || (Dwelling(earlier.Signature.Head) && Dwelling(moved.Signature.Head))
        || (Signed(earlier) && Signed(moved))
        || moved.ChangeClause.Select(Stemmer.Porter.Stem).Any(w => w == earlier.Signature.Head || (Dwelling(earlier.Signature.Head) && Dwelling(w)));

    // A count of signatures or names, or of people told as signing in the figure's sentence.
    private static bool Signed(Fact fact) =>
        SignatureHeads.Contains(fact.Signature.Head) || (fact.Measure == MeasureClasses.Persons && fact.Context.Contains(SignedStem));

    private static readonly FrozenSet<string> SignatureHeads = FrozenSet.ToFrozenSet(
        new[] { "signature", "signatory", "signatories", "name" }.Select(Stemmer.Porter.Stem), StringComparer.Ordinal);

    private static readonly string SignedStem = Stemmer.Inflections.Stem("signed");

    // A head (a stem) that counts homes or the households in them; no head of any other class.
    private static bool Dwelling(string head) =>
        head.Length > 0 && MeasureClasses.Knows(head) && MeasureClasses.Broad(MeasureClasses.Of(head)) == MeasureClasses.Dwellings;

    // The sentences share what they are about: two content words, or one the change's own clause names when it says which
    // way the figure moved ("more than 1,200 people had signed an online petition" / "The petition has now passed 2,000
    // names", neither framed apart). A change with no direction ("now stands at") says less of which figure it moves, so it
    // needs more.
    private static bool About(Fact earlier, Fact moved, int shared)
    {
        var inClause = moved.ChangeClause.Select(w => Stemmer.Inflections.Stem(w)).Count(earlier.Context.Contains);
        if (moved.MovedTo == 0)
        {
            // Nor may it count another named thing ("two alarms" against "four freezers").
            var otherHead = earlier.Signature.NamesHead && moved.Signature.NamesHead && earlier.Signature.Head != moved.Signature.Head;
            return shared >= SharedContextWithoutDirection && inClause >= 1 && !otherHead;
        }

        // One shared word is enough only when neither figure is framed as another event's ("a £3,200 fee").
        return shared >= SharedContext || (inClause >= 1 && earlier.Frame == moved.Frame);
    }

    // The earlier figure lies on the side the change moved away from, as stated ("more than 1,200" before "has now passed
    // 2,000"); a change with no direction needs only another figure.
    private static bool Behind(Fact earlier, Fact moved) =>
        earlier.Value.Stated is { } then && moved.Value.Stated is { } now && (moved.MovedTo switch
        {
            > 0 => then < now,
            < 0 => then > now,
            _ => !earlier.Value.Compatible(moved.Value),
        });
}
