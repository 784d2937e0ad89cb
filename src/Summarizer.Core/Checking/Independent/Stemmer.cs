using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The checker's own light stemmer: suffixes stripped so "rescued"/"rescuers"/"rescue", "rates"/"rate" and
/// "cutting"/"cut" meet, and the common irregular verbs of English read as their base ("rose"/"risen" as "rise").
/// </summary>
internal static class Stemmer
{
    // General English irregular past forms; nothing here is taken from any story.
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rose"] = "rise", ["risen"] = "rise", ["fell"] = "fall", ["fallen"] = "fall", ["grew"] = "grow", ["grown"] = "grow",
        ["went"] = "go", ["gone"] = "go", ["began"] = "begin", ["begun"] = "begin", ["took"] = "take", ["taken"] = "take",
        ["gave"] = "give", ["given"] = "give", ["made"] = "make", ["paid"] = "pay", ["lost"] = "lose", ["won"] = "win",
        ["held"] = "hold", ["ran"] = "run", ["came"] = "come", ["became"] = "become", ["found"] = "find", ["fought"] = "fight",
        ["brought"] = "bring", ["bought"] = "buy", ["sold"] = "sell", ["sought"] = "seek", ["struck"] = "strike",
        ["stood"] = "stand", ["spent"] = "spend", ["built"] = "build", ["sent"] = "send", ["kept"] = "keep", ["met"] = "meet",
        ["led"] = "lead", ["thought"] = "think", ["caught"] = "catch", ["seen"] = "see", ["knew"] = "know", ["known"] = "know",
        ["broke"] = "break", ["broken"] = "break", ["chose"] = "choose", ["chosen"] = "choose", ["drove"] = "drive",
        ["driven"] = "drive", ["flew"] = "fly", ["flown"] = "fly", ["froze"] = "freeze", ["frozen"] = "freeze",
        ["spoke"] = "speak", ["spoken"] = "speak", ["stole"] = "steal", ["stolen"] = "steal", ["wrote"] = "write",
        ["written"] = "write", ["fled"] = "flee", ["sank"] = "sink", ["sunk"] = "sink", ["threw"] = "throw", ["thrown"] = "throw",
        ["wore"] = "wear", ["worn"] = "wear", ["tore"] = "tear", ["torn"] = "tear", ["ate"] = "eat", ["eaten"] = "eat",
        ["dealt"] = "deal", ["meant"] = "mean", ["dug"] = "dig", ["hung"] = "hang", ["shot"] = "shoot", ["hid"] = "hide",
        ["hidden"] = "hide", ["swept"] = "sweep", ["told"] = "tell", ["sat"] = "sit", ["slept"] = "sleep", ["won't"] = "will",
        ["died"] = "die", ["dies"] = "die", ["dying"] = "die", ["drew"] = "draw", ["drawn"] = "draw", ["got"] = "get",
        ["gotten"] = "get", ["rang"] = "ring", ["rung"] = "ring", ["left"] = "leave", ["bitten"] = "bite", ["blew"] = "blow",
        ["blown"] = "blow", ["withdrew"] = "withdraw", ["withdrawn"] = "withdraw", ["shook"] = "shake", ["shaken"] = "shake",
        ["rode"] = "ride", ["ridden"] = "ride", ["heard"] = "hear", ["laid"] = "lay", ["arose"] = "arise", ["arisen"] = "arise",
        ["sped"] = "speed", ["woke"] = "wake", ["swung"] = "swing", ["sprang"] = "spring", ["sprung"] = "spring",
        ["understood"] = "understand",
        // More of the common irregular verbs (a closed class of English grammar): "has swum" is "swam" is "swim".
        ["swam"] = "swim", ["swum"] = "swim", ["saw"] = "see", ["sang"] = "sing", ["sung"] = "sing", ["drank"] = "drink",
        ["drunk"] = "drink", ["taught"] = "teach", ["lent"] = "lend", ["bent"] = "bend", ["bled"] = "bleed",
        ["bred"] = "breed", ["fed"] = "feed", ["wept"] = "weep", ["crept"] = "creep", ["knelt"] = "kneel", ["leapt"] = "leap",
        ["burnt"] = "burn", ["spilt"] = "spill", ["clung"] = "cling", ["flung"] = "fling", ["stung"] = "sting",
        ["stuck"] = "stick", ["spun"] = "spin", ["slid"] = "slide", ["shone"] = "shine", ["shrank"] = "shrink",
        ["shrunk"] = "shrink", ["strode"] = "stride", ["swore"] = "swear", ["sworn"] = "swear", ["forgot"] = "forget",
        ["forgotten"] = "forget", ["forgave"] = "forgive", ["forgiven"] = "forgive", ["beaten"] = "beat", ["woken"] = "wake",
        ["rebuilt"] = "rebuild", ["overcame"] = "overcome", ["overtook"] = "overtake", ["overtaken"] = "overtake",
        ["undertook"] = "undertake", ["undertaken"] = "undertake", ["upheld"] = "uphold", ["withheld"] = "withhold",
        ["foresaw"] = "foresee", ["foreseen"] = "foresee", ["mistook"] = "mistake", ["mistaken"] = "mistake",
        ["overran"] = "overrun", ["outgrew"] = "outgrow", ["outgrown"] = "outgrow", ["rewrote"] = "rewrite",
        ["rewritten"] = "rewrite", ["bore"] = "bear", ["borne"] = "bear", ["wove"] = "weave", ["woven"] = "weave",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly (string Suffix, string Replacement)[] Suffixes =
    [
        ("ations", "ate"), ("ation", "ate"), ("ments", ""), ("ment", ""), ("ingly", ""), ("ings", ""), ("ing", ""),
        ("ies", "y"), ("ied", "y"), ("ers", ""), ("er", ""), ("ors", ""), ("or", ""), ("edly", ""), ("ed", ""),
        ("ly", ""),
    ];

    /// <summary>Whether a folded word is an irregular past form of a verb ("took", "sold", "rose").</summary>
    public static bool IsIrregularPast(string folded) => Irregular.ContainsKey(folded) && folded is not ("dies" or "dying");

    /// <summary>The stem of a folded word.</summary>
    public static string Stem(string folded)
    {
        if (Irregular.TryGetValue(folded, out var stem))
        {
            return stem;
        }

        var w = folded;
        if (w.Length <= 3)
        {
            return w;
        }

        var stripped = false;
        foreach (var (suffix, replacement) in Suffixes)
        {
            if (w.Length - suffix.Length >= 3 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                w = w[..^suffix.Length] + replacement;
                stripped = replacement.Length == 0;
                break;
            }
        }

        if (!stripped && w == folded)
        {
            w = Plural(w);
        }
        else if (stripped && w.Length >= 3 && w[^1] == w[^2] && w[^1] is 'b' or 'd' or 'g' or 'm' or 'n' or 'p' or 'r' or 't')
        {
            w = w[..^1]; // "cutting", "planned": the doubled consonant goes too
        }

        return w.Length > 4 && w[^1] == 'e' ? w[..^1] : w;
    }

    // "es" after a sibilant ("crashes", "taxes"), else a plain "s" ("rates", "sources"); "ss" is no plural.
    private static string Plural(string w)
    {
        if (w.Length > 4 && w.EndsWith("es", StringComparison.Ordinal) && (w[^3] is 's' or 'x' or 'z' || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)))
        {
            return w[..^2];
        }

        return w.Length > 3 && w[^1] == 's' && w[^2] is not 's' and not 'u' and not 'i' ? w[..^1] : w;
    }

    /// <summary>Whether two stems are one word in two forms: equal, or one a prefix of the other differing by at most three letters.</summary>
    public static bool SameStem(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 4 && longer.Length - shorter.Length <= 3 && longer.StartsWith(shorter, StringComparison.Ordinal);
    }
}
