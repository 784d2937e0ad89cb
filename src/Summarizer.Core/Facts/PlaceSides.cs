namespace Summarizer.Facts;

/// <summary>
/// Which versions of a place group can be rival versions of one place. Two places one outlet gives for one frame of the
/// story are both true in its telling (the festival and the point off which a mast broke, the distillery and the village
/// near it): an outlet does not report a place and its rival as one event's setting, so versions that share a source are
/// two things, or one thing at two grains, and each is aligned apart, agreed among its own sources. And a town told after
/// "in" ("in Ostleigh", "the car park in Ostleigh") set against streets and named sites ("on Fellmonger Street") is the
/// coarser grain that may hold them, as <see cref="FactMatching.OfOneGrain"/> reads one pair: it sides with no version
/// and is aligned apart.
/// </summary>
internal static class PlaceSides
{
    /// <summary>
    /// <paramref name="members"/> as one part; or, when they are places and a source stands in two of
    /// <paramref name="versions"/> (the group's buckets of compatible values), each version as a part of its own; or,
    /// when one version is told only as a town and every other version names a street or a named site, that
    /// version apart from the rest.
    /// </summary>
    public static IReadOnlyList<List<Fact>> Apart(List<Fact> members, List<List<Fact>> versions)
    {
        if (members.Count == 0 || members[0].Value.Kind != ValueKind.Place || versions.Count < 2)
        {
            return [members];
        }

        var sides = versions.SelectMany(v => v.Select(f => f.SourceId).Distinct()).ToList();
        if (sides.Count != sides.Distinct().Count())
        {
            return versions;
        }

        var towns = versions.Where(v => v.All(Town)).ToList();
        if (towns.Count == 1 && versions.Where(v => !ReferenceEquals(v, towns[0])).All(v => v.All(Finer)))
        {
            return [towns[0], [.. members.Where(f => !towns[0].Contains(f))]];
        }

        return [members];
    }

    // A name told after "in" that says no kind of its own ("in Ostleigh", "the car park in Ostleigh": the name is the
    // town's, the noun before it the site's): the town or area a street or a named site may lie in.
    private static bool Town(Fact place) =>
        place.Relation == "in" && PlaceWords.Grain(place.Value) is null && !PlaceWords.Parts.Contains(place.Value.PlaceHead);

    // A street or a site its own name calls by its kind ("on Fellmonger Street", "at Cawdell General Hospital"): finer than
    // a town. A common noun placed by a name ("at a ceremony in Port Aldine", "the mountain town of Castel Serra") is told
    // by its town, of one grain with "in X".
    private static bool Finer(Fact place) => PlaceWords.Grain(place.Value) is "street" or "named site";
}
