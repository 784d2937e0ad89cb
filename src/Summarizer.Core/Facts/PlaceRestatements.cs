namespace Summarizer.Facts;

/// <summary>
/// Sources that name a disputed place in their lead without an event word ("The stage had been built on the town's
/// Market Square"), or name a disputed site or street under any event word, state the version that names it: a story
/// says early where its event happened, and the name is the statement, whatever verb carries it. Without them such a
/// version cites fewer sources than give it.
/// </summary>
internal static class PlaceRestatements
{
    /// <summary>The sentences, from a source's start, in which its lead tells where the story's event happened.</summary>
    private const int LeadSentences = 3;

    /// <summary>
    /// <paramref name="group"/> with, in the one version whose place it names, each lead place of <paramref name="story"/>
    /// that no event word frames (or each site or street that names a version's site or street), from a source the group
    /// does not hold, and compatible with no other version.
    /// </summary>
    public static AlignedGroup Extend(AlignedGroup group, IEnumerable<Fact> story)
    {
        if (group.Label != AlignmentLabel.Disagree || group.Versions.Any(v => v.Facts.Any(f => f.Value.Kind != ValueKind.Place)))
        {
            return group;
        }

        var held = group.Sources.ToHashSet();
        var added = group.Versions.Select(v => v.Facts.ToList()).ToList();
        foreach (var restated in story.Where(f => Asserted(f) && !held.Contains(f.SourceId)).GroupBy(f => f.SourceId).Select(g => g.OrderBy(f => f.Start)))
        {
            foreach (var fact in restated)
            {
                var naming = group.Versions.Select((v, i) => (v, i)).Where(x => x.v.Facts.Any(f => NameKey.SameName(f.Value.Name, fact.Value.Name))).ToList();
                if (naming is [var only] && (Unframed(fact) || NamedSite(fact, only.v)) && group.Versions.Where((_, i) => i != only.i).All(v => v.Facts.All(f => !f.Value.Compatible(fact.Value)))
                    && !only.v.Facts.Any(f => Trims(fact, f)))
                {
                    added[only.i].Add(fact);
                    break;
                }
            }
        }

        // A new version, not a copy: a version's sources are read from its facts when it is made.
        return group with { Versions = [.. group.Versions.Select((v, i) => new FactVersion(added[i], v.Later))] };
    }

    // A restatement in part of a version's own words ("on the Drovers Road" beside "on the Drovers Road beyond Hollowmead")
    // would cut the version to the words every source holds and hide what places it; its own sources state it in full.
    private static bool Trims(Fact restated, Fact stated) =>
        stated.Text.Length > restated.Text.Length && stated.Text.Contains(restated.Text, StringComparison.OrdinalIgnoreCase);

    // A place the source asserts in its lead with no event word, not where something set out from.
    private static bool Unframed(Fact fact) =>
        Asserted(fact) && fact.Frame is null && fact.SentenceIndex < LeadSentences;

    // A site or street the source names anywhere, whatever word carries it ("the outage started at the Harlowe
    // substation", "on the rocks near the Harbour Inn end of the quay", "the majority will transfer to Larchfield Court"):
    // a source that holds no version yet names one version's site, and no other's, states that version. Only a site or a
    // street: a bare name may be the story's town, which sources name for many things ("rain fell at Port Anselm").
    private static bool NamedSite(Fact fact, FactVersion version) =>
        Asserted(fact) && fact.Value.PlaceHead.Length > 0 && version.Facts.All(f => f.Value.PlaceHead.Length > 0);

    private static bool Asserted(Fact fact) =>
        fact.Value.Kind == ValueKind.Place && fact.Mood == FactMood.Asserted && fact.Relation is not "from";
}
