namespace Summarizer.Facts;

/// <summary>
/// Which versions of a place group can be rival versions of one place. Two places one outlet gives for one frame of the
/// story are both true in its telling (the festival and the point off which a mast broke, the distillery and the village
/// near it): an outlet does not report a place and its rival as one event's setting, so versions that share a source are
/// two things, or one thing at two grains, and each is aligned apart, agreed among its own sources. And a town told after
/// "in" ("in Ostleigh", "the car park in Ostleigh") set against streets and named sites ("on Fellmonger Street") is the
/// coarser grain that may hold them, as <see cref="FactMatching.OfOneGrain"/> reads one pair: it sides with no version
/// and is aligned apart; so is a bare name told after "at" that no place follows ("a lock on the canal at Adderholt"),
/// or that the story elsewhere puts something "in", as news names villages and towns. And a place people were moved to
/// ("diverted to Kelbarrow Royal Hospital") set against a place where an outlet that itself tells that move puts the
/// event ("operations were called off at Calverleigh General Hospital ... patients were moved to Kelbarrow Royal
/// Hospital") is the destination slot, not a rival of the event's place: that outlet agrees on where people went.
/// </summary>
internal static class PlaceSides
{
    /// <summary>
    /// <paramref name="members"/> as one part; or, when they are places and a source stands in two of
    /// <paramref name="versions"/> (the group's buckets of compatible values), each version as a part of its own; or,
    /// when one version is told only as a town and every other version names a street or a named site, that
    /// version apart from the rest.
    /// </summary>
    public static IReadOnlyList<List<Fact>> Apart(List<Fact> members, List<List<Fact>> versions, IReadOnlyCollection<Fact>? story = null)
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

        var inTowns = story is null ? [] : InTowns(story);
        var towns = versions.Where(v => v.All(f => Town(f, inTowns))).ToList();
        if (towns.Count == 1 && versions.Where(v => !ReferenceEquals(v, towns[0])).All(v => v.All(Finer)))
        {
            return [towns[0], [.. members.Where(f => !towns[0].Contains(f))]];
        }

        if (story is not null && Destinations(versions, story) is { } apart)
        {
            return apart;
        }

        return [members];
    }

    /// <summary>
    /// Names the story puts something "in" with no kind of their own ("homes in Culverdean"): towns, so a bare "at" one of
    /// them is a town too.
    /// </summary>
    public static HashSet<string> InTowns(IEnumerable<Fact> story) =>
        story.Where(f => f.Value.Kind == ValueKind.Place && f.Relation == "in" && PlaceWords.Grain(f.Value) is null)
            .Select(f => f.Value.Name).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when a place is a bare name told after "at" with no place after it, one the story elsewhere puts something
    /// "in" ("bottled water was handed out at Culverdean" beside "homes in Culverdean"): the town, as a bare "in" one is.
    /// </summary>
    public static bool AtTown(Fact place, HashSet<string> inTowns) =>
        place.Value.Kind == ValueKind.Place && place.Relation == "at" && place.Measure.Length == 0 && Unplaced(place)
        && place.Value.Name is { } name && inTowns.Contains(name)
        && PlaceWords.Grain(place.Value) is null && !PlaceWords.Parts.Contains(place.Value.PlaceHead);

    // A version told only as where people were moved to ("to X"), against versions each told by an outlet that gives that
    // same place as a destination in a fact of its own: the others are the places they were moved from, each aligned
    // apart.
    private static List<List<Fact>>? Destinations(List<List<Fact>> versions, IReadOnlyCollection<Fact> story)
    {
        var moved = versions.Where(v => v.All(f => f.Relation == PlaceReader.Destination)).ToList();
        if (moved.Count != 1)
        {
            return null;
        }

        var to = moved[0][0].Value;
        var others = versions.Where(v => !ReferenceEquals(v, moved[0])).ToList();
        var sources = others.Select(v => v.Select(f => f.SourceId).ToHashSet()).ToList();
        foreach (var fact in story)
        {
            if (fact.Relation == PlaceReader.Destination && fact.Value.Kind == ValueKind.Place && fact.Value.SameAs(to))
            {
                sources.RemoveAll(s => s.Contains(fact.SourceId));
            }
        }

        return sources.Count == 0 && others.All(v => v.All(f => f.Relation != PlaceReader.Destination)) ? versions : null;
    }

    // A name told after "in" that says no kind of its own ("in Ostleigh", "the car park in Ostleigh": the name is the
    // town's, the noun before it the site's), or after "at" when no place follows it or the story puts something "in" it
    // elsewhere ("a lock at Adderholt"; "at Rosemount House in Skelby" is a site in a town): the town or area a street or
    // a named site may lie in.
    private static bool Town(Fact place, HashSet<string> inTowns) =>
        (place.Relation == "in" || (place.Relation == "at" && (Unplaced(place) || (place.Value.Name is { } name && inTowns.Contains(name)))))
        && PlaceWords.Grain(place.Value) is null && !PlaceWords.Parts.Contains(place.Value.PlaceHead);

    // "at" and a name with no place after it ("at Treveth", not "at Rosemount House in Skelby"): a name the sentence places
    // by a town is a site in that town, one it leaves unplaced is read, as news names villages and towns, as the town.
    private static bool Unplaced(Fact place) =>
        !place.Text.Contains(" in ", StringComparison.Ordinal) && !place.Text.Contains(" on ", StringComparison.Ordinal)
        && !place.Text.Contains(" near ", StringComparison.Ordinal) && !place.Text.Contains(',', StringComparison.Ordinal);

    // A street or a site its own name calls by its kind ("on Fellmonger Street", "at Cawdell General Hospital"): finer than
    // a town. A common noun placed by a name ("at a ceremony in Port Aldine", "the mountain town of Castel Serra") is told
    // by its town, of one grain with "in X".
    private static bool Finer(Fact place) => PlaceWords.Grain(place.Value) is "street" or "named site";
}
