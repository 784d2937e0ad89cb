namespace Summarizer.Facts;

/// <summary>
/// A place a sentence puts its event at: the relation ("near", "outside", "north of") and the place's name. Around: the
/// keys of the places the sentence says it lies in or near ("Kell Hall in Ordsby", "Carden Street, Welbury"), which
/// state the same place at a coarser grain.
/// </summary>
internal sealed record PlaceSpan(string Relation, int First, int Last, string NameKey, string Head)
{
    public IReadOnlyList<string> Around { get; init; } = [];

    /// <summary>The common noun of a site placed by the name ("barn" in "in a barn outside Trewick"); else "".</summary>
    public string Site { get; init; } = "";
}
