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
    /// another version. <paramref name="factsOf"/> gives a source's facts by its id (null when unknown).
    /// </summary>
    public static bool Any(IReadOnlyList<List<Fact>> versions, Func<int, IReadOnlyList<Fact>?> factsOf) =>
        versions.Any(v => versions.Any(o => !ReferenceEquals(o, v) && Names(v, o, factsOf)));

    private static bool Names(List<Fact> version, List<Fact> other, Func<int, IReadOnlyList<Fact>?> factsOf) =>
        version.Any(f => factsOf(f.SourceId)?.Any(g =>
            g.SentenceIndex == f.SentenceIndex && g.Value.Kind == ValueKind.Place && g.Mood == FactMood.Asserted && !ReferenceEquals(g, f)
            && other.Any(o => NameKey.SameName(o.Value.Name, g.Value.Name))) == true);
}
