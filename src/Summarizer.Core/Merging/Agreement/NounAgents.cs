using System.Collections.Frozen;
using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// The doer of an act a sentence tells as a noun rather than a verb: news names who made a motion, a complaint or a
/// request as where it came from ("the vote followed a motion from Councillor Ed Hale", "after a complaint from the
/// visitors' coach, Ana Vell"), and who gave an order or advice as whose it was ("the ship was detained on the orders
/// of surveyor Ed Hale", "at the request of Ana Vell"). The person is the doer of that noun's act as much as the
/// agent of a passive is of its verb, so the noun heads their clause ("a motion": proposing).
/// </summary>
internal static class NounAgents
{
    // Nouns of an act whose "from" names who did it: general news vocabulary for what a person brings, asks, objects
    // or offers, right before "from" or as the subject of "came from" ("The winning bid came from Ed Hale"). Messages
    // ("a letter from") are left to <see cref="MessageSenders"/>, which reads them by their readers.
    private static readonly FrozenSet<string> FromNouns = FrozenSet.ToFrozenSet(
        ["motion", "proposal", "complaint", "complaints", "request", "objection", "appeal", "plea", "offer", "bid", "apology",
         "order", "orders", "instruction", "instructions", "referral", "recommendation", "challenge", "warning", "tip-off"],
        StringComparer.Ordinal);

    // Nouns of an act in "on/at the <noun> of X", whose "of" names who did it ("on the orders of", "at the request of").
    // Standing positions ("under the command of", "under the control of") are left out: several people hold one at
    // once over different things (a lifeboat's coxswain, a ship's master), so they tell no one act.
    private static readonly FrozenSet<string> OfNouns = FrozenSet.ToFrozenSet(
        ["orders", "order", "instructions", "instruction", "request", "behest", "direction", "invitation", "advice", "urging", "insistence"],
        StringComparer.Ordinal);

    /// <summary>
    /// The token range of the clause that holds the noun of the act the person named from <paramref name="shownFirst"/>
    /// (titles and role words before the name) did, up to that noun, which is its last token; null when the name stands
    /// in no such frame.
    /// </summary>
    public static (int First, int Last)? ActOf(Words words, int shownFirst)
    {
        var crossedComma = false;
        for (var k = shownFirst - 1; k > 0 && shownFirst - k <= 8; k--)
        {
            if (words.BreakAfter(k))
            {
                // One comma may set the name off as an apposition of a role noun ("a complaint from the visitors' coach,
                // Ana Vell"); a name before the comma is another person's ("on the orders of Ed Hale, spokesman Ivo Lund said").
                if (crossedComma || words.Text[words.Tokens[k].End] != ',' || words.Capitalized(k))
                {
                    return null;
                }

                crossedComma = true;
            }

            var noun = words[k] == "from" && FromNouns.Contains(words[k - 1]) ? k - 1
                : words[k] == "from" && k >= 2 && words[k - 1] is "came" or "come" or "comes" && FromNouns.Contains(words[k - 2]) ? k - 2
                : words[k] == "of" && k >= 3 && OfNouns.Contains(words[k - 1]) && words[k - 2] == "the" && words[k - 3] is "on" or "at" or "upon" ? k - 1
                : -1;
            if (noun >= 0)
            {
                return words.BreakAfter(noun) ? null : (ClauseStart(words, noun), noun);
            }

            if (words[k] is "by" or "said" or "says" or "who" or "which" or "and" or "but" or "that" or "from" or "of")
            {
                return null;
            }
        }

        return null;
    }

    // The first token of the clause holding token <paramref name="at"/>: just past the last break before it.
    private static int ClauseStart(Words words, int at)
    {
        var start = at;
        while (start > 0 && !words.BreakAfter(start - 1))
        {
            start--;
        }

        return start;
    }
}
