namespace Summarizer.Facts;

/// <summary>
/// In a conflict between named sites ("at Ashcombe Magistrates' Court" against "at Kesterbury Crown Court"), a bare name
/// that is only the town one site is named after ("was fined at Ashcombe") says which town, not which site. It is left
/// out of that site's version, so the version is shown by the site's name rather than cut to the town's words, which
/// would hide what the sources dispute.
/// </summary>
internal static class SiteTowns
{
    /// <summary><paramref name="buckets"/> (the versions of one place conflict) without the bare towns of their named sites.</summary>
    public static List<List<Fact>> Without(List<List<Fact>> buckets)
    {
        if (buckets.Count < 2 || !buckets.All(b => b.Any(NamedSite)))
        {
            return buckets;
        }

        return [.. buckets.Select(b => b.Where(f => !TownOfSite(f, b)).ToList())];
    }

    private static bool NamedSite(Fact fact) => PlaceWords.Grain(fact.Value) == "named site";

    // A name with no kind ("at Ashcombe") that a named site of the same version holds in its own name.
    private static bool TownOfSite(Fact fact, List<Fact> version) =>
        fact.Value.PlaceHead.Length == 0 && fact.Value.PlaceSite.Length == 0
        && version.Any(s => NamedSite(s) && NameKey.SameName(fact.Value.Name, s.Value.Name));
}
