using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A conflict between places is between places of one grain. Outlets name the place of an event at several grains in one
/// story ("a ship berthing at Kingsway Quay" and "the port of Ardenmouth"; "in a field near Low Wennick" and "at an
/// inquest in Castlemarsh"), and a pairing may set one outlet's town, port or venue of a later step against another's
/// quay or field. The quay that one outlet names and the quay another names are what they disagree on; the port holds
/// both quays and disagrees with neither. So when one version of a place conflict is of a kind (a quay, a field, a
/// road) the other version is not, and each source of that other version names exactly one place of the kind, a
/// different one, that place is the source's version. A source of that version that names no place of the kind tells
/// the event only at the coarser grain, which holds both versions' places, so it leaves the conflict.
/// </summary>
internal static class SiteGrains
{
    /// <summary>
    /// <paramref name="group"/> with one version's places replaced by its sources' places of the other version's kind, when
    /// exactly one version can be so told at the other's grain; else <paramref name="group"/> itself.
    /// </summary>
    public static AlignedGroup AtOneGrain(AlignedGroup group, IReadOnlyList<Fact> story)
    {
        if (group.Label != AlignmentLabel.Disagree || group.Versions.Count != 2 || group.Facts.Any(f => f.Value.Kind != ValueKind.Place))
        {
            return group;
        }

        var first = Finer(group.Versions[0], group.Versions[1], story);
        var second = Finer(group.Versions[1], group.Versions[0], story);
        return (first, second) switch
        {
            ({ } facts, null) => group with { Versions = [new FactVersion(facts), group.Versions[1]] },
            (null, { } facts) => group with { Versions = [group.Versions[0], new FactVersion(facts)] },
            _ => group,
        };
    }

    // Each of the version's sources' one place of the other version's kind, when every source that names such a place
    // names exactly one, they name the same one, and it is not the other version's place; null otherwise. A source that
    // names none ("in Wexley Bridge" against "on Fellside Road in Wexley Bridge", its own street never named) leaves the
    // version; at least one source must remain.
    private static List<Fact>? Finer(FactVersion version, FactVersion other, IReadOnlyList<Fact> story)
    {
        if (KindOf(other) is not { } kind || version.Facts.Any(f => Kind(f) == kind))
        {
            return null;
        }

        var goal = other.First.Frame == EventFrames.TakenTo;
        var found = new List<Fact>();
        foreach (var source in version.Sources)
        {
            var named = story.Where(f => f.SourceId == source && f.Value.Kind == ValueKind.Place && f.Mood == FactMood.Asserted
                    && f.Relation != "from" && f.Frame != EventFrames.Said && (f.Frame == EventFrames.TakenTo) == goal && Kind(f) == kind)
                .ToList();
            if (named.Count == 0)
            {
                continue;
            }

            if (named.Select(f => f.Value.Name).Distinct(StringComparer.Ordinal).Count() != 1
                || named.Any(f => other.Facts.Any(o => o.Value.Compatible(f.Value))))
            {
                return null;
            }

            found.Add(named.MinBy(f => f.Start)!);
        }

        return found.Count > 0 && found.All(f => f.Value.Compatible(found[0].Value)) ? found : null;
    }

    // The kind of site every place of the version names (Kind), or null when they differ or one has none. A street's kind
    // of way is its kind: "Kelby Road" is no rival of "Market Square", which a march may cross on its way from one to
    // the other.
    private static string? KindOf(FactVersion version) =>
        version.Facts.Select(Kind).Distinct(StringComparer.Ordinal).ToList() is [{ } only] ? only : null;

    // The place's kind (PlaceKinds.Of), with the nouns that end the names of one kind of place taken as one kind. The noun
    // in "Millstone Lane" or "Kelsey Strand" is part of a name given long ago, not a word the outlet chose: a lane and a
    // road are both a way houses stand on, a strand and a bay's beach both a shore that wreckage washes onto, so two
    // outlets that name a different one disagree about one place. A square, a junction or a bridge is where ways meet or
    // cross, another kind.
    private static string? Kind(Fact fact) => PlaceKinds.Of(fact) switch
    {
        "street" or "road" or "lane" or "avenue" or "row" or "terrace" or "crescent" or "drive" or "close" or "mews" or "grove"
            or "wynd" or "rise" or "parade" => "way",
        "beach" or "strand" or "sands" or "bay" or "cove" => "shore",
        var kind => kind,
    };
}
