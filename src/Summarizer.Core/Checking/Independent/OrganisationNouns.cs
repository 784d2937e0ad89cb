using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The nouns news uses to refer back to an organisation it has named ("the company", "the bank", "the council"), and the
/// kinds each general one covers: "the company" may mean a bank or an airline the report named, "the bank" never an
/// airline. General English news vocabulary, written without any story in view.
/// </summary>
internal static class OrganisationNouns
{
    private static readonly string[] Businesses =
    [
        "company", "firm", "business", "group", "bank", "lender", "insurer", "airline", "carrier", "operator", "retailer",
        "chain", "supermarket", "brewer", "brewery", "distillery", "developer", "housebuilder", "builder", "manufacturer",
        "maker", "carmaker", "supplier", "provider", "utility", "producer", "publisher", "broadcaster", "contractor",
        "startup", "consultancy", "club",
    ];

    private static readonly string[] Bodies =
    [
        "organisation", "organization", "body", "group", "charity", "trust", "association", "society", "union", "campaign",
        "club", "council", "authority", "agency", "board", "committee", "department", "ministry", "service", "force",
        "museum", "university", "college", "school", "hospital", "diocese", "church", "party", "federation", "league",
    ];

    // Each general noun with the nouns it covers; a specific noun covers itself only.
    private static readonly FrozenDictionary<string, FrozenSet<string>> KindsByNoun = Build(
        (["company", "firm", "business"], Businesses),
        (["group"], [.. Businesses, .. Bodies]),
        (["organisation", "organization", "body"], [.. Businesses, .. Bodies]));

    /// <summary>Whether <paramref name="stem"/> is a noun news refers back to an organisation by.</summary>
    public static bool IsOne(string stem) => KindsByNoun.ContainsKey(stem);

    /// <summary>The stems of the nouns an organisation may be labelled with for <paramref name="stem"/> to mean it; empty for any other word.</summary>
    public static IReadOnlySet<string> KindsOf(string stem) =>
        KindsByNoun.TryGetValue(stem, out var kinds) ? kinds : FrozenSet<string>.Empty;

    private static FrozenDictionary<string, FrozenSet<string>> Build(params (string[] General, string[] Kinds)[] terms)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var noun in Businesses.Concat(Bodies))
        {
            result[Stem(noun)] = [Stem(noun)];
        }

        foreach (var (general, kinds) in terms)
        {
            foreach (var g in general)
            {
                result[Stem(g)].UnionWith(kinds.Select(Stem));
            }
        }

        return result.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    private static string Stem(string word) => Stemmer.Stem(WordScanner.Fold(word));
}
