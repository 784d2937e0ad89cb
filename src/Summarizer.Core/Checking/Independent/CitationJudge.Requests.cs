using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

internal sealed partial class CitationJudge
{
    // Verbs of asking someone to act: "asked Meridian to cover the costs", "urged residents to leave", "called on the
    // board to resign". What follows the "to" is what was asked for, not what was done.
    private static readonly FrozenSet<string> AskingVerbs = FrozenSet.ToFrozenSet(
    [
        "ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "plead", "pleads", "pleaded", "pleading",
        "encourage", "encourages", "encouraged", "encouraging", "advise", "advises", "advised", "advising",
        "warn", "warns", "warned",
    ], StringComparer.Ordinal);

    // Verbs of demanding a thing ("demand a review", "requested a meeting") and the modal of what ought to be done
    // ("the water company should pay for the repairs"): the word after them is wanted, not done.
    private static readonly FrozenSet<string> DemandingWords = FrozenSet.ToFrozenSet(
    [
        "demand", "demands", "demanded", "demanding", "request", "requests", "requested", "requesting", "should", "ought",
    ], StringComparer.Ordinal);

    // A claim that itself tells of asking, wanting, ordering, planning or obligation says the act is not (yet) done, as
    // the source does: it is judged as ever.
    private static readonly FrozenSet<string> NotDoneFrames = FrozenSet.ToFrozenSet(
    [
        "call", "calls", "called", "calling", "tell", "tells", "told", "telling", "order", "orders", "ordered", "ordering",
        "instruct", "instructs", "instructed", "seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "wanting",
        "must", "need", "needs", "needed", "hope", "hopes", "hoped", "plan", "plans", "planned", "propose", "proposes",
        "proposed", "recommend", "recommends", "recommended", "suggest", "suggests", "suggested", "press", "pressed",
        "pressing", "appeal", "appealed", "appeals", "push", "pushed", "pushing", "lobby", "lobbied", "wish", "wishes",
        "expect", "expects", "expected", "could", "may", "might",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The claim says done what the passage only tells someone asked for: "Meridian has agreed to cover the invigilation
    /// costs" where the heads "asked Meridian to cover invigilation costs", "the water company has agreed to pay for the
    /// repairs" where a councillor "said the water company should pay for the gas repairs", "the government has agreed to
    /// review its formula" where the leader would write "to demand a review". News tells a request, a demand or what
    /// someone ought to do in the words of the act itself, so the act's word is in the passage though no one did it. A
    /// word of the claim that the passage writes only as what was asked for, and nowhere as said outright, is not found;
    /// a claim that itself asks, wants, plans or ought (<see cref="NotDoneFrames"/>) is judged as ever.
    /// </summary>
    private static bool SaysDoneWhatIsAsked(ClaimReading claim, List<Word> words)
    {
        if (claim.Words.Any(w => AskingVerbs.Contains(w.Folded) || DemandingWords.Contains(w.Folded) || NotDoneFrames.Contains(w.Folded)))
        {
            return false;
        }

        var asked = AskedFor(words);
        return asked.Count > 0
            && claim.Content.Any(c => asked.Exists(a => SameWord(c, a)) && !words.Exists(w => !asked.Contains(w) && SameWord(c, w)));
    }

    // The first content word of each act the passage tells as asked for: after "asked X to", "called on X to", "asked
    // (X) for", or right after "demanded", "requested" or "should".
    private static List<Word> AskedFor(List<Word> words)
    {
        var asked = new List<Word>();
        for (var i = 0; i < words.Count; i++)
        {
            var from = -1;
            var f = words[i].Folded;
            if (AskingVerbs.Contains(f) || (f is "call" or "calls" or "called" or "calling" && i + 1 < words.Count && words[i + 1].Folded is "on" or "upon"))
            {
                // the one asked, one to four words ("the union", "Ember Valley Water"), then "to"; or "asked (X) for"
                var first = f.StartsWith("call", StringComparison.Ordinal) ? i + 2 : i + 1;
                for (var k = first; k < words.Count && k <= first + 4; k++)
                {
                    if ((words[k].Folded == "to" && k > first) || (words[k].Folded == "for" && f.StartsWith("ask", StringComparison.Ordinal)))
                    {
                        from = k + 1;
                        break;
                    }

                    // a clause of its own ("warned it could take weeks to repair") is no one asked
                    if (words[k].Folded is "that" or "and" or "but" or "who" or "which" or "if" or "whether" or "could" or "would"
                        or "will" or "can" or "may" or "might" or "is" or "was" or "are" or "were" or "has" or "had" or "have")
                    {
                        break;
                    }
                }
            }
            else if (f is "should" or "ought")
            {
                // "should pay": what ought to be done. Not "should be closest to the Sun on 18 January" or "should have
                // arrived by now": with "be" or "have" it tells what is expected, and the claim may tell it as expected.
                var next = f == "ought" && i + 1 < words.Count && words[i + 1].Folded == "to" ? i + 2 : i + 1;
                from = next < words.Count && !Stopwords.Is(words[next].Folded) ? next : -1;
            }
            else if (DemandingWords.Contains(f) && (i == 0 || !IsDeterminer(words[i - 1])))
            {
                from = i + 1;
            }

            if (from > 0 && words.Skip(from).Take(3).FirstOrDefault(w => !Stopwords.Is(w.Folded) && w.Folded != "for") is { } act)
            {
                asked.Add(act);
            }
        }

        return asked;
    }
}
