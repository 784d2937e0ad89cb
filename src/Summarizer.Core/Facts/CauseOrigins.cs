using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// A cause told as where the trouble came from: "scientists believe the toxin came from a bloom of algae", "according to
/// the agency, the dust came from stockpiles left uncovered", "the fragments are thought to have come from a damaged
/// seal", "admits the error came from a mix-up in the picture library". News reports give the origin of a contaminant, a
/// leak or a mistake this way, as an explanation someone offers; so the clause is read only where it is offered as one (a
/// verb of belief or report right before it, "according to" in the sentence, a hedge, or "thought to have come from"),
/// never as a plain telling ("the winning bid came from a local firm", "the complaints came from residents"), nor as a
/// plan ("the money will come from reserves"), nor where it comes from a named place or person ("came from Glen Morvach").
/// </summary>
internal static class CauseOrigins
{
    // Hedges right before the verb: "probably came from", "may have come from", "must have come from", "almost certainly".
    private static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
        [.. OfferedAccounts.Hedges, "must", "almost", "certainly", "most"], StringComparer.Ordinal);

    // Passive verbs of belief before "to have come from": "is thought to have come from", "were believed to have come from".
    private static readonly FrozenSet<string> Believed = FrozenSet.ToFrozenSet(
        ["thought", "believed", "understood", "suspected", "said", "reported", "likely"], StringComparer.Ordinal);

    // Pronouns and words that never head a trouble told as coming from somewhere.
    private static readonly FrozenSet<string> NoThing = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "we", "i", "you", "it", "this", "that", "which", "who", "what", "most", "many", "some", "all", "one"], StringComparer.Ordinal);

    /// <summary>
    /// Where the origin starts when a clause at <paramref name="i"/> ("came", "come", "comes") tells, as an explanation
    /// someone offers, where a thing came from; <paramref name="head"/> is that thing's head word ("toxin"), what the origin
    /// caused. Null otherwise.
    /// </summary>
    public static int? At(Words words, int i, out int head)
    {
        head = -1;
        if (words[i] is not ("came" or "come" or "comes") || i == 0 || i + 2 >= words.Count || words[i + 1] != "from" || words.BreakAfter(i) || words.BreakAfter(i + 1))
        {
            return null;
        }

        // What it came from: a thing, not a named place or person ("came from Glen Morvach"), a figure or a direction.
        var from = i + 2;
        if (words.Capitalized(from) || !words[from].All(char.IsLetter) || words[from] is "where" or "outside" or "abroad" or "overseas" or "elsewhere" or "somewhere" or "nowhere" or "there" or "here")
        {
            return null;
        }

        // The verb's own form: "came from" and "comes from" alone, "come from" after "have" ("may have come from", "thought
        // to have come from"); not a plan ("will come from", "would come from") nor a claim ("claiming to come from").
        var k = i - 1;
        var hedged = false;
        if (words[i] == "come")
        {
            if (words[k] != "have" || k == 0)
            {
                return null;
            }

            k--;
            if (words[k] == "to" && k > 0 && Believed.Contains(words[k - 1]))
            {
                hedged = true;
                k -= 2;
                while (k >= 0 && words[k] is "is" or "are" or "was" or "were" or "been" or "being" or "now" or "also" or "widely" or "generally")
                {
                    k--;
                }
            }
            else if (Hedges.Contains(words[k]))
            {
                hedged = true;
                k--;
            }
            else
            {
                return null;
            }
        }

        while (k >= 0 && (Hedges.Contains(words[k]) || words[k] is "had" or "has" or "all" or "both" or "originally" or "first" or "actually" or "now"))
        {
            hedged |= Hedges.Contains(words[k]);
            k--;
        }

        // The thing that came from it: a noun, not a pronoun or a name.
        if (k < 0 || words.BreakAfter(k) || !words[k].All(char.IsLetter) || words.Capitalized(k) || NoThing.Contains(words[k])
            || words[k] is "will" or "would" or "should" or "shall" or "can" or "to" or "not" or "never")
        {
            return null;
        }

        head = k;
        return hedged || OfferedBefore(words, k) || AccordingTo(words) ? from : null;
    }

    // A verb of belief or report opens the clause the thing is named in: "scientists believe the toxin ...", "admits the error ...".
    private static bool OfferedBefore(Words words, int head)
    {
        for (var k = head - 1; k >= 0 && head - k <= 5 && !words.BreakAfter(k); k--)
        {
            if (OfferedAccounts.Admitted.Contains(words[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AccordingTo(Words words)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words.At(k, "according to"))
            {
                return true;
            }
        }

        return false;
    }
}
