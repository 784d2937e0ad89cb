using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The general words news puts for a thing its report names ("the weapon" for a rifle, "the boat" for a narrowboat,
/// "the vehicle" for a van). One way only: a claim's general word is said by a passage's word of that kind, while a
/// claim's specific word is said by neither another of its kind ("a shotgun" for "a rifle") nor the general word ("a
/// pistol" for "the weapon"). General English, not drawn from any story.
/// </summary>
internal static class GeneralTerms
{
    private static readonly (string[] General, string[] Kinds)[] Terms =
    [
        (["weapon", "weapons"], ["gun", "guns", "shotgun", "rifle", "pistol", "handgun", "revolver", "firearm", "firearms", "knife", "knives", "machete", "crossbow"]),
        (["firearm", "firearms", "gun", "guns"], ["shotgun", "rifle", "pistol", "handgun", "revolver"]),
        (["boat", "boats", "vessel", "vessels", "craft"], ["boat", "narrowboat", "ship", "ferry", "yacht", "dinghy", "trawler", "barge", "lifeboat", "canoe", "kayak", "tug", "tugboat", "catamaran", "houseboat", "cruiser"]),
        (["vehicle", "vehicles"], ["car", "cars", "van", "vans", "lorry", "lorries", "truck", "trucks", "bus", "buses", "coach", "tram", "tractor", "motorcycle", "motorbike", "minibus", "taxi", "ambulance"]),
        (["animal", "animals"], ["dog", "cat", "horse", "cow", "cows", "cattle", "bull", "sheep", "pig", "pigs", "deer", "fox", "leopard", "lion", "tiger", "bear", "wolf", "calf", "calves"]),
        (["livestock"], ["cattle", "cow", "cows", "sheep", "pig", "pigs", "calf", "calves", "hen", "hens", "chicken", "chickens", "poultry", "goat", "goats"]),
        (["bird", "birds"], ["hen", "hens", "chicken", "chickens", "goose", "geese", "duck", "ducks", "swan", "swans", "gull", "gulls", "poultry", "turkey", "turkeys"]),
    ];

    // The stem of each general word, with the stems of the words that are of its kind.
    private static readonly FrozenDictionary<string, HashSet<string>> KindsByGeneral = Build();

    /// <summary>Whether <paramref name="word"/> is a general word that one of <paramref name="passage"/>'s words names a kind of.</summary>
    public static bool IsSaidBy(Word word, IEnumerable<Word> passage) =>
        KindsByGeneral.TryGetValue(word.Stem, out var kinds) && passage.Any(w => w.IsLetters && kinds.Contains(w.Stem));

    /// <summary>
    /// Whether <paramref name="word"/> names one kind of thing where <paramref name="passage"/> names another of the same
    /// general word and never this one: "a shotgun" is not what "two shots from a rifle" says, though "shot" starts it.
    /// </summary>
    public static bool NamesAnotherKind(Word word, IReadOnlyCollection<Word> passage) =>
        !IsSaidBy(word, passage)
        && !passage.Any(w => w.Stem == word.Stem)
        && KindsByGeneral.Values.Any(kinds => kinds.Contains(word.Stem) && passage.Any(w => w.IsLetters && w.Stem != word.Stem && kinds.Contains(w.Stem)));

    private static FrozenDictionary<string, HashSet<string>> Build()
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (general, kinds) in Terms)
        {
            foreach (var g in general.Select(Stem))
            {
                if (!result.TryGetValue(g, out var set))
                {
                    result[g] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(kinds.Select(Stem));
            }
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Stem(string word) => Stemmer.Stem(WordScanner.Fold(word));
}
