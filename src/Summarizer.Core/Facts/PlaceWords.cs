using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// The general lexicon of how news names a place: the nouns that finish a place's name, the parts of a place, the grains
/// of street and settlement, and the words a place's name is made of.
/// </summary>
internal static class PlaceWords
{
    /// <summary>
    /// "neighbouring", "nearby": a word before a place's name that only says the place is close to another ("in
    /// neighbouring Harlow", "at a shop in nearby Kelby"), no part of the name.
    /// </summary>
    public static bool SaysNearness(string word) => word is "neighbouring" or "neighboring" or "nearby";

    /// <summary>
    /// "the former Sycamore Ward", "the old Calder Street mill", "the disused Ashbrook gasworks": a word before a site's name
    /// that says what became of the site, no part of its name, so "in the former X Ward" and "in X Ward" name one place.
    /// A general lexicon of how news refers to a site that changed use, not drawn from any story.
    /// </summary>
    public static bool SaysSiteState(string word) =>
        word is "former" or "old" or "new" or "disused" or "derelict" or "abandoned" or "original" or "redeveloped" or "demolished";

    public static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west"],
        StringComparer.Ordinal);

    // Common nouns that finish a place's name ("Dunmere station", "Lauderfeld airport"), among them the landforms and sites
    // that end many local names ("the Harl Sands", "Wrack Bank", "Hobb Fen", "Coldwick Strand", "the Corn Market steps"):
    // after "on" or "along" only a name that says it is a place is read, and these words are how news says so.
    public static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
        [
            "station", "airport", "hall", "cathedral", "church", "plant", "factory", "port", "harbour", "harbor", "bridge",
            "stadium", "square", "street", "road", "park", "centre", "center", "hospital", "school", "court", "site",
            "weather", "mine", "quarry", "terminal", "depot", "camp", "village", "town", "city", "district", "county",
            "province", "region", "valley", "river", "lake", "beach", "coast", "island", "border", "crossing", "junction",
            "lane", "row", "avenue", "works", "estate", "reservoir", "embankment", "allotments", "ridge", "summit",
            "gully", "buttress", "pass", "hill", "moor", "forest", "bay", "headland", "arena", "prison",
            "terrace", "crescent", "drive", "gardens", "parade", "wharf", "quay", "pier", "dock", "marina", "substation",
            "close", "mews", "grove", "wynd", "rise", "weir", "infirmary", "lodge", "hut", "hotel", "inn",
            "point", "ledge", "cove", "gallery", "block", "building", "room", "stand", "entrance", "wing", "crossroads",
            "sands", "bank", "fen", "strand", "marsh", "heath", "common", "steps", "sidings",
            // Paths and seafronts named as streets are: "Undercliff Walk", "Marine Promenade", "the Esplanade".
            "walk", "promenade", "esplanade",
        ],
        StringComparer.Ordinal);

    // Nouns that finish a site's name only after a lowercase word saying what kind of site it is ("Fellhurst golf course",
    // "the Ashby cricket ground", "the Kelby playing fields", "the Brent oil field"): news names such sites by the place
    // they serve and their kind, but alone after a name ("the Kelby course", "of course", "the Kelby field") the noun
    // is seldom a place, so these are read only behind a kind word (PlaceReader's KindAfter).
    public static readonly FrozenSet<string> KindNouns = FrozenSet.ToFrozenSet(
        ["course", "ground", "field", "fields"], StringComparer.Ordinal);

    // Landforms that end many local names of hills, moors and shores ("Ousby Knowe", "Dalgetty Moss", "Gallows Knap",
    // "Blea Crag", "Marrow Head", "Cockle Spit"). As lowercase words most are common words ("head", "gap", "reach",
    // "fell"), so they say the name is a place only as its own capitalised last word, and only where the preposition needs
    // such a word to read a place at all ("on Ousby Knowe", like "on Wrack Bank"; PlaceReader).
    public static readonly FrozenSet<string> Landforms = FrozenSet.ToFrozenSet(
        ["knowe", "knap", "knoll", "moss", "crag", "tor", "fell", "pike", "scar", "carr", "ness", "head", "spit", "gap", "reach",
            "brae", "down", "downs", "wold", "wolds", "tarn", "mere", "holm", "skerry"],
        StringComparer.Ordinal);

    // Nouns that name a part or the surroundings of a place, read with "of" and the place: "on the edge of Thrapley", "in
    // the area of Corran Bridge", "the eastern slope of the Garzo ridge".
    public static readonly FrozenSet<string> Parts = FrozenSet.ToFrozenSet(
        ["area", "edge", "outskirts", "vicinity", "flank", "slope", "side", "foot", "end", "heart", "centre", "center",
            // "near the mouth of Port Varrow harbour", "in the grounds of Ludcombe Manor": where a harbour or river opens, the
            // land a house or hall stands in.
            "mouth", "grounds",
            // "at the top of Abbotsgate", "at the bottom of Mill Brow": the ends of a street or a slope, as its foot is.
            "top", "bottom"],
        StringComparer.Ordinal);

    // Heads that name a street-level place and heads that name a settlement or an area: "on Corvin Street" and "in the town
    // of Halbrook" state one place at two grains, not two places.
    private static readonly FrozenSet<string> StreetNouns = FrozenSet.ToFrozenSet(
        ["street", "road", "lane", "row", "avenue", "square", "junction", "crossing", "bridge", "terrace", "crescent", "drive",
            "gardens", "parade", "close", "mews", "grove", "wynd", "rise", "walk", "promenade", "esplanade"],
        StringComparer.Ordinal);

    // An estate (industrial or housing) is an area that holds streets and sites: "the depot on the Kilnworth estate".
    private static readonly FrozenSet<string> AreaNouns = FrozenSet.ToFrozenSet(
        ["village", "town", "city", "district", "county", "province", "region", "valley", "estate"], StringComparer.Ordinal);

    // Settlements whose possessive opens a place's name: "the town's Market Square", "the city's Castle Park".
    public static readonly FrozenSet<string> Owners = FrozenSet.ToFrozenSet(
        ["town's", "city's", "village's", "county's", "district's", "island's", "region's", "country's", "capital's"], StringComparer.Ordinal);

    // Place nouns that name where two named ways meet.
    public static readonly FrozenSet<string> Meeting = FrozenSet.ToFrozenSet(
        ["junction", "crossing", "corner", "intersection", "crossroads"], StringComparer.Ordinal);

    /// <summary>True when <paramref name="head"/> names a street-level place ("lane", "terrace").</summary>
    public static bool StreetLevel(string head) => StreetNouns.Contains(head);

    /// <summary>
    /// True when the place is a site its own name calls by its kind ("Carrowmore Airport", "the Harlowe substation",
    /// "Millers' Weir"): neither a street nor a settlement or area, and the kind is the name's last word, not a noun of the
    /// sentence that the name only places ("a plant in Harlow").
    /// </summary>
    public static bool NamedSite(string head, string? name) =>
        !StreetNouns.Contains(head) && !AreaNouns.Contains(head) && !Parts.Contains(head) && NamedByKind(head, name);

    /// <summary>
    /// True when the place is told as a part of another ("the centre of Cressbury", "on the edge of Thrapley", "in Haverleigh
    /// town centre"): its head is a noun of <see cref="Parts"/> that its own name does not end in, or ends in right after a
    /// settlement's noun. Any other name that ends in such a noun calls a site by its kind ("Kelmarsh Leisure Centre", "the
    /// Saddler Street centre"), as "Carrowmore Airport" does.
    /// </summary>
    public static bool IsPart(FactValue place) =>
        Parts.Contains(place.PlaceHead)
        && (!NamedByKind(place.PlaceHead, place.Name) || place.Name!.Split(' ') is [.., var before, _] && AreaNouns.Contains(before));

    /// <summary>
    /// True when the place's name ends in its kind ("Stennford Leisure Centre", "Ravensholt Community Hall"): a noun that
    /// can also name a part of a place ("the centre of Cressbury") is the site's kind when its name ends in it.
    /// </summary>
    public static bool NamedByKind(string head, string? name) =>
        head.Length > 0 && name is not null && name.EndsWith(" " + NameKey.Of(head), StringComparison.Ordinal);

    // Nouns that name a part inside a site: "the Hartley Building" of a school, "the North Stand" of a ground.
    private static readonly FrozenSet<string> SiteParts = FrozenSet.ToFrozenSet(
        ["block", "building", "room", "stand", "entrance", "wing"], StringComparer.Ordinal);

    /// <summary>
    /// True when places with these heads are of different grains (a street and a town, a building and the school it stands
    /// in), so neither rules out the other.
    /// </summary>
    public static bool OtherGrain(string headA, string headB) =>
        (StreetNouns.Contains(headA) && AreaNouns.Contains(headB)) || (AreaNouns.Contains(headA) && StreetNouns.Contains(headB))
        || SiteParts.Contains(headA) != SiteParts.Contains(headB);

    /// <summary>
    /// How fine a place is, where its words say: a site placed by the town it is in or near ("a barn outside Trewick",
    /// "a residential street in Larkbridge": the name is the town's), a named street or a road by its number ("on Elm
    /// Row", "on the M47"), or a site named with its kind ("the Harlowe substation", "Hesketh Weir"); null for a bare
    /// name, which may be a town or a site.
    /// </summary>
    public static string? Grain(FactValue place) =>
        place.PlaceSite.Length > 0 ? "site"
        : StreetLevel(place.PlaceHead) || (place.Name ?? "").Any(char.IsDigit) ? "street"
        : NamedSite(place.PlaceHead, place.Name) ? "named site"
        : null;

    /// <summary>True when one place is a stretch between a motorway's junctions and the other a road by its number ("the M47").</summary>
    public static bool StretchOfRoad(string headA, string? nameA, string? nameB) =>
        headA == "junction" && nameA is not null && nameA.StartsWith("junction", StringComparison.Ordinal)
        && nameB is { Length: >= 2 } road && char.IsLetter(road[0]) && road.SkipWhile(char.IsLetter).Any() && road.SkipWhile(char.IsLetter).All(char.IsDigit);

    // A word of a place's name: a name word, a road's number ("the N4", "the A303") or a possessive inside a name
    // ("Tanner's Lane", "St John's Square").
    public static bool PlaceWord(Words words, int k) =>
        NameSpans.IsNameWord(words, k) || RoadNumber(words, k)
        || (words.Capitalized(k) && words[k].EndsWith("'s", StringComparison.Ordinal) && words.Capitalized(k + 1) && NameSpans.IsNameWord(words, k + 1)
            && !words.BreakAfter(k));

    public static bool RoadNumber(Words words, int k) =>
        k >= 0 && k < words.Count && words.Tokens[k].Text is { Length: >= 2 and <= 5 } text && char.IsUpper(text[0])
        && text.Skip(1).SkipWhile(char.IsUpper).Any() && text.Skip(1).SkipWhile(char.IsUpper).All(char.IsDigit);

    /// <summary>The key of the name written in tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static string Key(Words words, int first, int last) =>
        NameKey.Of(string.Join(' ', Enumerable.Range(first, last - first + 1).Select(k => words.Tokens[k].Text)));
}
