using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Verbs (and their nouns) that outlets use in place of one another for the same kind of act, so two clauses that tell
/// one act in different verbs ("discovered the leak" / "spotted water on the wall", "heads the inquiry" / "the team,
/// chaired by") still share the act's word. General news vocabulary for acts whose doer a story names, written as
/// plain English synonym sets, not taken from any one story: finding something (also finding out who or what it is:
/// "identified the van" / "traced the van"), leading or being in charge of
/// something, deciding on or approving something, talking someone round, pulling someone free,
/// apologising, tracing a link between things ("linked the cases" / "connected the cases"), bringing a proposal before a
/// body ("tabled the proposal" / "presented the plan" / "a motion from"), halting a service ("ordered the pause" /
/// "the service was halted by"), buying something ("was bought by" / "the winning bid came from"), passing sentence
/// ("the judge sentenced him" / "the recorder jailed him"), and taking charge
/// of something, told only by a noun ("took caretaker charge" / "was put in temporary charge").
/// </summary>
internal static class ActSenses
{
    // Each set names one kind of act; its words are stemmed as the clause words are.
    private static readonly string[][] Sets =
    [
        ["discover", "discovered", "discovery", "find", "found", "spot", "spotted", "notice", "noticed", "detect", "detected", "identify", "identified",
         "trace", "traced", "uncover", "uncovered"],
        ["lead", "led", "leads", "leading", "head", "headed", "heading", "chair", "chaired", "chairs", "oversee", "oversaw", "overseen", "oversees"],
        ["approve", "approved", "approval", "decide", "decided", "decision"],
        ["persuade", "persuaded", "coax", "coaxed", "convince", "convinced"],
        ["rescue", "rescued", "pull", "pulled", "drag", "dragged", "haul", "hauled"],
        ["apologise", "apologised", "apologize", "apologized", "apology", "apologies"],
        ["link", "linked", "links", "connect", "connected", "connection"],
        ["propose", "proposed", "proposal", "table", "tabled", "motion", "present", "presented"],
        ["halt", "halted", "pause", "paused"],
        ["buy", "bought", "purchase", "purchased", "bid"],
        ["sentence", "sentenced", "jail", "jailed"],
    ];

    private static readonly FrozenDictionary<string, string> SenseOf = Sets
        .SelectMany(set => set.Select(word => (Stem: Stemmer.Inflections.Stem(word), Sense: "~" + set[0])))
        .DistinctBy(p => p.Stem, StringComparer.Ordinal)
        .ToFrozenDictionary(p => p.Stem, p => p.Sense, StringComparer.Ordinal);

    /// <summary>The sense token of a stemmed word ("~discover" for "spott"), or null when it names no listed kind of act.</summary>
    public static string? Of(string stem) => SenseOf.GetValueOrDefault(stem);

    // Nouns that name an act only as nouns, after a light verb or "in" ("took charge", "was put in charge", "took the
    // helm"): their verbs mean other things ("charged with theft"), so they are read by the folded noun, not its stem.
    private static readonly FrozenDictionary<string, string> NounSenseOf = new[] { "charge", "helm", "reins" }
        .ToFrozenDictionary(word => word, _ => "~charge", StringComparer.Ordinal);

    /// <summary>The sense token of a folded noun that names an act only as a noun ("charge": taking charge), or null.</summary>
    public static string? OfNoun(string folded) => NounSenseOf.GetValueOrDefault(folded);

    /// <summary>
    /// True for the kind of act that is a standing position over something (leading, heading, chairing): several people
    /// hold one at once over different things (a campaign and a group, a rescue and an inquiry), so two people told
    /// leading are not told doing one act unless what they lead is shared too.
    /// </summary>
    public static bool IsPosition(string sense) => sense == Of(Stemmer.Inflections.Stem("lead"));

    // Verbs that only say an act named by their noun was done ("the decision was taken", "made the decision to"),
    // stemmed as clause words are.
    private static readonly FrozenSet<string> Light = new[] { "take", "took", "taken", "make", "made", "reach", "reached" }
        .Select(Stemmer.Inflections.Stem).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for the stem of a light verb, whose act is the noun it takes ("took the decision").</summary>
    public static bool IsLight(string stem) => Light.Contains(stem);

    /// <summary>
    /// The sense token of a phrasal verb, a stemmed verb and the particle after it that together name a listed kind of
    /// act ("signed off the plans": approving; "picked out the parachute": spotting it; "put forward the motion", "drew
    /// up the plan": proposing it), or null.
    /// </summary>
    public static string? OfPhrasal(string stem, string particle) =>
        particle == "off" && stem == Stemmer.Inflections.Stem("sign") ? Of(Stemmer.Inflections.Stem("approve"))
        : particle == "out" && stem == Stemmer.Inflections.Stem("pick") ? Of(Stemmer.Inflections.Stem("spot"))
        : particle == "forward" && (stem == Stemmer.Inflections.Stem("put") || stem == Stemmer.Inflections.Stem("brought")) ? Of(Stemmer.Inflections.Stem("propose"))
        : particle == "up" && (stem == Stemmer.Inflections.Stem("draw") || stem == Stemmer.Inflections.Stem("drew") || stem == Stemmer.Inflections.Stem("drawn")) ? Of(Stemmer.Inflections.Stem("propose"))
        : null;

    /// <summary>
    /// The stem of the act an idiom of a verb and its object names, or null: "cut the ribbon" is how news tells that
    /// someone formally opened a building, a route or a show, so it is the act "was officially opened by" tells.
    /// </summary>
    public static string? OfIdiom(string stem, string determiner, string noun) =>
        stem == Stemmer.Inflections.Stem("cut") && determiner is "the" or "a" && noun is "ribbon" ? Stemmer.Inflections.Stem("opened") : null;

    /// <summary>True for a sense token.</summary>
    public static bool IsSense(string word) => word.StartsWith('~');

    /// <summary>The stems a sense token stands for.</summary>
    public static IEnumerable<string> Members(string sense) =>
        SenseOf.Where(p => p.Value == sense).Select(p => p.Key).Concat(NounSenseOf.Where(p => p.Value == sense).Select(p => Stemmer.Inflections.Stem(p.Key)));
}
