using System.Collections.Frozen;
using Summarizer.Text;

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
        new("injuries", Counts, ["injured", "injuring", "injuries", "injury", "hurt", "harmed", "wounded", "hospitalised", "hospitalized",
            "taken to hospital", "treated in hospital", "treated for", "casualties", "admitted to hospital"]),
        new("illness", Counts, ["fell ill", "falls ill", "fallen ill", "falling ill", "taken ill", "became ill", "become ill", "been ill",
            "sick", "sickness", "symptoms", "food poisoning", "infected", "infection", "infections", "struck down", "laid low"]),
        new("missing", Counts, ["missing", "unaccounted"]),
        // People sent out of a place are evacuated however the outlet words it: "were led out", "were ordered out of the
        // water", "had to leave the building", "were asked to leave", "were moved out".
        new("displaced", Counts, ["evacuated", "evacuation", "evacuate", "evacuees", "shelters", "shelter", "left their homes",
            "displaced", "fled", "homeless", "forced from their homes", "relocated", "moved to", "moved out", "led out", "ordered out",
            "forced out", "had to leave", "asked to leave", "ordered to leave", "told to leave", "forced to leave", "led to safety"]),
        new("aboard", Counts, ["carrying", "on board", "aboard", "passengers and crew"]),
        new("rescued", Counts, ["rescued", "saved", "pulled from", "freed", "airlifted"]),
        new("arrests", Counts, ["arrested", "arrests", "arrest", "detained", "charged", "in custody"]),
        new("cuts", [ValueKind.Count, ValueKind.Money, ValueKind.Percent], ["cut", "cuts", "cutting", "lay off", "laid off", "layoffs",
            "redundancies", "redundant", "job losses", "loss of", "axe", "axed", "shed", "shedding", "eliminate", "slash", "slashed", "will go", "let go",
            // How news words a job cut without its verb: "340 jobs to go", "410 roles would go", "workers would lose their jobs".
            "would go", "jobs to go", "roles to go", "posts to go", "positions to go", "lose their jobs", "losing their jobs", "lost their jobs"]),
        new(Vote, [ValueKind.Count, ValueKind.Percent, ValueKind.Vote], ["won", "win", "wins", "winning", "votes", "vote", "voted",
            "share of the vote", "elected", "ballots", "seats", "majority", "margin", "beat", "victory", "victories"]),
        new("turnout", Percents, ["turnout"]),
        new(Penalty, [ValueKind.Duration, ValueKind.Money], ["fined", "fine", "sentenced", "sentencing", "sentence", "sentences", "jailed", "jail",
            "prison", "imprisonment", "imprisoned", "behind bars", "custodial", "term"]),
        new("parole", [ValueKind.Duration], ["parole", "released early"]),
        new("fraud", Moneys, ["defrauded", "defrauding", "defraud", "fraud", "embezzled", "embezzling", "embezzlement", "swindled", "swindling",
            "swindle", "cheated", "cheating", "conned", "cost investors", "scam"]),
        new("theft", [ValueKind.Money, ValueKind.Count], ["stole", "stolen", "heist", "raid", "theft", "robbery", "made off with", "escaped with", "taken",
            "broke into", "break-in", "burglary", "burgled", "looted"]),
        new("damage", Moneys, ["damage", "damages", "losses", "destruction"]),
        new("fee", Moneys, ["fee", "transfer", "deal", "signing", "bid", "offer", "paid", "pay", "price", "sold for", "bought"]),
        // A sum a budget lacks ("a £6.2m gap", "faces a £14.2m hole in next year's budget", "a shortfall of £3m", "a deficit
        // of €40m"): what a body must find, not what something cost. Council, club and company finance stories state it
        // beside the bill, fee or cut it is closed with, so it is a measure of its own. General budget wording, not read
        // from any case.
        new(Shortfall, Moneys, ["shortfall", "shortfalls", "deficit", "deficits", "gap", "funding gap", "hole", "black hole"]),
        new("cost", Moneys, ["cost", "costs", "costing", "charge", "bill", "spend", "spending", "budget", "expense", "repair", "repairs"]),
        new("aid", Moneys, ["aid", "fund", "funding", "package", "grant", "grants", "relief", "support", "payments", "compensation", "credit", "bailout"]),
        new("prize", Moneys, ["prize", "award", "reward", "bonus"]),
        new("savings", Moneys, ["save", "savings", "saving"]),
        new("worth", Moneys, ["worth", "valued", "value", "valuation"]),
        new("quake", [ValueKind.Magnitude], ["magnitude", "earthquake", "quake", "tremor", "aftershock"]),
        new("inflation", Percents, ["inflation", "consumer prices", "cpi"]),
        new("rate", Percents, ["interest rate", "rates", "rate", "basis points", "borrowing costs"]),
        new("efficacy", Percents, ["efficacy", "effective", "prevented", "protection", "cuts illness", "reduced the risk", "reduces the risk",
            "reduce the risk", "cut the risk", "cuts the risk", "lowered the risk", "lowers the risk"]),
        new("pay", Percents, ["pay rise", "wage", "wages", "salary", "raise", "pay"]),

        // What one side of a negotiation offers is not what the other side demands ("seeking 9% ... has offered 4.5%").
        new("offer", Percents, ["offered", "pay offer", "offer of", "proposed", "tabled"]),
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
        new("sales", [ValueKind.Count], ["sold", "sales", "copies", "on sale", "went on sale"]),
        new("deliberation", [ValueKind.Duration], ["deliberation", "deliberated", "deliberating", "discussion", "debate", "to choose", "to decide"]),
        new("start", [], ["began", "begin", "begins", "started", "start", "starts", "broke out", "opened", "launched", "erupted",
            "struck", "hit", "gave way", "burst", "breached", "broke through", "derailed", "crashed", "collapsed", "capsized", "sank",
            "overturned", "exploded", "collided", "smashed", "happened", "occurred", "took place", "derailment", "came off the rails",
            "left the rails", "left the track", "came off the tracks", "came off the track", "went off the rails", "caved in", "fell in",
            // How news tells that a storm reached land, a ship struck ground, a vehicle crashed, a rocket rose or a slope
            // gave way: the moment of the incident, however each outlet words it.
            "came ashore", "made landfall", "landfall", "crossed the coast", "crossed the coastline", "ran aground", "went aground",
            "rolled onto", "rolled over", "left the road", "went off the road", "went over the edge", "came down", "blasted off",
            "liftoff", "lift-off", "flared", "flared up", "erupted into", "tore loose", "broke loose", "broke away",
            // A vehicle driven into something, a pipe or tank that split, a building set alight.
            "slammed into", "ploughed into", "plowed into", "ruptured", "blew up", "caught fire"]),
        // When the incident was noticed and help called: the alarm is its own moment, often hours after the incident began
        // ("the fire was reported shortly after 1am", "crews were called at 2.40am", "the release was detected at 11.15am").
        new("alarm", [], ["alarm", "raised the alarm", "alarm sounded", "was reported", "were reported", "detected", "was spotted",
            "were called", "were alerted", "was alerted", "emergency call", "called for help", "sounded the alarm", "noticed", "realised",
            "realized"]),
        // When an aircraft came down on a runway: its own moment, after the take-off and the emergency that preceded it.
        new(Landing, [], ["landed", "touched down", "emergency landing", "landing"]),
        // Closing counts too: "closing three branch libraries", "the closure of four libraries".
        new("end", Counts, ["ended", "ends", "end", "finished", "restored", "lifted", "expires", "until", "ran until", "closed", "close", "closing",
            "shut", "shutting", "closure", "closures", "completed", "complete", "completion"]),
        // When the incident was over: a grounded ship floated off, a fire put out or held. Its own moment, often hours
        // after the incident began ("grounded at about 4.30am" and "was refloated at 9.15pm"; "broke out just before 1am"
        // and "was declared out at 2pm"), never a rival time of the incident. Only dates and times take it.
        // A ship that "came off" its sandbank, rocks or beach (or simply "came off at 23:10") was refloated; a train that
        // came off the tracks derailed, which the start frame tells.
        new(Over, [], ["refloated", "re-floated", "refloat", "floated off", "floated free", "towed off", "towed clear", "extinguished",
            "declared out", "brought under control", "under control", "came off at", "came off the sand", "came off the sandbank",
            "came off the sandbar", "came off the rocks", "came off the reef", "came off the mud", "came off the beach", "came off the bank"]),
        // When a service, a place or an activity that had stopped started again: "the school reopened on Wednesday", "births
        // will resume on 1 February", "the railway hopes to restart the trains on Saturday". Its own moment, the far end of
        // a closure or a suspension, never a rival of the day it closed or stopped ("closed", "shut", the end frame). Only
        // dates and times take it.
        new(Resume, [], ["reopened", "reopen", "reopens", "reopening", "re-opened", "re-open", "re-opens", "re-opening", "resumed", "resume",
            "resumes", "resuming", "resumption", "restarted", "restart", "restarts", "restarting"]),
        // The day an agreement, a law or a treaty was signed (its ratification is another day).
        new("signed", [], ["signed", "signs", "sign"]),
        new("ratified", [], ["ratified", "ratifies", "ratify", "ratification"]),
        new("office", [], ["take office", "took office", "sworn in", "inaugurated", "inauguration"]),
        new("announce", [], ["announced", "announcement", "announcing", "unveiled", "unveils", "confirmed", "declared", "revealed", "published", "read out"]),
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

    // Cues that say little about the event: a price or index "rose" or "fell", a thing is "worth" or "valued at" an
    // amount. They frame a value only when no more telling cue is near ("Consumer prices rose 2.9%" is inflation;
    // "seven items worth £12m were taken" is the theft).
    private static readonly FrozenSet<string> Weak = FrozenSet.ToFrozenSet(
        ["rose", "fell", "gained", "dropped", "jumped", "slipped", "worth", "valued", "value"], StringComparer.Ordinal);

    // Words that open another clause between a value and a cue: the cue there is about something else.
    private static readonly FrozenSet<string> Joins = FrozenSet.ToFrozenSet(
        ["and", "but", "while", "whereas", "as", "after", "when", "because", "although", "though", "which", "who", "where"], StringComparer.Ordinal);

    /// <summary>The frame of a sum a budget lacks: a gap, hole, shortfall or deficit.</summary>
    public const string Shortfall = "shortfall";

    /// <summary>The frame of the moment an aircraft or balloon came down ("touched down at 09:55").</summary>
    public const string Landing = "landing";

    /// <summary>The frame of the moment an incident was over: a ship refloated, a fire extinguished or under control.</summary>
    public const string Over = "over";

    /// <summary>The frame of the moment something that had stopped started again: reopened, resumed, restarted.</summary>
    public const string Resume = "resume";

    /// <summary>The frame of a sentence or fine passed ("was fined £400", "jailed for six years") and of where it was passed.</summary>
    public const string Penalty = "penalty";

    /// <summary>The frame of a date or time that says when words were said ("said on Monday"): no event's date.</summary>
    public const string Said = "said";

    /// <summary>
    /// The frame of a place someone or something was moved to ("airlifted to Trevanna Hospital"): wherever the event
    /// happened, where its people or goods ended up is one slot of the story, told by any moving verb.
    /// </summary>
    public const string TakenTo = "taken to";

    /// <summary>
    /// The frame of the place a source ranks as where the event struck hardest ("Worst hit was Elswick Airport"): one slot of
    /// the story, whatever verbs each outlet tells it with (<see cref="RankedPlaces"/>).
    /// </summary>
    public const string HardestHit = "hardest hit";

    /// <summary>
    /// The frame of a vote. A split is read as a vote's only when its words tell a vote or a body's decision ("by 31 votes
    /// to 19", "backed the plan 7-2"), so the split itself tells the act, whether or not another vote word stands near it.
    /// </summary>
    public const string Vote = "vote";

    /// <summary>Frames that only a date or a time can take (when something began, ended, was announced).</summary>
    public static bool IsTimeline(string frame) => frame is "start" or "end" or "office" or "announce" or "found" or "signed" or "ratified" or "alarm" or "landing" or Over or Resume;

    public static bool IsFrame(string name) => Names.Contains(name);

    /// <summary>
    /// True for a frame that only measures: it takes sums, shares or quantities (a price, a rate, a temperature, a speed)
    /// and neither counts nor spans, so no happening is named by it.
    /// </summary>
    public static bool Measures(string frame) => MeasuringFrames.Contains(frame);

    private static readonly FrozenSet<string> MeasuringFrames = All
        .Where(f => f.Kinds.Length > 0 && f.Kinds.All(k => k is ValueKind.Money or ValueKind.Percent or ValueKind.Quantity))
        .Select(f => f.Name)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The frame that one-word cue <paramref name="word"/> gives a count ("hurt" -> injuries), or null.</summary>
    public static string? CountFrameOf(string word) =>
        All.FirstOrDefault(f => f.Kinds.Contains(ValueKind.Count) && f.Cues.Contains(word, StringComparer.Ordinal))?.Name;

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
                if (!taken[i] && words.At(i, cue) && !(cue.Length == 1 && (Attributive(words, i, frame.Name) || InTheEnd(words, i))))
                {
                    found.Add((i, i + cue.Length - 1, frame.Name, frame.Kinds));
                    for (var k = 0; k < cue.Length; k++)
                    {
                        taken[i + k] = true;
                    }
                }
            }
        }

        Leaving(words, taken, found);
        return found;
    }

    // A participle between a determiner or possessive and a noun modifies the noun ("Hollins's closing price", "the
    // opening ceremony", "the failed section"): no event happens there. "the closing of the plant", "closing three
    // branches" still name one, and "the injured", "the evacuated" are the people the event befell ("the injured remain").
    private static bool Attributive(Words words, int i, string frame) =>
        (words[i].EndsWith("ing", StringComparison.Ordinal) || (words[i].EndsWith("ed", StringComparison.Ordinal) && !PeopleBefallen.Contains(frame))) && i > 0 && i + 1 < words.Count && !words.BreakAfter(i) && !words.BreakAfter(i - 1)
        && (words[i - 1] is "the" or "a" or "an" or "its" or "their" or "his" or "her" || words[i - 1].EndsWith("'s", StringComparison.Ordinal))
        && char.IsLower(words.Tokens[i + 1].Text[0]) && words[i + 1].All(char.IsLetter) && !Stopwords.IsStopword(words[i + 1])
        && !NumberReader.TryRead(words, i + 1, out _);

    // "In the end" says "finally" ("In the end more than 150 guests were moved to safety"): nothing ended there.
    private static bool InTheEnd(Words words, int i) => words[i] == "end" && i >= 2 && words[i - 1] == "the" && words[i - 2] == "in";

    // Frames whose past participle names the people an event befell: "the injured", "the evacuated", "the arrested".
    private static readonly FrozenSet<string> PeopleBefallen = FrozenSet.ToFrozenSet(
        ["deaths", "injuries", "missing", "displaced", "rescued", "arrests", "aboard"], StringComparer.Ordinal);

    // Verbs of leaving whose object is a dwelling ("forced to leave their houses", "fled their flats", "abandoned
    // homes"): people displaced, however the dwelling is named (the measure classes say what a dwelling is).
    private static void Leaving(Words words, bool[] taken, List<(int, int, string, ValueKind[])> found)
    {
        for (var i = 0; i < words.Count; i++)
        {
            // Verbs of moving say leaving only with "out" or "from" ("were moved out of their homes", "cleared from
            // houses"); "moved into new homes" is the opposite.
            // "forcing about 300 people out of their houses": whatever verb put them there, people out of their homes are displaced.
            var moving = (words[i] is "moved" or "move" or "moving" or "ordered" or "cleared" or "taken" && i + 1 < words.Count && words[i + 1] is "out" or "from")
                || (words[i] == "out" && i + 1 < words.Count && words[i + 1] == "of");
            if (taken[i] || (!moving && words[i] is not ("leave" or "leaving" or "left" or "flee" or "fleeing" or "fled" or "abandon" or "abandoned" or "abandoning" or "quit")))
            {
                continue;
            }

            for (var k = i + 1; k <= Math.Min(words.Count - 1, i + (moving ? 4 : 3)) && !words.BreakAfter(k - 1); k++)
            {
                if (!taken[k] && MeasureClasses.Knows(words[k]) && MeasureClasses.Of(words[k]) == MeasureClasses.Dwellings)
                {
                    found.Add((i, k, "displaced", Counts));
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The frame of a value: the nearest cue that takes its kind (any cue for dates and times), counting a clause
    /// break as three words of distance; null when none is within reach. A sum its verb pays or awards to a recipient is
    /// what the recipient gets, whatever pay cue framed it (<see cref="PaidSums"/>).
    /// </summary>
    public static string? For(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues)
    {
        var (frame, first, _) = Nearest(words, value, cues, ownEvent: false);
        return frame is null or "fee" && PaidSums.ToRecipient(words, value, frame is null ? -1 : first) ? PaidSums.Frame : frame;
    }

    // ownEvent: the value is a date or time, which belongs to the event its own clause names.
    private static (string? Frame, int First, int Last) Nearest(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues, bool ownEvent)
    {
        var kind = value.Value.Kind;
        var timeLike = kind is ValueKind.Date or ValueKind.TimeOfDay;
        (string? Frame, int First, int Last) best = (null, -1, -1);
        var bestDistance = int.MaxValue;
        // The noun a clause assigns the figure to with "at" ("put the damage at £1.8m") names its event, however far.
        var valued = timeLike ? -1 : ValuedNouns.Index(words, value);
        var ownVerb = ownEvent ? OwnClauseVerb(words, value) : -1;
        foreach (var (first, last, frame, kinds) in cues)
        {
            if (!timeLike && !kinds.Contains(kind))
            {
                continue;
            }

            if (kind == ValueKind.Quantity && frame is "temperature" or "speed" && frame != value.Value.Unit)
            {
                continue; // a frame of quantities names its dimension: "reached 230 km/h" is no temperature
            }

            if (first <= value.Last && last >= value.First)
            {
                continue; // the value's own words ("magnitude") are no cue for itself, except below
            }

            if (ownEvent && (Valuations.Contains(frame) || (first > value.Last && OtherClause(words, value, first, ownVerb))))
            {
                continue; // a date belongs to the event it modifies, not to a sum named near it or to a later clause
            }

            if (ownVerb >= 0 && last < ownVerb && Enumerable.Range(last + 1, ownVerb - last - 1).Any(k => Subordinators.Contains(words[k])))
            {
                continue; // "their thefts ended when officers raided the garage at 6am": the time is the raid's, told by its own verb
            }

            if (frame == "end" && !timeLike && !(last < value.First && Enumerable.Range(last + 1, value.First - last - 1).All(k => words[k] is "of" or "the")))
            {
                continue; // what is closed is counted right after the verb ("closing three libraries", "the closure of four"), not "its closure caused queues"
            }

            if (valued >= first && valued <= last)
            {
                (best, bestDistance) = ((frame, first, last), -1);
                break;
            }

            var (from, to) = last < value.First ? (last, value.First) : (value.Last, first);
            var breaks = Enumerable.Range(from, to - from).Count(words.BreakAfter);
            var joins = 2 * Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Count(k => Joins.Contains(words[k]));
            var weak = first == last && Weak.Contains(words[first]) ? 5 : 0;
            // A date or time modifies the event named before it ("sentencing ... on Tuesday brought to an end").
            var after = timeLike && first > value.Last ? 5 : 0;
            var distance = to - from + 3 * breaks + joins + weak + after + (timeLike && !EventFrames.IsTimeline(frame) ? 2 : 0);
            if (kind == ValueKind.Count && first > value.Last && AcrossApposition(words, value, first) is { } apposed)
            {
                distance = Math.Min(distance, apposed + weak);
            }

            if (distance < bestDistance || (distance == bestDistance && timeLike && IsTimeline(frame)))
            {
                (best, bestDistance) = ((frame, first, last), distance);
            }
        }

        if (kind == ValueKind.Magnitude)
        {
            return ("quake", -1, -1);
        }

        return bestDistance <= 18 ? best : (null, -1, -1);
    }

    // Words of a passive or perfect verb group between a subject and its verb ("were evacuated", "had been freed").
    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["was", "were", "is", "are", "had", "has", "have", "been", "being", "all", "later", "then", "safely"], StringComparer.Ordinal);

    /// <summary>
    /// "About 40 people, most of them drivers sleeping in their cabs, were evacuated": a count that is the subject of its
    /// clause, with an apposition set off by commas between its noun and its verb, is as near that verb as if the apposition
    /// were not there. The distance from the count to the cue without the apposition; null when the words are not so shaped
    /// (the comma must close the count's own phrase, and only the verb group may follow the closing comma).
    /// </summary>
    private static int? AcrossApposition(Words words, ValueSpan value, int cue)
    {
        var head = global::Summarizer.Facts.Measures.HeadIndex(words, value);
        var open = head > value.Last ? head : value.Last;
        if (!words.BreakAfter(open) || Enumerable.Range(value.Last, open - value.Last).Any(words.BreakAfter))
        {
            return null;
        }

        var close = cue - 1;
        while (close > open && !words.BreakAfter(close) && Auxiliaries.Contains(words[close]))
        {
            close--;
        }

        if (close <= open + 1 || !words.BreakAfter(close) || cue - close > 4)
        {
            return null;
        }

        return open - value.Last + 1 + (cue - close);
    }

    // Where people were held against their will or plans (stranded by snow, besieged, holed up): an event with a place,
    // though no figure or date of its own, so only places are framed by it (dates and counts keep their frames).
    private static readonly FrozenSet<string> Reflexives = FrozenSet.ToFrozenSet(
        ["himself", "herself", "itself", "themselves", "themself"], StringComparer.Ordinal);

    private static readonly string[][] Held =
        [.. new[] { "snowed in", "caught out", "holed up", "stranded", "stuck", "trapped", "marooned", "barricaded", "besieged", "siege", "stand-off", "standoff" }
            .Select(c => c.Split(' '))];

    /// <summary>
    /// The event a place belongs to: the nearest cue, as for a date, but the event a start or end verb is said of when the
    /// sentence names it beside the verb ("the stand-off began at a flat in Tanner's Lane" is the stand-off's place), and
    /// never "until", which says how long something lasted, not where anything happened. Nor a cue of a "where" clause
    /// that follows the place ("will work at the Mill Lane unit, where fitting out began"): it tells another act at the
    /// place, not the one its own clause puts there.
    /// </summary>
    public static string? PlaceFrame(Words words, ValueSpan place, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues)
    {
        var whereClause = WhereClauseAfter(words, place.Last);
        var events = cues.Where(c => words[c.First] != "until" && !(c.First > whereClause.From && c.First < whereClause.To)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (Held.FirstOrDefault(h => words.At(i, h)) is { } held && !events.Any(c => c.First <= i && c.Last >= i))
            {
                events.Add((i, i + held.Length - 1, "held", []));
            }
            else if (Held.Any(h => h.Length == 2 && words[i] == h[0] && Reflexives.Contains(words[i + 1]) && words[i + 2] == h[1])
                && !events.Any(c => c.First <= i && c.Last >= i))
            {
                // "holed himself up", "snowed themselves in": the phrasal verb with its object inside.
                events.Add((i, i + 2, "held", []));
            }
        }

        return Phased(words, place with { Value = place.Value with { Kind = ValueKind.Date } }, events, ownEvent: false).Frame;
    }

    // The words of a relative "where" clause right after a place ("at Brackley Park, where work began"): from the "where"
    // to the next break; an empty range when none follows.
    private static (int From, int To) WhereClauseAfter(Words words, int last)
    {
        if (last + 1 >= words.Count || words[last + 1] != "where")
        {
            return (0, 0);
        }

        var end = last + 1;
        while (end + 1 < words.Count && !words.BreakAfter(end))
        {
            end++;
        }

        return (last + 1, end + 1);
    }

    // Frames of what a sum is worth or costs: "a government bill", "damage worth £2m" name no event a date could be of.
    private static readonly FrozenSet<string> Valuations = FrozenSet.ToFrozenSet(["cost", "worth", "savings", "damage"], StringComparer.Ordinal);

    // A cue after a date in another clause ("took her seat on Monday, four days after winning", "welcomed it on Monday
    // after the count gave them 61 seats") names another event; a date that opens the sentence ("At 4.20am on Saturday,
    // the eye crossed the coast") is fronted and modifies the clause after it, and a clause opened by "when" or "as"
    // ("woke shortly after 5am, when the quake struck") tells what happened at that moment. A participle that opens the
    // sentence with the date ("Appointed in May 2025, he led the club to promotion") makes the opening a clause of its
    // own: the date is the participle's, not the main clause's. (A past form can open a sentence only as a participle:
    // a finite verb follows its subject.)
    private static bool OtherClause(Words words, ValueSpan value, int cue, int ownVerb)
    {
        var between = Enumerable.Range(value.Last + 1, Math.Max(0, cue - value.Last - 1)).ToList();
        var fronted = value.First <= 3 && ownVerb != 0
            && !Enumerable.Range(0, value.First).Any(k => words.BreakAfter(k) || Joins.Contains(words[k]));
        return !fronted && !between.Any(k => words[k] is "when" or "as")
            && (Enumerable.Range(value.Last, cue - value.Last).Any(words.BreakAfter) || between.Any(k => Joins.Contains(words[k])));
    }

    /// <summary>
    /// A date or time framed by a start or end verb belongs to the event the verb is said of, when the sentence names
    /// it beside the verb ("the walkout began at midnight", "began a 48-hour strike at 6am"): that event's frame, with
    /// the verb as its phase. A date framed by an event with a start or end verb beside it takes that phase. Else the
    /// frame as it is, with no phase.
    /// </summary>
    public static (string? Frame, string Phase) Phased(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues, bool ownEvent = true)
    {
        var (frame, first, last) = Nearest(words, value, cues, ownEvent);
        if (frame is null || first < 0)
        {
            return (frame, "");
        }

        if (frame is "start" or "end")
        {
            var evt = cues.FirstOrDefault(c => !IsTimeline(c.Frame) && (Beside(words, first, last, c.First, c.Last) || c.Last == HolderIndex(words, first)));
            return evt.Frame is { } named ? (named, frame) : (frame, "");
        }

        var verb = IsTimeline(frame) ? default : cues.FirstOrDefault(c => c.Frame is "start" or "end" && Beside(words, first, last, c.First, c.Last));
        return (frame, verb.Frame ?? "");
    }

    /// <summary>
    /// The noun a relative clause with a start or end verb is about, when the verb dates a value: "a ballot that closed
    /// in February" is the ballot's end, not the end of the strike the sentence is about. A stem; "" when there is none.
    /// </summary>
    public static string RelativeHolder(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues)
    {
        var (frame, first, _) = Nearest(words, value, cues, ownEvent: true);
        var holder = frame is "start" or "end" && first >= 0 ? HolderIndex(words, first) : -1;
        // After a comma "which" may refer past the last noun ("a stall selling skewers, which was closed"): no holder then.
        return holder >= 0 && !words.BreakAfter(holder) && words[holder].All(char.IsLetter) && !Stopwords.IsStopword(words[holder]) && char.IsLower(words.Tokens[holder].Text[0])
            ? Stemmer.Inflections.Stem(words[holder])
            : "";
    }

    /// <summary>
    /// Whether the start or end word that dates a value is one said of anything a story holds ("began", "opened",
    /// "closed", "until": a campaign began, a cinema opened, a street stays shut until Friday), not a verb that tells an
    /// incident ("struck", "burst", "collapsed", "ran aground"). One story has many such beginnings and ends beside its
    /// one incident, so the only one each source gives need not be one event.
    /// </summary>
    public static bool GeneralPhase(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues)
    {
        var (frame, first, last) = Nearest(words, value, cues, ownEvent: true);
        return frame == "end" || (frame == "start" && first >= 0 && first == last && GeneralStarts.Contains(words[first]));
    }

    // The start words of the start frame that say nothing of what began (every end word is so already): general news
    // vocabulary, not drawn from any case.
    private static readonly FrozenSet<string> GeneralStarts = FrozenSet.ToFrozenSet(
        ["began", "begin", "begins", "started", "start", "starts", "opened", "launched"], StringComparer.Ordinal);

    /// <summary>
    /// The head noun of the subject a start or end verb dating a value is said of, in the verb's own clause: "the sit-in
    /// at the library ended on Tuesday" gives "sit-in", "Abbeygate Street will stay shut until Wednesday" gives
    /// "street". A start or an end is of what its verb is said of, and two outlets' ends of differently named things
    /// date two processes. A stem; "" when the verb opens a relative clause (<see cref="RelativeHolder"/>) or its subject
    /// does not open as a noun phrase does (with a determiner or a name) or is a pronoun.
    /// </summary>
    public static string PhaseSubject(Words words, ValueSpan value, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues)
    {
        var (frame, first, last) = Nearest(words, value, cues, ownEvent: true);
        if (frame is not ("start" or "end") || first < 1 || !OneClause(words, value, first, last) || HolderIndex(words, first) >= 0 || CauseSubjects.Subject(words, first, conjunctions: false) is not { } start)
        {
            return "";
        }

        // The verb's own clause opens after the last clause word before it ("was closed after a lorry struck"); a joined
        // verb phrase ("stayed closed and is expected to reopen") has no subject of its own there.
        var opening = start;
        for (var k = first - 1; k >= start; k--)
        {
            if (Joins.Contains(words[k]) && words[k] != "and")
            {
                opening = k + 1;
                break;
            }
        }

        // "..., and the owners of the tower shut it down": a clause joined after a comma opens after its conjunction.
        if (opening < first - 1 && words[opening] is "and" or "but" && opening > 0 && words.BreakAfter(opening - 1))
        {
            opening++;
        }

        if (opening >= first || !(Determiners.ArticlesAndPossessives.Contains(words[opening]) || CauseSubjects.Possessive(words[opening]) || words.Capitalized(opening)))
        {
            return "";
        }

        // The noun phrase runs to its verb group or to the phrase that qualifies it ("the owners of the tower"): its head
        // is the last word before either.
        var head = opening;
        while (head + 1 < first && !words.BreakAfter(head) && !VerbGroup.Contains(words[head + 1]) && !Qualifying.Contains(words[head + 1]))
        {
            head++;
        }

        var word = words[head].EndsWith("'s", StringComparison.Ordinal) ? words[head][..^2] : words[head];
        return head < first && word.Length > 1 && word.All(c => char.IsLetter(c) || c == '-') && !Stopwords.IsStopword(word)
            ? Stemmer.Inflections.Stem(word)
            : "";
    }

    // The verb and the value stand in one clause: no clause break or clause word between them ("was closed after a lorry
    // struck the bridge at 5.40am" dates the striking, whose subject is not the closed line's).
    private static bool OneClause(Words words, ValueSpan value, int first, int last)
    {
        var (from, to) = last < value.First ? (last, value.First) : (value.Last, first);
        return from < to && !Enumerable.Range(from, to - from).Any(words.BreakAfter) && !Enumerable.Range(from + 1, Math.Max(0, to - from - 1)).Any(k => Joins.Contains(words[k]));
    }

    // Words that open a subject's verb group: the auxiliaries, and the infinitive marker of "is expected to reopen".
    private static readonly FrozenSet<string> VerbGroup = AuxiliaryVerbs.Set(AuxiliaryVerbs.All, ["to"]);

    // Prepositions and relative words that open what qualifies a noun ("the sit-in at Hollins Road", "the tower, which").
    private static readonly FrozenSet<string> Qualifying = FrozenSet.ToFrozenSet(
        ["of", "at", "in", "on", "from", "for", "with", "near", "by", "into", "outside", "inside", "across", "behind", "between", "along", "over", "under", "which", "who", "that"], StringComparer.Ordinal);

    // How far before a date or time its verb may stand. A date closes its clause, and the verb it dates often stands
    // before the verb's object and a place phrase ("counted the grey seals on the north beach on Wednesday",
    // "moved in during the early hours of Wednesday"): ten words reach past both, where six stopped short; a clause
    // break or a clause word between them still ends the search.
    private const int VerbReach = 10;

    /// <summary>
    /// The past-tense verb a date or time attaches to in its own clause when no event word frames it ("the section was
    /// last inspected in September", "Founded in 1874 by ..."): the nearest "-ed" verb before it (for a date, or an
    /// irregular past form outside a modal verb group: "was built in 1857"), with no clause break or clause word between;
    /// "" when there is none. What the lexicon does not know is still dated by its verb.
    /// </summary>
    public static string AttachedVerb(Words words, ValueSpan value) =>
        AttachedVerbIndex(words, value) is var k and >= 0 ? words[k] : "";

    // Words that open an adverbial clause, with its own subject and verb, inside a sentence: what stands before one of
    // them is told of another act. "and" and "but" are left out: verbs they join most often share one subject and tell one
    // act in steps. So are relative words: a relative clause tells of the noun it follows ("the old record, which had stood
    // since 2019"), so an event word there still names what the clause dates.
    private static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(
        ["when", "after", "because", "while", "whereas", "although", "though"], StringComparer.Ordinal);

    /// <summary>
    /// The index of the past-tense verb of a date's or time's own clause (-1 when it has none): an event word of the main
    /// clause, before the subordinating word that opens this clause, is then not the value's frame ("their thefts ended
    /// when officers raided the garage at 6am", "the line was closed after a signal failed at 7.40am"). The value dates
    /// the act of its own clause, told by that clause's verb.
    /// </summary>
    private static int OwnClauseVerb(Words words, ValueSpan value) =>
        value.Value.Kind is ValueKind.Date or ValueKind.TimeOfDay ? AttachedVerbIndex(words, value) : -1;

    private static int AttachedVerbIndex(Words words, ValueSpan value)
    {
        // A day is often told by an irregular past ("the lighthouse was built in 1857", "the bird was first seen on Monday").
        // A clock time keeps to "-ed" forms: "left the airport at 18:40" is some other moment of the story as often as not.
        var irregular = value.Value.Kind == ValueKind.Date;
        for (var k = value.First - 1; k >= Math.Max(0, value.First - VerbReach) && !words.BreakAfter(k); k--)
        {
            var word = words[k];
            if (Joins.Contains(word))
            {
                return -1;
            }

            // A lower-case past form (a name such as "United" is no verb), not a noun that only ends so ("speed", "hundred").
            if (((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal) && word != "hundred")
                    || (irregular && IrregularVerbs.IsPastForm(word) && !AfterModal(words, k)))
                && word.All(char.IsLetter) && (k == 0 || char.IsLower(words.Tokens[k].Text[0])) && !Stopwords.IsStopword(word))
            {
                return k;
            }
        }

        return -1;
    }

    // A participle in a verb group opened by a modal or "to" ("will be sat on", "could be heard on", "is due to be held
    // on") tells what may or will be, not what happened.
    private static bool AfterModal(Words words, int verb)
    {
        var k = verb - 1;
        while (k >= 0 && !words.BreakAfter(k) && (words[k] is "be" or "been" or "have" or "not" || words[k].EndsWith("ly", StringComparison.Ordinal)))
        {
            k--;
        }

        return k >= 0 && k < verb - 1 && !words.BreakAfter(k) && ModalOpeners.Contains(words[k]);
    }

    // What opens a verb group of what may or will be: a modal, or the "to" of an infinitive.
    private static readonly FrozenSet<string> ModalOpeners = AuxiliaryVerbs.Set(AuxiliaryVerbs.Modals, ["to"]);

    // "ballot that closed", "the walkout, which began", "the inquiry that had begun": the noun before the relative pronoun
    // that opens the verb's clause; -1 when the verb opens no relative clause.
    private static int HolderIndex(Words words, int verb)
    {
        var k = verb - 1;
        while (k > 0 && words[k] is "had" or "has" or "have" or "was" or "were" or "is" or "are" or "been" or "be" or "first" or "finally" or "only")
        {
            k--;
        }

        return k > 0 && words[k] is "that" or "which" ? k - 1 : -1;
    }

    // Two cues at most three words apart, with no clause break or clause word between them.
    private static bool Beside(Words words, int firstA, int lastA, int firstB, int lastB)
    {
        var (from, to) = lastA < firstB ? (lastA, firstB) : lastB < firstA ? (lastB, firstA) : (-1, -1);
        return from >= 0 && to - from <= 4
            && !Enumerable.Range(from, to - from).Any(words.BreakAfter)
            && !Enumerable.Range(from + 1, to - from - 1).Any(k => Joins.Contains(words[k]));
    }
}
