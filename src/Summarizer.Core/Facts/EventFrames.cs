using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// The event a figure belongs to, from how English news reports events: killed / died / lost their lives /
/// death toll -> deaths; evacuated / moved to shelters / left their homes -> displaced; cut / laid off /
/// positions will go -> cuts; fined / sentenced / jailed -> penalty. Each frame says which kinds of value it
/// takes; dates and times take the nearest frame of any kind.
/// </summary>
internal static class EventFrames
{
    private sealed record Frame(string Name, ValueKind[] Kinds, string[] Cues);

    private static readonly ValueKind[] Counts = [ValueKind.Count];
    private static readonly ValueKind[] Moneys = [ValueKind.Money];
    private static readonly ValueKind[] Percents = [ValueKind.Percent];

    private static readonly Frame[] All =
    [
        new("deaths", Counts, ["killed", "kill", "kills", "killing", "died", "die", "dies", "dead", "death", "deaths", "death toll", "toll",
            "lost their lives", "lives lost", "fatalities", "fatality", "bodies", "drowned", "perished", "lost their life"]),
        new("injuries", Counts, ["injured", "injuring", "injuries", "injury", "hurt", "wounded", "hospitalised", "hospitalized",
            "taken to hospital", "treated in hospital", "treated for", "casualties"]),
        new("missing", Counts, ["missing", "unaccounted"]),
        new("displaced", Counts, ["evacuated", "evacuation", "evacuate", "evacuees", "shelters", "shelter", "left their homes",
            "displaced", "fled", "homeless", "forced from their homes", "relocated", "moved to"]),
        new("aboard", Counts, ["carrying", "on board", "aboard", "passengers and crew"]),
        new("rescued", Counts, ["rescued", "saved", "pulled from", "freed", "airlifted"]),
        new("arrests", Counts, ["arrested", "arrests", "arrest", "detained", "charged", "in custody"]),
        new("cuts", [ValueKind.Count, ValueKind.Money, ValueKind.Percent], ["cut", "cuts", "cutting", "lay off", "laid off", "layoffs",
            "redundancies", "redundant", "job losses", "loss of", "axe", "axed", "shed", "shedding", "eliminate", "slash", "slashed", "will go"]),
        new("vote", [ValueKind.Count, ValueKind.Percent, ValueKind.Vote], ["won", "win", "wins", "winning", "votes", "vote", "voted",
            "share of the vote", "elected", "ballots", "seats", "majority", "margin", "beat"]),
        new("turnout", Percents, ["turnout"]),
        new("penalty", [ValueKind.Duration, ValueKind.Money], ["fined", "fine", "sentenced", "sentence", "sentences", "jailed", "jail",
            "prison", "imprisonment", "imprisoned", "behind bars", "custodial", "term"]),
        new("parole", [ValueKind.Duration], ["parole", "released early"]),
        new("fraud", Moneys, ["defrauded", "defrauding", "fraud", "embezzled", "swindled", "cost investors", "scam"]),
        new("theft", [ValueKind.Money, ValueKind.Count], ["stole", "stolen", "heist", "raid", "theft", "robbery", "made off with", "escaped with", "taken"]),
        new("damage", Moneys, ["damage", "damages", "losses", "destruction"]),
        new("fee", Moneys, ["fee", "transfer", "deal", "signing", "bid", "offer", "paid", "pay", "price", "sold for", "bought"]),
        new("cost", Moneys, ["cost", "costs", "charge", "bill", "spend", "spending", "budget", "expense", "repair", "repairs"]),
        new("aid", Moneys, ["aid", "fund", "funding", "package", "grant", "grants", "relief", "support", "payments", "compensation", "credit", "bailout"]),
        new("prize", Moneys, ["prize", "award", "reward", "bonus"]),
        new("savings", Moneys, ["save", "savings", "saving"]),
        new("worth", Moneys, ["worth", "valued", "value", "valuation"]),
        new("quake", [ValueKind.Magnitude], ["magnitude", "earthquake", "quake", "tremor", "aftershock"]),
        new("inflation", Percents, ["inflation", "consumer prices", "cpi"]),
        new("rate", Percents, ["interest rate", "rates", "rate", "basis points", "borrowing costs"]),
        new("efficacy", Percents, ["efficacy", "effective", "prevented", "protection", "cuts illness", "reduced the risk"]),
        new("pay", Percents, ["pay rise", "pay offer", "wage", "wages", "salary", "raise", "offered", "pay"]),
        new("market", Percents, ["shares", "share price", "stock", "closed up", "closed down", "slipped", "fell", "rose", "gained",
            "dropped", "jumped", "index", "against the dollar", "currency"]),
        new("growth", Percents, ["growth", "grew", "expanded", "contracted", "gdp"]),
        new("unemployment", Percents, ["unemployment", "jobless"]),
        new("temperature", [ValueKind.Quantity], ["temperature", "hottest", "record", "heat", "thermometer", "reached"]),
        new("speed", [ValueKind.Quantity], ["speed", "travelling", "traveling", "approached", "going at"]),
        new("strike", [ValueKind.Duration, ValueKind.Count], ["strike", "walkout", "stoppage", "industrial action", "on strike"]),
        new("outage", [ValueKind.Duration, ValueKind.Count], ["outage", "disruption", "offline", "failed", "declined", "down for", "blackout"]),
        new("contract", [ValueKind.Duration], ["contract", "deal", "agreement", "lease"]),
        new("study", [ValueKind.Count, ValueKind.Duration], ["trial", "study", "followed", "follow-up", "took part", "enrolled"]),
        new("sales", [ValueKind.Count], ["sold", "sales", "copies"]),
        new("deliberation", [ValueKind.Duration], ["deliberation", "deliberated", "deliberating", "discussion", "debate", "to choose", "to decide"]),
        new("start", [], ["began", "begin", "begins", "started", "start", "starts", "broke out", "opened", "launched", "erupted",
            "struck", "hit", "gave way", "burst", "breached", "broke through", "derailed", "crashed", "collapsed", "capsized", "sank",
            "overturned", "exploded", "collided", "happened", "occurred", "took place"]),
        new("end", [], ["ended", "ends", "end", "finished", "restored", "lifted", "expires", "until", "ran until", "closed", "close", "shut", "closure"]),
        new("office", [], ["take office", "took office", "sworn in", "inaugurated", "inauguration"]),
        new("announce", [], ["announced", "announcement", "announcing", "unveiled", "unveils", "confirmed", "declared", "revealed", "published"]),
        new("found", [], ["found", "discovered", "unearthed", "uncovered", "excavated"]),
    ];

    private static readonly (string[] Words, Frame Frame)[] Cues = All
        .SelectMany(f => f.Cues.Select(c => (c.Split(' '), f)))
        .OrderByDescending(c => c.Item1.Length)
        .ToArray();

    private static readonly FrozenDictionary<string, int[]> CuesByFirstWord = Enumerable.Range(0, Cues.Length)
        .GroupBy(c => Cues[c].Words[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly FrozenSet<string> Names = All.Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Frames that only a date or a time can take (when something began, ended, was announced).</summary>
    public static bool IsTimeline(string frame) => frame is "start" or "end" or "office" or "announce" or "found";

    public static bool IsFrame(string name) => Names.Contains(name);

    /// <summary>True when the word is (the first word of) a frame cue: a verb or noun of the event, not a counted noun.</summary>
    public static bool IsCue(string word) => CueWords.Contains(word);

    private static readonly FrozenSet<string> CueWords = All.SelectMany(f => f.Cues).Where(c => !c.Contains(' ', StringComparison.Ordinal))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every frame cue of the sentence: (first token, last token, frame name).</summary>
    public static List<(int First, int Last, string Frame, ValueKind[] Kinds)> Find(Words words)
    {
        var found = new List<(int, int, string, ValueKind[])>();
        var taken = new bool[words.Count];

        // Only cues whose first word the sentence has can match; they are still tried in their order (longest first).
        Span<bool> present = stackalloc bool[Cues.Length];
        for (var i = 0; i < words.Count; i++)
        {
            if (CuesByFirstWord.TryGetValue(words[i], out var starting))
            {
                foreach (var c in starting)
                {
                    present[c] = true;
                }
            }
        }

        for (var c = 0; c < Cues.Length; c++)
        {
            if (!present[c])
            {
                continue;
            }

            var (cue, frame) = Cues[c];
            for (var i = 0; i + cue.Length <= words.Count; i++)
            {
                if (!taken[i] && words.At(i, cue))
                {
                    found.Add((i, i + cue.Length - 1, frame.Name, frame.Kinds));
                    for (var k = 0; k < cue.Length; k++)
                    {
                        taken[i + k] = true;
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The frame of a value: the nearest cue that takes its kind (any cue for dates and times), counting a clause
    /// break as three words of distance; null when none is within reach.
    /// </summary>
    public static string? For(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues)
    {
        var kind = value.Value.Kind;
        var timeLike = kind is ValueKind.Date or ValueKind.TimeOfDay;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (first, last, frame, kinds) in cues)
        {
            if (!timeLike && !kinds.Contains(kind))
            {
                continue;
            }

            if (first <= value.Last && last >= value.First)
            {
                continue; // the value's own words ("magnitude") are no cue for itself, except below
            }

            var (from, to) = last < value.First ? (last, value.First) : (value.Last, first);
            var breaks = Enumerable.Range(from, to - from).Count(words.BreakAfter);
            var joins = 2 * Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Count(k => words[k] is "and" or "but" or "while" or "whereas");
            var distance = to - from + 3 * breaks + joins + (timeLike && !EventFrames.IsTimeline(frame) ? 2 : 0);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (frame, distance);
            }
        }

        if (kind == ValueKind.Magnitude)
        {
            return "quake";
        }

        return bestDistance <= 18 ? best : null;
    }
}
