namespace Summarizer.Checking.Independent;

/// <summary>
/// How a summary frames what sources report, not what happened: "Reports differ on ...", "the margin was put at",
/// "is given as", "Most outlets put the toll at", "according to two reports", "a tabloid put the number at five", "one
/// paper named the Long Gallery". The figures and words that follow are the claim; the frame is no part of what a
/// source must say. General English reporting phrases and the common nouns for kinds of news outlet.
/// </summary>
internal static class ReportingFrame
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "reports", "report", "accounts", "account", "estimates", "estimate", "figures", "sources", "outlets", "outlet",
        "newspapers", "papers", "versions",
        // The kind of outlet a merged sentence names for the source it cites ("...; a tabloid put the number at five [3]").
        "newspaper", "paper", "tabloid", "tabloids", "broadsheet", "broadsheets", "magazine", "magazines", "broadcaster",
        "broadcasters", "website", "websites",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "put", "puts", "give", "gives", "gave", "place", "places", "placed", "say", "says", "said", "cite", "cites", "differ", "vary", "varies",
        "name", "names", "named", "report", "reported", "reports",
    };

    // When in the telling a figure was given: "by the first count", "early reports put ...", "the latest tally". A summary
    // that sets an earlier figure beside a later one says so; the source that gives the earlier figure need not call it early.
    private static readonly HashSet<string> Stages = new(StringComparer.Ordinal)
    {
        "first", "initial", "early", "earlier", "earliest", "latest", "later", "provisional", "preliminary", "updated", "revised",
    };

    private static readonly HashSet<string> Tallies = new(StringComparer.Ordinal)
    {
        "count", "counts", "tally", "tallies", "estimate", "estimates", "report", "reports", "figure", "figures", "reckoning",
    };

    /// <summary>Whether the word at <paramref name="at"/> is a stage of the telling set before a tally ("first" in "the first count").</summary>
    public static bool IsStage(IReadOnlyList<Word> words, int at) =>
        Stages.Contains(words[at].Folded) && at + 1 < words.Count && Tallies.Contains(words[at + 1].Folded);

    /// <summary>Whether the word at <paramref name="at"/> belongs to the frame.</summary>
    public static bool Holds(List<Word> words, int at)
    {
        var w = words[at].Folded;
        var next = at + 1 < words.Count ? words[at + 1].Folded : string.Empty;
        var previous = at > 0 ? words[at - 1].Folded : string.Empty;
        if (w is "differ" or "differs" or "vary" or "varies" && next is "on" or "over" or "about" or "as" or "in")
        {
            return true;
        }

        if (IsTopic(words, at))
        {
            return true;
        }

        // "Accounts of the haul differ": the noun and the verb around the topic.
        if ((Nouns.Contains(w) && next == "of" && words.Skip(at + 2).Take(4).Any(x => IsDiffer(x.Folded)))
            || (IsDiffer(w) && words.Skip(Math.Max(0, at - 5)).Take(Math.Min(at, 5)).Any(x => Nouns.Contains(x.Folded))))
        {
            return true;
        }

        if (w == "according" && next == "to")
        {
            return true;
        }

        if (IsStage(words, at) || (Tallies.Contains(w) && at > 0 && IsStage(words, at - 1)))
        {
            return true; // "by the first count", "initial estimates"
        }

        if (Nouns.Contains(w) && (Verbs.Contains(next) || IsAccordingTo(words, at)))
        {
            return true; // "Most outlets put ...", "according to two reports"
        }

        if (Verbs.Contains(w) && at > 0 && Nouns.Contains(previous))
        {
            return true;
        }

        return w is "put" or "given" or "placed" && next is "at" or "as" && previous is "is" or "was" or "were" or "are" or "been" or "be";
    }

    // What the sources differ on is named by the frame, not said by any of them: "Accounts of the haul differ: seven items
    // [1] or nine [2]", "reports differ on the margin: 6-1 [1]". Up to three words, never a figure.
    private static bool IsTopic(List<Word> words, int at)
    {
        if (!words[at].IsLetters)
        {
            return false;
        }

        for (var j = at - 1; j >= Math.Max(0, at - 4); j--)
        {
            if (!words[j].IsLetters)
            {
                return false;
            }

            if (IsDiffer(words[j].Folded) && j + 1 < at && words[j + 1].Folded is "on" or "over" or "about" or "in")
            {
                return true;
            }

            if (Nouns.Contains(words[j].Folded) && words[j + 1].Folded == "of")
            {
                return words.Skip(at + 1).Take(3).TakeWhile(x => x.IsLetters).Any(x => IsDiffer(x.Folded));
            }
        }

        return false;
    }

    private static bool IsDiffer(string folded) => folded is "differ" or "differs" or "differed" or "vary" or "varies" or "varied";

    /// <summary>Whether <paramref name="figure"/> counts the reports of a frame ("according to two reports").</summary>
    public static bool CountsReports(List<Word> words, Figure figure)
    {
        if (figure.Kind != FigureKind.Count)
        {
            return false;
        }

        var after = words.FindIndex(w => w.Start >= figure.End);
        return after >= 0 && Nouns.Contains(words[after].Folded) && Holds(words, after);
    }

    /// <summary>
    /// Whether <paramref name="figure"/> counts who told the outlet ("according to two officers", "two officers who spoke
    /// to the Bulletin", "three residents speaking to reporters"): the informants, not anything that happened, so a
    /// claim's "two officers were hurt" is not stated by it.
    /// </summary>
    public static bool CountsInformants(List<Word> words, Figure figure)
    {
        // "Ann Reid, 34, told the Courier": an age set off after a name is what the speaker is, not how many spoke.
        if (figure.Kind != FigureKind.Count || figure.IsAppositive)
        {
            return false;
        }

        var before = words.FindLastIndex(w => w.End <= figure.Start);
        if (before >= 1 && words[before].Folded == "to" && words[before - 1].Folded == "according")
        {
            return true;
        }

        var after = words.FindIndex(w => w.Start >= figure.End);
        if (after >= 0 && IsUnnamedSource(words, after + 1))
        {
            return true; // "two people briefed on the inquiry say ...", "three officials familiar with the talks"
        }

        // The counted noun first ("two guards"), then who they told: "two guards who spoke to the Courier".
        // One run of words with nothing but spaces between, from the figure on: "450,000 patients, the group told the Post"
        // counts patients, and "has fallen to 290, the company told the Post" counts what fell, not who told.
        for (var j = after + 1; after >= 0 && words[after].IsLetters && words[after].Start - figure.End <= 1 && j < Math.Min(words.Count - 1, after + 4) && words[j].IsLetters && words[j].Start - words[j - 1].End <= 1; j++)
        {
            var verb = words[j].Folded is "who" or "that" ? j + 1 : j;
            if (verb < words.Count && IsTellingTheOutlet(words, verb))
            {
                return true;
            }
        }

        return false;
    }

    // How news describes people it does not name who told it something: "briefed on the inquiry", "familiar with the
    // talks", "with knowledge of the flight", "who asked not to be named".
    private static bool IsUnnamedSource(List<Word> words, int at)
    {
        string Folded(int k) => k < words.Count ? words[k].Folded : string.Empty;
        return Folded(at) == "briefed"
            || (Folded(at) == "familiar" && Folded(at + 1) == "with")
            || (Folded(at) is "with" or "without" && Folded(at + 1) == "knowledge" && Folded(at + 2) == "of")
            || (Folded(at) == "who" && Folded(at + 1) is "asked" or "declined" && Folded(at + 2) is "not" or "to");
    }

    // "spoke to the Bulletin", "told reporters", "speaking to journalists": telling an outlet (a name) or the press.
    private static bool IsTellingTheOutlet(List<Word> words, int at)
    {
        var verb = words[at].Folded;
        var to = verb is "spoke" or "speaking" or "talked" or "talking" or "talk" or "speak" ? at + 1 : verb is "told" or "telling" ? at : -1;
        if (to < 0 || (to > at && (to >= words.Count || words[to].Folded != "to")))
        {
            return false;
        }

        var listener = words.Skip(to + 1).SkipWhile(w => w.Folded is "the" or "this" or "a" or "local").FirstOrDefault();
        return listener is not null && (listener.IsCapitalized || listener.Folded is "reporters" or "journalists" or "press" or "media" or "newspaper" or "us");
    }

    // "according to (two / most / other) reports"
    private static bool IsAccordingTo(List<Word> words, int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - 3); i--)
        {
            if (words[i].Folded == "according" && i + 1 < at && words[i + 1].Folded == "to")
            {
                return true;
            }
        }

        return false;
    }
}
