using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Words newsrooms use for one another when they tell the same event ("announced the discovery" / "revealed the find",
/// "blasting will continue as planned" / "keep blasting on schedule"). A story's outlets reword each other's facts with
/// them, so a word whose paraphrase another source uses is no word only this source has. General news language only:
/// each group is what any outlet might write for the same act or thing, whatever the story.
/// </summary>
internal static class NewsParaphrases
{
    private static readonly string[][] Groups =
    [
        ["announce", "reveal", "unveil", "disclose"],
        ["discovery", "find", "finding"],
        ["discover", "uncover", "find"],
        ["continue", "keep", "resume"],
        ["plan", "schedule", "timetable"],
        ["injure", "hurt", "wound"],
        ["injury", "wound"],
        ["close", "shut"],
        ["cancel", "scrap", "axe"],
        ["begin", "start", "commence"],
        ["rise", "increase", "climb"],
        ["fall", "drop", "decline"],
        ["arrest", "detain"],
        ["evacuate", "clear"],
        ["rescue", "save"],
        ["investigation", "inquiry", "probe"],
        ["investigate", "examine", "probe"],
        ["deal", "agreement", "contract"],
        ["resign", "quit"],
        ["fine", "penalty"],
        ["blaze", "fire", "flames"],
        ["crash", "collision"],
        ["protest", "demonstration", "rally"],
        ["worker", "staff", "employee"],
        ["company", "firm"],
        ["shop", "store"],
        ["vehicle", "car"],
        ["vessel", "ship", "boat"],
        ["appliance", "engine"],
        ["home", "house", "household", "property"],
        ["apologise", "apologize", "apology"],
        ["damage", "wreckage"],
        ["warn", "caution"],
        ["ask", "tell", "urge"],
        ["buy", "purchase", "acquire"],
        ["leave", "depart"],
        ["doctor", "medic"],
        ["child", "kid"],
    ];

    // Each stem with the stems of its paraphrases (a word in two groups has both groups' words).
    private static readonly FrozenDictionary<string, string[]> ByStem = Groups
        .Select(g => g.Select(w => Stemmer.Inflections.Stem(w)).Distinct(StringComparer.Ordinal).ToArray())
        .SelectMany(g => g.Select(s => (s, g)))
        .GroupBy(x => x.s, StringComparer.Ordinal)
        .ToFrozenDictionary(x => x.Key, x => x.SelectMany(y => y.g).Where(w => w != x.Key).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    /// <summary>The stems another outlet may write for <paramref name="stem"/> (none for a word outside the lexicon).</summary>
    public static IReadOnlyList<string> Of(string stem) => ByStem.TryGetValue(stem, out var others) ? others : [];

    /// <summary>True when <paramref name="a"/> is <paramref name="b"/> or a stem another outlet may write for it.</summary>
    public static bool Same(string a, string b) => a == b || Of(a).Contains(b);

    /// <summary>True when <paramref name="stems"/> holds <paramref name="stem"/>, as itself or as a stem another outlet may write for it.</summary>
    public static bool Held(string stem, IReadOnlySet<string> stems) => stems.Contains(stem) || Of(stem).Any(stems.Contains);
}
