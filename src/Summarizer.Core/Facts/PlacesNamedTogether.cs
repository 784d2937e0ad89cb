namespace Summarizer.Facts;

/// <summary>
/// Places one sentence names together are not two versions of where something happened: "sent to the Kestrel Bridge
/// along Ring Road" and "a detour over the Kestrel Bridge" tell one route. A source that names both places in the
/// sentence it was read from cannot be on one side of a conflict between them, unless it denies one ("at Brinmoor, not
/// at Harlowe as first reported").
/// </summary>
internal static class PlacesNamedTogether
{
    /// <summary>
    /// True when a source of any of <paramref name="versions"/> names, in the sentence its fact was read from, a place of
    /// another version. <paramref name="factsOf"/> gives a source's facts by its id (null when unknown). With
    /// <paramref name="wholeName"/> the place must be named in full: a town whose name begins a site's ("at Coldmere" and
    /// "Coldmere General Hospital") is another place.
    /// </summary>
    public static bool Any(IReadOnlyList<List<Fact>> versions, Func<int, IReadOnlyList<Fact>?> factsOf, bool wholeName = false) =>
        versions.Any(v => versions.Any(o => !ReferenceEquals(o, v) && Names(v, o, factsOf, wholeName)));

    private static bool Names(List<Fact> version, List<Fact> other, Func<int, IReadOnlyList<Fact>?> factsOf, bool wholeName) =>
        version.Any(f => factsOf(f.SourceId)?.Any(g =>
            g.SentenceIndex == f.SentenceIndex && g.Value.Kind == ValueKind.Place && g.Mood == FactMood.Asserted && !ReferenceEquals(g, f)
            && other.Any(o => wholeName ? o.Value.Name is { Length: > 0 } name && name == g.Value.Name : NameKey.SameName(o.Value.Name, g.Value.Name))) == true);
}
