using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// A state a sentence reports a process to be in: which process ("deal", "filing", "service", "custody") and how far
/// along it is. Each process is a ladder of acts (a deal is agreed, then signed; a service stops, then is restored);
/// <see cref="Stage"/> is 2 * act + 1 when the act is done and 2 * act when it is only ahead ("is expected to sign",
/// "considering an appeal"), so a later report of a higher stage is progress.
/// </summary>
/// <param name="First">First token shown (the clause's words before the act, when they are plain words).</param>
/// <param name="Cue">The act's first token.</param>
/// <param name="Last">Last token shown (the act, with its particle and the process noun it governs).</param>
/// <param name="Subject">The stem of the word the state is said of ("service"), or "" when none is read.</param>
internal sealed record StatusSpan(string Process, int Stage, int First, int Cue, int Last, string Subject);

/// <summary>
/// Reads states and their aspect from how news reports the stages of a process: an act as done ("has signed", "were
/// fully restored", "has lodged an appeal") or as ahead ("is expected to sign", "will complete the signing", "were
/// considering an appeal"). General lexicons of process acts, not lists keyed to any story.
/// </summary>
internal static class StatusReader
{
    /// <param name="SaysItself">The cue names the state on its own ("in a critical condition", "taken to hospital"): no copula is needed.</param>
    private sealed record Act(string[] Cue, int Index, bool NeedsNoun, bool SaysItself = false);

    /// <param name="ActiveRestores">A later act done with no copula ("services resumed") is a state; not so for a patient ("the hospital discharged").</param>
    private sealed record Process(string Name, FrozenSet<string> Nouns, Act[] Acts, bool NeedsCopula, bool ActiveRestores = true)
    {
        // The acts filed by their cue's first word, in the ladder's order: a word that opens no cue is passed with one lookup.
        public FrozenDictionary<string, Act[]> ActsByFirstWord { get; } =
            Acts.GroupBy(a => a.Cue[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    private static Act[] Acts(params (string Cues, int Index, bool NeedsNoun)[] acts) =>
        [.. acts.SelectMany(a => a.Cues.Split(',').Select(c => new Act(c.Trim().Split(' '), a.Index, a.NeedsNoun)))];

    private static IEnumerable<Act> Phrases(string cues, int index) =>
        cues.Split(',').Select(c => new Act(c.Trim().Split(' '), index, NeedsNoun: false, SaysItself: true));

    private static readonly Process[] Processes =
    [
        // An agreement is reached, then signed or completed. "Signed" says itself; "completed", "agreed" need what was.
        new("deal", FrozenSet.ToFrozenSet(["deal", "contract", "agreement", "signing", "move", "transfer", "takeover", "merger",
            "acquisition", "sale", "purchase", "treaty", "accord", "pact", "fee", "terms", "bid", "offer"], StringComparer.Ordinal),
            Acts(("agreed,agree,approved,approve,accepted,accept,reached,reach,struck", 0, true),
                ("signed,sign,signs,completed,complete,finalised,finalise,finalized,finalize,sealed,seal,ratified,ratify,concluded,conclude", 1, false)),
            NeedsCopula: false),

        // A formal challenge is lodged, then decided.
        new("filing", FrozenSet.ToFrozenSet(["appeal", "lawsuit", "complaint", "challenge", "objection", "petition", "suit"], StringComparer.Ordinal),
            Acts(("lodged,lodge,filed,file,launched,launch,submitted,submit", 0, true), ("appealed,appeal", 0, false),
                ("rejected,dismissed,upheld,overturned,quashed,thrown out,granted", 1, true)),
            NeedsCopula: false),

        // A service or a place stops, then runs again.
        new("service", FrozenSet<string>.Empty,
            Acts(("disrupted,suspended,halted,interrupted,closed,shut,down,offline,cut off", 0, false),
                ("restored,restore,resumed,resume,reopened,reopen,back to normal,back online,back up,running again,working again", 1, false)),
            NeedsCopula: true),

        // An order or restriction is put in place, then lifted: "the ban will stay in place", "the evacuation order was
        // lifted". The order noun is required, so "lifted by crane" or "issued a statement" says no such state.
        new("order", FrozenSet.ToFrozenSet(["ban", "order", "advice", "warning", "restriction", "restrictions", "curfew", "cordon",
            "suspension", "embargo", "lockdown", "alert"], StringComparer.Ordinal),
            Acts(("imposed,impose,issued,issue,in place,in force", 0, true),
                ("lifted,lift,withdrawn,withdraw,rescinded,rescind,revoked,revoke,stood down", 1, true)),
            NeedsCopula: false),

        // Someone is arrested, then charged, then convicted.
        new("custody", FrozenSet<string>.Empty,
            Acts(("arrested,detained", 0, false), ("charged", 1, false), ("convicted,found guilty", 2, false)),
            NeedsCopula: true),

        // Someone hurt is in hospital or in a grave condition, then stable, then home. The conditions a hospital reports
        // say themselves; "stable" or "discharged" alone need a copula ("is stable", "has been discharged").
        new("patient", FrozenSet<string>.Empty,
            [
                .. Phrases("taken to hospital,rushed to hospital,airlifted to hospital,flown to hospital,admitted to hospital,"
                    + "in a critical condition,in critical condition,in a serious condition,in serious condition,"
                    + "in a life-threatening condition,in intensive care,fighting for his life,fighting for her life,fighting for their lives", 0),
                .. Acts(("in hospital", 0, false)),
                .. Phrases("in a stable condition,in stable condition,in a serious but stable condition,in a critical but stable condition,"
                    + "in a comfortable condition,out of intensive care,out of danger", 1),
                .. Acts(("stable,comfortable", 1, false)),
                .. Phrases("released from hospital,discharged from hospital,allowed home from hospital", 2),
                .. Acts(("discharged,sent home,allowed home", 2, false)),
            ],
            NeedsCopula: true,
            ActiveRestores: false),
    ];

    // Said of a process that has not yet reached the act: "expected to", "will", "before", "once".
    private static readonly FrozenSet<string> Ahead = FrozenSet.ToFrozenSet(
        ["will", "would", "'ll", "expected", "set", "due", "poised", "about", "plans", "plan", "planning", "intends", "intend", "to",
         "considering", "weighing", "mulling", "preparing", "could", "may", "might", "before", "once", "until", "hopes", "hope", "yet"],
        StringComparer.Ordinal);

    // Verbs that put a process noun ahead on their own: "considering an appeal".
    private static readonly FrozenSet<string> Weighing = FrozenSet.ToFrozenSet(
        ["considering", "weighing", "mulling", "preparing", "planning", "exploring", "seeking"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "remained", "remains", "remain", "stay", "stays", "stayed", "still", "fully",
         "now", "already", "finally", "officially", "formally", "largely", "partly", "mostly", "also", "again", "gradually", "since"],
        StringComparer.Ordinal);

    // Copulas of a state that goes on: what is said to stay or remain so is so now.
    private static readonly FrozenSet<string> Lasting = FrozenSet.ToFrozenSet(
        ["remained", "remains", "remain", "stay", "stays", "stayed"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "was", "were", "is", "are", "been", "be", "being", "remained", "remains", "remain", "stay", "stays", "stayed"],
        StringComparer.Ordinal);

    // Words that end a noun phrase's head: "trains on the line past the zoo" is said of the trains.
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["of", "on", "in", "at", "along", "around", "across", "over", "past", "near", "between", "from", "to", "into", "through",
         "for", "with", "by", "under", "outside", "inside", "beyond", "towards", "throughout", "after", "before", "during"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["it", "they", "he", "she", "we", "this", "that", "these", "those", "there", "which", "who", "all", "every", "each"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(["not", "never", "no", "yet"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "its", "his", "her", "their", "our", "this", "that"], StringComparer.Ordinal);

    // Words that open a clause: the words before them belong to another statement.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "that", "and", "but", "while", "after", "when", "as", "because", "which", "who", "where"], StringComparer.Ordinal);

    /// <summary>Every state the sentence reports, at most one per process (the furthest along).</summary>
    public static List<StatusSpan> Read(Words words)
    {
        var found = new List<StatusSpan>();
        foreach (var process in Processes)
        {
            StatusSpan? best = null;
            for (var i = 0; i < words.Count; i++)
            {
                var read = ActAt(words, i, process) ?? WeighedAt(words, i, process);
                if (read is not null && (best is null || read.Stage > best.Stage))
                {
                    best = read;
                }
            }

            if (best is not null)
            {
                found.Add(best);
            }
        }

        return found;
    }

    // The first of the process' acts whose cue starts at word i (a loop: this runs for every word and process).
    private static Act? FirstActAt(Words words, int i, Process process)
    {
        if (!process.ActsByFirstWord.TryGetValue(words[i], out var acts))
        {
            return null;
        }

        foreach (var act in acts)
        {
            if (words.At(i, act.Cue))
            {
                return act;
            }
        }

        return null;
    }

    // Split from what reads the act so that the lambdas there (which capture the words) cost nothing at the words
    // where no act starts: nearly every word of every sentence, for every process.
    private static StatusSpan? ActAt(Words words, int i, Process process) =>
        FirstActAt(words, i, process) is { } act ? ActAt(words, i, process, act) : null;

    private static StatusSpan? ActAt(Words words, int i, Process process, Act act)
    {
        var last = i + act.Cue.Length - 1;
        var noun = NounAfter(words, last, process);
        if (act.NeedsNoun && noun < 0 && !NounBefore(words, i, process))
        {
            return null;
        }

        var chainStart = i;
        while (chainStart > 0 && !words.BreakAfter(chainStart - 1) && (Auxiliaries.Contains(words[chainStart - 1]) || Ahead.Contains(words[chainStart - 1])
            || Negations.Contains(words[chainStart - 1]) || words[chainStart - 1].EndsWith("n't", StringComparison.Ordinal)))
        {
            chainStart--;
        }

        var chain = Enumerable.Range(chainStart, i - chainStart).Select(k => words[k]).ToList();
        if (chain.Any(w => (Negations.Contains(w) && w != "yet") || w.EndsWith("n't", StringComparison.Ordinal)))
        {
            return null; // "has not signed": no state is reported
        }

        // "will stay closed", "is expected to remain in hospital": a state that lasts is reached already, whatever lies ahead.
        var ahead = !chain.Any(Lasting.Contains)
            && (chain.Where((w, k) => !(w == "to" && Reported(words, chainStart + k))).Any(Ahead.Contains) || Subordinate(words, chainStart));
        if (!ahead && act.Cue.Length == 1 && IsBase(words[i]))
        {
            return null; // "the appeal hearing", "sign here": a bare base form is a noun or an order, not a state
        }

        if (!ahead && process.NeedsCopula && !act.SaysItself && !chain.Any(Copulas.Contains) && !(process.ActiveRestores && IsActiveAct(words, i, act)))
        {
            return null; // "took down the system", "closed up 1.2%": not a state of the thing
        }

        if (!ahead && chainStart == i && chainStart > 0 && Determiners.Contains(words[i - 1]))
        {
            return null; // "the signed contract"
        }

        var stage = (2 * act.Index) + (ahead ? 0 : 1);
        var thing = process.Name == "service" && !ahead ? ObjectAfter(words, last) : -1;
        var end = noun >= 0 ? noun : Math.Max(thing, last);
        var subject = thing >= 0 ? Summarizer.Text.Stemmer.Inflections.Stem(words[thing]) : SubjectBefore(words, chainStart);
        return new StatusSpan(process.Name, stage, ShownFrom(words, chainStart), i, end, subject);
    }

    // "were considering an appeal": the process is ahead though no act is named.
    private static StatusSpan? WeighedAt(Words words, int i, Process process)
    {
        if (!Weighing.Contains(words[i]) || process.Nouns.Count == 0)
        {
            return null;
        }

        var noun = NounAfter(words, i, process);
        if (noun < 0)
        {
            return null;
        }

        var chainStart = i;
        while (chainStart > 0 && !words.BreakAfter(chainStart - 1) && Auxiliaries.Contains(words[chainStart - 1]))
        {
            chainStart--;
        }

        return new StatusSpan(process.Name, 0, ShownFrom(words, chainStart), i, noun, SubjectBefore(words, chainStart));
    }

    // "is said to be stable", "was said last night to be in a serious condition": a state reported, not one ahead.
    // A time said between the reporting verb and its infinitive ("was said on Saturday evening to be stable", "were said
    // this evening to be") tells when the report was made, not what lies ahead, so its words are passed over.
    private static bool Reported(Words words, int to)
    {
        for (int k = to - 1, counted = 0; k >= 0 && counted < 3 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "said" or "thought" or "believed" or "understood" or "reported" or "described")
            {
                return true;
            }

            if (!TimeWords.Contains(words[k]) && CalendarWords.WeekdayAt(words, k) is null)
            {
                counted++;
            }
        }

        return false;
    }

    // Words of a day or a part of it said between a reporting verb and its infinitive.
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
        ["on", "this", "last", "late", "early", "morning", "afternoon", "evening", "night", "yesterday", "today", "tonight"], StringComparer.Ordinal);

    // "before the deal has been signed", "once the contract is signed": the clause says what has not happened yet.
    private static bool Subordinate(Words words, int chainStart)
    {
        for (var k = chainStart - 1; k >= Math.Max(0, chainStart - 5) && !words.BreakAfter(k); k--)
        {
            if (words[k] is "before" or "once" or "until" or "unless" or "if")
            {
                return true;
            }
        }

        return false;
    }

    // "services resumed", "the bridge reopened": a restoring act needs no copula. A stopping act done to a thing named
    // right after it ("the trust closed the canal", "police shut the bridge") puts that thing in its state too; without
    // such an object ("closed up 1.2%", "closed at 5pm") it says nothing of one.
    private static bool IsActiveAct(Words words, int i, Act act) =>
        i > 0 && !Determiners.Contains(words[i - 1]) && !words.BreakAfter(i - 1) && act.Cue.Length == 1
        && (words[i].EndsWith("ed", StringComparison.Ordinal) || words[i] == "shut")
        && (act.Index > 0 || ObjectAfter(words, i) >= 0);

    private static bool IsBase(string word) => !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith('s') && word is not ("down" or "offline" or "shut" or "struck" or "stable" or "comfortable");

    // The process noun an act governs: "lodged an appeal", "completed his move", "will complete the signing".
    private static int NounAfter(Words words, int last, Process process)
    {
        for (var k = last + 1; k <= last + 4 && k < words.Count; k++)
        {
            if (process.Nouns.Contains(words[k]))
            {
                return k;
            }

            if (words.BreakAfter(k) || char.IsDigit(words.Tokens[k].Text[0]) || ClauseOpeners.Contains(words[k]))
            {
                return -1;
            }
        }

        return -1;
    }

    // "the contract was signed", "the appeal was rejected": the noun is the subject.
    private static bool NounBefore(Words words, int i, Process process)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4); k--)
        {
            if (process.Nouns.Contains(words[k]))
            {
                return true;
            }

            if (words.BreakAfter(k))
            {
                return false;
            }
        }

        return false;
    }

    // The clause's plain words before the act ("Quillon Pay's services were"), never a figure of another statement.
    private static int ShownFrom(Words words, int chainStart)
    {
        var first = chainStart;
        for (var k = chainStart - 1; k >= Math.Max(0, chainStart - 6); k--)
        {
            if (words.BreakAfter(k) || ClauseOpeners.Contains(words[k]) || char.IsDigit(words.Tokens[k].Text[0]) || NumberReader.NumberWords.ContainsKey(words[k]))
            {
                break;
            }

            first = k;
        }

        return first;
    }

    // The head of the clause's subject: "Trams along the avenue were halted" is said of trams, "trains on the line past
    // the zoo were halted" of trains, not of the last word before the verb.
    private static string SubjectBefore(Words words, int chainStart)
    {
        var first = chainStart;
        for (var k = chainStart - 1; k >= Math.Max(0, chainStart - 10); k--)
        {
            if (words.BreakAfter(k) || ClauseOpeners.Contains(words[k]) || words[k] is "although" or "though" or "whereas" or "if")
            {
                break;
            }

            first = k;
        }

        // A phrase that opens the clause ("By late morning the service was") is no part of the subject.
        var head = chainStart - 1;
        for (var k = first + 1; k < chainStart; k++)
        {
            if (Prepositions.Contains(words[k]))
            {
                head = k - 1;
                break;
            }
        }

        return head >= first && head >= 0 && !Determiners.Contains(words[head]) && !Pronouns.Contains(words[head]) && words[head].Length > 2
            && !char.IsDigit(words.Tokens[head].Text[0])
            ? Summarizer.Text.Stemmer.Inflections.Stem(words[head])
            : "";
    }

    // Words of when, not of what: "remained closed this morning" says nothing of a morning being closed.
    private static readonly FrozenSet<string> TimeNouns = FrozenSet.ToFrozenSet(
        ["morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time", "season", "summer", "winter", "spring", "autumn"],
        StringComparer.Ordinal);

    // "reopened its runway", "closed the bridge": an act done to a thing names the thing right after it.
    private static int ObjectAfter(Words words, int last)
    {
        if (!Determiners.Contains(words[last + 1]) || words.BreakAfter(last) || TimeNouns.Contains(words[last + 2]))
        {
            return -1;
        }

        var head = -1;
        for (var k = last + 2; k <= last + 4 && k < words.Count; k++)
        {
            if (Prepositions.Contains(words[k]) || ClauseOpeners.Contains(words[k]) || char.IsDigit(words.Tokens[k].Text[0]))
            {
                break;
            }

            head = k;
            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return head;
    }
}
