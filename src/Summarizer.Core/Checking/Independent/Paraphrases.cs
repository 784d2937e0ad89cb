using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>
/// How news commonly says one thing in other words, by class of event or thing: "died"/"were killed"/"lost their
/// lives", "derailed"/"came off the rails", "cut"/"lowered"/"trimmed", "families"/"relatives". A claim's word counts
/// as found where the passage has a word or phrase of the same class. General English reporting vocabulary, not drawn
/// from any story; the direction of a change is still checked apart (<see cref="Polarity"/>), and figures, names and
/// quotes are still checked as they are.
/// </summary>
internal static class Paraphrases
{
    // Each class: single words (any inflection, by stem) and phrases (word by word, by stem).
    private static readonly (string Sense, string[] Forms)[] Classes =
    [
        ("die", ["die", "dead", "death", "deaths", "kill", "killed", "fatal", "fatality", "fatalities", "perish", "lost their lives", "lose their lives", "lost his life", "lost her life", "death toll"]),
        ("injure", ["injure", "injured", "injury", "injuries", "hurt", "wounded", "hospitalised", "hospitalized", "taken to hospital", "treated in hospital", "treated at hospital", "hospital treatment"]),
        ("derail", ["derail", "derailed", "derailment", "came off the rails", "come off the rails", "left the rails", "left the tracks", "left the track", "leave the tracks", "jumped the tracks", "came off the tracks"]),
        ("evacuate", ["evacuate", "evacuated", "evacuation", "evacuees", "fled their homes", "left their homes", "moved to shelters", "moved to emergency shelters", "moved out", "were moved from", "forced from their homes", "ordered to leave"]),
        ("reduce", ["cut", "cuts", "lower", "lowered", "reduce", "reduced", "reduction", "trim", "trimmed", "slash", "slashed", "decrease", "axe", "axed", "shed", "eliminate", "bring down", "brought down"]),
        ("raise", ["raise", "raised", "increase", "increased", "hike", "hiked", "lift", "lifted", "boost", "boosted"]),
        ("rise", ["rise", "rose", "risen", "climb", "climbed", "jump", "jumped", "gain", "gained", "grow", "grew", "soar", "soared", "surge", "surged", "increase", "increased", "higher", "shot up", "shoot up", "went up", "go up", "is up", "are up", "was up", "were up", "been up"]),
        ("fall", ["fall", "fell", "fallen", "drop", "dropped", "decline", "declined", "slip", "slipped", "slide", "slid", "dip", "dipped", "plunge", "plunged", "sink", "sank", "tumble", "tumbled", "lower", "weaker", "weaken", "weakened", "is down", "are down", "was down", "were down", "been down"]),
        ("family", ["family", "families", "relative", "relatives", "loved ones", "next of kin", "kin"]),
        ("data", ["data", "figures", "statistics", "numbers"]),
        ("main", ["main", "key", "benchmark", "principal"]),
        ("road users", ["traffic", "drivers", "motorists", "road users", "hauliers", "truckers"]),
        ("police", ["police", "officers", "detectives", "constabulary"]),
        ("staff", ["workers", "staff", "employees", "workforce", "personnel"]),
        ("jobs", ["jobs", "positions", "posts", "roles"]),
        ("begin", ["begin", "began", "begun", "start", "started", "launch", "launched", "commence", "commenced", "broke out", "break out", "breaking out"]),
        ("end", ["end", "ended", "finish", "finished", "conclude", "concluded"]),
        ("shut", ["close", "closed", "closure", "shut", "shuts", "shutdown", "suspend", "suspended", "suspension", "halt", "halted"]),
        ("disconnect", ["disconnect", "disconnected", "cut off", "switched off", "turned off", "shut off"]),
        ("cancel", ["cancel", "cancelled", "canceled", "cancellation", "call off", "called off", "scrap", "scrapped", "axe", "axed", "pull the plug", "pulled the plug"]),
        ("fail", ["fail", "failed", "failure", "collapse", "collapsed", "outage", "break down", "broke down", "broken down", "breakdown", "malfunction", "malfunctioned", "seize up", "seized up", "grind to a halt", "ground to a halt", "stopped working", "stop working", "out of action", "out of service"]),
        ("restore", ["restore", "restored", "resume", "resumed", "reopen", "reopened", "back to normal", "back online", "working again", "running again"]),
        ("arrest", ["arrest", "arrested", "detain", "detained", "taken into custody"]),
        ("jail", ["jail", "jailed", "imprison", "imprisoned", "prison", "sentence", "sentenced", "locked up"]),
        ("win", ["win", "won", "victory", "beat", "defeat", "defeated"]),
        ("buy", ["buy", "bought", "acquire", "acquired", "acquisition", "purchase", "purchased", "takeover", "take over"]),
        ("complete", ["complete", "completed", "finalise", "finalised", "finalize", "finalized", "seal", "sealed"]),
        ("fee", ["fee", "price", "sum"]),
        ("strike", ["strike", "walkout", "walk out", "stoppage", "industrial action"]),
        ("talks", ["talks", "negotiations", "discussions"]),
        ("plan", ["plan", "proposal", "scheme", "programme", "program", "intend", "intends", "intended", "intention"]),
        ("promise", ["promise", "promised", "pledge", "pledged", "vow", "vowed"]),
        ("phone", ["phone", "phoned", "telephone", "telephoned", "ring", "rang", "rung"]),
        ("steal", ["steal", "stole", "stolen", "theft", "thief", "thieves", "rob", "robbed", "robbery", "burglary", "burgled", "heist"]),
        ("recover", ["recover", "recovered", "recovery", "retrieve", "retrieved"]),
        ("say", ["say", "said", "tell", "told"]),
        ("announce", ["announce", "announced", "unveil", "unveiled", "reveal", "revealed", "disclose", "disclosed"]),
        ("condition", ["depend", "depends", "depended", "decide", "decided", "determine", "determined", "hinge", "hinges", "conditional", "contingent"]),
        ("rescue", ["rescue", "rescued", "save", "saved", "pulled from", "pulled out"]),
        ("fire", ["fire", "blaze", "flames", "inferno", "set fire", "set fires", "set alight"]),
        ("home", ["home", "homes", "house", "houses", "dwellings"]),
        ("continue", ["continue", "continued", "persist", "persisted", "stay", "stayed", "remain", "remained", "go on", "goes on", "went on", "carry on", "carries on", "carried on"]),
        ("child", ["children", "child", "kids", "minors"]),
        ("prize", ["prize", "award"]),
        ("combined", ["combined", "together", "altogether", "in total", "in all"]),
        ("charge", ["charge", "charges", "count", "counts"]),
        ("choose", ["choose", "chose", "chosen", "pick", "picked", "select", "selected"]),
        ("convict", ["convict", "convicted", "conviction", "found guilty"]),
        ("value", ["value", "valued", "worth"]),
        ("item", ["items", "pieces", "objects"]),
        ("sell", ["sell", "sold", "sale", "sales"]),
        ("seek", ["seek", "sought", "apply", "applied", "file for", "filed for", "request", "requested"]),
        ("risk", ["risk", "risks", "fear", "fears", "feared", "danger", "threat", "concern", "concerns"]),
        ("slow", ["slow", "slowed", "slower", "crawl", "crawled", "speed limit", "speed limits", "reduced speed", "reduced speeds", "lower speed", "lower speeds"]),
        ("visitor", ["visitor", "visitors", "sightseer", "sightseers", "tourist", "tourists", "onlooker", "onlookers"]),
        ("photo", ["photo", "photos", "photograph", "photographed", "picture", "pictures", "image", "images"]),
        ("circulate", ["spread", "shared", "circulate", "circulated", "circulating", "posted", "passed around", "went viral"]),
        ("display", ["display", "displayed", "on show", "on view", "exhibit", "exhibited", "exhibition"]),
        ("participate", ["take part", "took part", "taken part", "taking part", "participate", "participated", "participants", "enrol", "enrolled", "enrolment", "recruit", "recruited"]),
        ("finding", ["findings", "results"]),
        ("dose", ["dose", "doses", "shot", "shots", "jab", "jabs", "injection", "injections"]),
        ("monitor", ["followed", "tracked", "monitored", "followed up"]),
        ("damage", ["damage", "damaged", "damaging", "break", "breaking", "broke", "broken", "harm", "harmed", "harming"]),
        ("funds", ["cash", "funding", "funds", "money", "capital", "financing", "finance"]),
        ("shares", ["shares", "equity", "stock"]),
        ("matter", ["matter", "mattered", "matters", "important", "importance", "crucial", "vital"]),
        ("perform", ["work", "worked", "works", "perform", "performed", "performs", "performance"]),
        ("power", ["power", "electricity"]),
        ("aircraft", ["aircraft", "plane", "planes", "airliner", "airliners", "jet", "jets"]),
        ("evening", ["evening", "night", "tonight"]),
        ("hit", ["hit", "strike", "struck", "slam", "slammed", "batter", "battered", "pound", "pounded", "lash", "lashed", "came ashore", "come ashore", "made landfall", "make landfall", "landfall", "collide", "collided", "collision", "crash", "crashed", "smashed into", "ploughed into"]),
        ("airlift", ["airlift", "airlifted", "flown to hospital", "air ambulance"]),
        ("land", ["land", "landed", "landing", "touch down", "touched down", "touchdown", "came down", "come down"]),
        ("fine", ["fine", "fined", "penalty", "penalties", "ordered to pay"]),
        ("recall", ["recall", "recalled", "withdraw", "withdrawn", "pulled from sale", "pulled from shelves", "taken off shelves", "removed from sale"]),
        ("approve", ["approve", "approved", "approval", "backed", "passed", "endorse", "endorsed", "voted through", "vote through"]),
        ("link", ["link", "linked", "tie", "tied", "peg", "pegged"]),
        ("supply", ["supply", "supplies", "supplying", "serve", "serving", "served", "provide", "provided", "providing"]),
        // Looser paraphrases, read only where another cited source says the claim (Loose, below).
        ("destroy", ["destroy", "destroyed", "wreck", "wrecked", "gut", "gutted", "ruin", "ruined", "raze", "razed", "demolish", "demolished", "tore through", "ripped through", "burnt out", "burned out", "reduced to rubble"]),
        ("follow", ["follow", "followed", "follows", "following", "after", "in the wake of"]),
        ("strand", ["strand", "stranded", "stuck", "trapped", "marooned", "snowbound", "cut off"]),
        ("escape", ["escape", "escaped", "flee", "fled", "got out", "get out", "made it out"]),
        ("nearby", ["nearby", "close by", "neighbouring", "nearest", "surrounding"]),
        ("pull", ["pull", "pulled", "drag", "dragged", "haul", "hauled"]),
        ("outage", ["outage", "outages", "blackout", "blackouts", "power cut", "power cuts", "power outage", "lost power", "lose power", "losing power", "cut power", "cutting power", "cut off power", "without power", "without electricity", "no power", "no electricity"]),
    ];

    // Classes whose words news also uses for other things ("after" in time, "stuck" to a plan, "pulled" out of a deal), so
    // one outlet's word and another's say the same event only where a source that says the claim strictly backs it.
    private static readonly FrozenSet<string> Loose = FrozenSet.ToFrozenSet(["destroy", "follow", "strand", "escape", "nearby", "pull"], StringComparer.Ordinal);

    /// <summary>Whether a claim word's classes <paramref name="said"/> include one the passage says; a loose class only when <paramref name="loose"/>.</summary>
    public static bool Shares(IReadOnlySet<string> said, IReadOnlySet<string> senses, bool loose) =>
        said.Any(s => senses.Contains(s) && (loose || !Loose.Contains(s)));

    // Phrases that say something by negating ("without electricity"): read on a passage's words before what it negates is set aside.
    private static readonly (string Sense, string[] Stems)[] NegatingPhrases =
        [.. Classes.SelectMany(c => c.Forms.Where(f => f.StartsWith("without ", StringComparison.Ordinal) || f.StartsWith("no ", StringComparison.Ordinal)).Select(f => (c.Sense, StemsOf(f))))];

    /// <summary>The classes a passage says with a phrase that negates ("homes were without electricity" says an outage).</summary>
    public static HashSet<string> NegatingSensesOf(IReadOnlyList<Word> words)
    {
        var letters = words.Where(w => w.IsLetters).ToList();
        var senses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sense, stems) in NegatingPhrases)
        {
            for (var i = 0; i + stems.Length <= letters.Count; i++)
            {
                if (stems.Select((st, k) => letters[i + k].Stem == st).All(same => same))
                {
                    senses.Add(sense);
                }
            }
        }

        return senses;
    }

    private static readonly FrozenDictionary<string, string[]> ByStem = BuildWords();

    private static readonly (string Sense, string[] Stems)[] Phrases =
        [.. Classes.SelectMany(c => c.Forms.Where(f => f.Contains(' ', StringComparison.Ordinal)).Select(f => (c.Sense, StemsOf(f))))];

    /// <summary>The classes a passage's words and phrases say; the loose ones too when <paramref name="loose"/>.</summary>
    public static HashSet<string> SensesOf(IReadOnlyList<Word> words, bool loose = false)
    {
        var senses = new HashSet<string>(StringComparer.Ordinal);
        var letters = words.Where(w => w.IsLetters).ToList();
        foreach (var w in letters)
        {
            if (ByStem.TryGetValue(w.Stem, out var classes))
            {
                senses.UnionWith(classes);
            }
        }

        foreach (var (sense, _) in PhrasesIn(letters))
        {
            senses.Add(sense);
        }

        if (!loose)
        {
            senses.ExceptWith(Loose);
        }

        return senses;
    }

    /// <summary>The classes each word of a claim says, alone or as part of a phrase ("came off the rails": "came" and "rails" say "derail").</summary>
    /// <param name="loose">Whether the loose classes are read too.</param>
    public static Dictionary<Word, HashSet<string>> SensesByWord(IReadOnlyList<Word> words, bool loose = false)
    {
        var result = new Dictionary<Word, HashSet<string>>(ReferenceEqualityComparer.Instance);
        var letters = words.Where(w => w.IsLetters).ToList();
        foreach (var w in letters)
        {
            if (ByStem.TryGetValue(w.Stem, out var classes))
            {
                Add(result, w, classes);
            }
        }

        foreach (var (sense, span) in PhrasesIn(letters))
        {
            foreach (var w in span)
            {
                Add(result, w, [sense]);
            }
        }

        if (!loose)
        {
            foreach (var set in result.Values)
            {
                set.ExceptWith(Loose);
            }
        }

        return result;
    }

    /// <summary>Whether a word says that something depends on something else ("would depend on", "would decide").</summary>
    public static bool IsConditional(Word w) => ByStem.TryGetValue(w.Stem, out var classes) && classes.Contains("condition");

    private static IEnumerable<(string Sense, IEnumerable<Word> Span)> PhrasesIn(List<Word> letters)
    {
        foreach (var (sense, stems) in Phrases)
        {
            for (var i = 0; i + stems.Length <= letters.Count; i++)
            {
                var k = 0;
                while (k < stems.Length && letters[i + k].Stem == stems[k])
                {
                    k++;
                }

                if (k == stems.Length)
                {
                    yield return (sense, letters.Skip(i).Take(stems.Length));
                }
            }
        }
    }

    private static void Add(Dictionary<Word, HashSet<string>> result, Word w, IEnumerable<string> senses)
    {
        if (!result.TryGetValue(w, out var set))
        {
            result[w] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.UnionWith(senses);
    }

    private static FrozenDictionary<string, string[]> BuildWords()
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (sense, forms) in Classes)
        {
            foreach (var form in forms.Where(f => !f.Contains(' ', StringComparison.Ordinal)))
            {
                var stem = Stemmer.Stem(WordScanner.Fold(form));
                if (!byStem.TryGetValue(stem, out var set))
                {
                    byStem[stem] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(sense);
            }
        }

        return byStem.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static string[] StemsOf(string phrase) =>
        [.. phrase.Split(' ').Select(p => Stemmer.Stem(WordScanner.Fold(p)))];
}
