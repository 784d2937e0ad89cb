namespace Summarizer.Checking.Independent;

/// <summary>
/// How a summary frames what sources report, not what happened: "Reports differ on ...", "the margin was put at",
/// "is given as", "Most outlets put the toll at", "according to two reports". The figures and words that follow are
/// the claim; the frame is no part of what a source must say. General English reporting phrases.
/// </summary>
internal static class ReportingFrame
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal)
    {
        "reports", "report", "accounts", "account", "estimates", "estimate", "figures", "sources", "outlets", "outlet",
        "newspapers", "papers", "versions",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "put", "puts", "give", "gives", "gave", "place", "places", "placed", "say", "says", "said", "cite", "cites", "differ", "vary", "varies",
    };

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

        if (w == "according" && next == "to")
        {
            return true;
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
