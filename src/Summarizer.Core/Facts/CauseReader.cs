using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>A cause a sentence gives for what happened: the tokens of the cause phrase.</summary>
internal sealed record CauseSpan(int First, int Last);

/// <summary>
/// Reads what an outlet says caused an event, in the ways news reports word a cause: the agent of a causal verb
/// ("was started by a discarded cigarette", "blamed on a faulty cable", "traced to a lorry", "evidence points to
/// a door left open"), a clause of cause ("was triggered when a barge struck the pier", "when a valve failed"), the
/// subject of "was the likely cause" or of an active causal verb ("sparks from a mower set light to the grass"),
/// and a mishap the event came "after" ("shut down after a loss of oil pressure"). A hedged cause ("may have been
/// caused by") is still the outlet's version; a denied one ("not caused by", "ruled out") is not read.
/// </summary>
internal static class CauseReader
{
    // Verbs whose agent ("by ...") or complement ("to ...", "on ...") is the cause.
    private static readonly string[] CauseBefore =
    [
        "caused by", "started by", "sparked by", "triggered by", "ignited by", "set off by", "brought down by",
        "blamed on", "put down to", "traced to", "attributed to", "points to", "pointed to",
        "the result of", "because of",
    ];

    // A clause of cause after the event's verb: "was triggered when ...", "was caused when ...".
    private static readonly string[] CauseClause = ["caused when", "triggered when", "started when", "sparked when"];

    // Active causal verbs: their subject is the cause ("sparks from a mower set light to the grass").
    private static readonly string[] CausalVerbs = ["set light to", "set fire to", "sparked the", "triggered the", "caused the", "ignited the"];

    // Something that broke or stopped working: "when a valve failed", "a hose that split".
    private static readonly FrozenSet<string> Failed = FrozenSet.ToFrozenSet(
        ["failed", "split", "burst", "ruptured", "snapped", "cracked", "broke", "gave way", "gave out", "broke loose", "came loose", "overheated", "malfunctioned", "short-circuited"],
        StringComparer.Ordinal);

    // Mishaps an event comes "after": the noun that heads "after a bird strike", "after a loss of oil pressure".
    private static readonly FrozenSet<string> Mishaps = FrozenSet.ToFrozenSet(
        ["strike", "failure", "fault", "loss", "collision", "explosion", "leak", "malfunction", "blowout", "breach", "fracture", "surge", "outage", "lightning"],
        StringComparer.Ordinal);

    // Words that end a cause phrase: the clause moves on to something else.
    private static readonly FrozenSet<string> Enders = FrozenSet.ToFrozenSet(
        ["according", "said", "says", "told", "which", "who", "before", "after", "as", "and", "but", "while", "minutes", "seconds", "hours", "leaving", "putting"],
        StringComparer.Ordinal);

    private const int MaxWords = 14;

    public static List<CauseSpan> Read(Words words)
    {
        var found = new List<CauseSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (CauseBefore.FirstOrDefault(c => words.At(i, c)) is { } cue && !Denied(words, i))
            {
                Add(found, words, i + Words.WordCount(cue), enders: true);
            }
            else if (CauseClause.FirstOrDefault(c => words.At(i, c)) is { } clause && !Denied(words, i))
            {
                Add(found, words, i + Words.WordCount(clause), enders: true);
            }
            else if (CausalVerbs.FirstOrDefault(c => words.At(i, c)) is not null && Subject(words, i) is { } subject && !Denied(words, subject))
            {
                found.Add(new CauseSpan(subject, i - 1));
            }
            else if (words[i] is "cause" or "source" && LikelyCause(words, i) is { } verb && Subject(words, verb) is { } cause && !Denied(words, cause))
            {
                found.Add(new CauseSpan(cause, verb - 1));
            }
            else if (words[i] is "when" or "that" or "believe" or "believed" or "believes" or "suspect" or "suspected" or "think" or "thought"
                && FailedClause(words, i + 1) is { } failed && !Denied(words, i))
            {
                found.Add(new CauseSpan(i + 1, End(words, failed, enders: true)));
            }
            else if (words[i] is "putting" && words.BreakAfter(i - 1) && Subject(words, i - 1) is { } done && !Denied(words, done))
            {
                found.Add(new CauseSpan(done, i - 1)); // "the officer had missed a turn, putting the ship onto the reef"
            }
            else if (words[i] is "that" or "which" && Failed.Any(f => words.At(i + 1, f)) && Antecedent(words, i) is { } thing && !Denied(words, thing))
            {
                found.Add(new CauseSpan(thing, End(words, i + 1, enders: false)));
            }
            else if (words[i] == "after" && words[i + 1] is "a" or "an" && MishapEnd(words, i + 2) is { } mishap)
            {
                found.Add(new CauseSpan(i + 1, mishap));
            }

            // A cause is read once: "triggered when a main burst" is not read again at "when".
            if (found.Count > 0)
            {
                i = Math.Max(i, found[^1].Last);
            }
        }

        return found;
    }

    private static void Add(List<CauseSpan> found, Words words, int start, bool enders)
    {
        if (start < words.Count && !words.BreakAfter(start - 1))
        {
            found.Add(new CauseSpan(start, End(words, start, enders)));
        }
    }

    // The phrase runs to the clause's end: a break, a word that starts another clause, or a length cap.
    private static int End(Words words, int start, bool enders)
    {
        var last = start;
        while (last + 1 < words.Count && last - start < MaxWords && !words.BreakAfter(last) && !(enders && Enders.Contains(words[last + 1])))
        {
            last++;
        }

        return last;
    }

    // "... was the most likely cause", "... were the probable source of the infection": the verb before the noun.
    private static int? LikelyCause(Words words, int noun)
    {
        var k = noun - 1;
        while (k > noun - 4 && words[k] is "most" or "likely" or "probable" or "main" or "suspected" or "real" or "immediate")
        {
            k--;
        }

        return words[k] == "the" && words[k - 1] is "was" or "were" or "is" or "are" ? k - 1 : null;
    }

    // The subject before a verb at <paramref name="verb"/>: back to the start of its clause ("said", "believe",
    // "that", "when", a comma), no longer than the cap.
    private static int? Subject(Words words, int verb)
    {
        var k = Back(words, verb - 1, verb);

        // A relative clause set off by commas belongs to the subject: "wild geese, which gather on the fields, were".
        if (words[k] is "which" or "who" && k > 0 && words.BreakAfter(k - 1))
        {
            k = Back(words, k - 1, verb);
        }

        return k < verb && words[k] is not ("it" or "this" or "which" or "who" or "what") ? k : null;
    }

    private static int Back(Words words, int k, int verb)
    {
        while (k > 0 && verb - k < MaxWords + 12 && !words.BreakAfter(k - 1)
            && words[k - 1] is not ("said" or "says" or "say" or "believe" or "believed" or "believes" or "think" or "thought" or "suspect" or "that" or "when" or "how"))
        {
            k--;
        }

        return k;
    }

    // "when a valve on a storage tank failed": a short noun phrase, then a verb of breaking.
    private static int? FailedClause(Words words, int start)
    {
        for (var k = start + 1; k < words.Count && k - start <= 8 && !words.BreakAfter(k - 1); k++)
        {
            if (Failed.FirstOrDefault(f => words.At(k, f)) is { } verb)
            {
                return words[start] is "a" or "an" or "the" or "its" or "their" ? k + Words.WordCount(verb) - 1 : null;
            }
        }

        return null;
    }

    // "a transfer hose at the works that split": the noun phrase before "that", from its article.
    private static int? Antecedent(Words words, int that)
    {
        for (var k = that - 1; k >= 0 && that - k <= 8 && !words.BreakAfter(k); k--)
        {
            if (words[k] is "a" or "an" && !(words[k - 1] is "of"))
            {
                return k;
            }
        }

        return null;
    }

    // "after a bird strike", "after a loss of oil pressure": the phrase when its head is a mishap.
    private static int? MishapEnd(Words words, int start)
    {
        for (var k = start; k < words.Count && k - start <= 4; k++)
        {
            if (Mishaps.Contains(words[k]))
            {
                return words[k + 1] == "of" ? End(words, k, enders: true) : k;
            }

            if (words.BreakAfter(k))
            {
                break;
            }
        }

        return null;
    }

    // "not caused by", "ruled out", "no evidence", "rather than": a cause the outlet denies.
    private static bool Denied(Words words, int i)
    {
        for (var k = Math.Max(0, i - 4); k < i; k++)
        {
            if (words[k] is "not" or "never" or "no" or "nor" or "rather" || words.At(k, "ruled out"))
            {
                return true;
            }
        }

        return false;
    }
}
