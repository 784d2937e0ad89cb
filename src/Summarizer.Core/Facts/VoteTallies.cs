namespace Summarizer.Facts;

/// <summary>
/// The ways news writes a vote's tally besides "31 votes to 19" and a split beside a vote word: each side told with its
/// own verb ("1,874 members voted in favour and 256 against", "1,790 drivers voting yes and 256 voting no"), and a split
/// told with "to" or a hyphen that the sentence's vote or decision names from further off ("The vote at Wednesday's
/// meeting, which ran late, was 29 to 24", "approved by full council by 31 to 22", "By 3,214 to 2,876, residents backed
/// the proposal", "councillors voting 6-4"). The words are general vote and decision vocabulary, not any story's.
/// </summary>
internal static class VoteTallies
{
    // How far, in words, the side against may follow the side for: "N <noun> voted in favour of <motion> and M against".
    private const int SideReach = 10;

    /// <summary>
    /// The tally that opens at token <paramref name="i"/> with the side for (<paramref name="yes"/>): a verb of voting for
    /// it, then "and" and the side against with "against", "opposed" or "voting no". Null when the words say no such thing.
    /// </summary>
    public static ValueSpan? ForAndAgainst(Words words, int i, WrittenNumber yes)
    {
        var saidFor = false;
        for (var k = yes.Last + 1; k <= yes.Last + SideReach && k < words.Count; k++)
        {
            if (words[k] == "and" && saidFor && NumberReader.TryRead(words, k + 1, out var no) && Against(words, no.Last + 1) is { } last)
            {
                return Vote(words, i, last, (double)yes.Value, (double)no.Value);
            }

            if (NumberReader.TryRead(words, k, out _))
            {
                return null; // another figure between the two sides: not one tally
            }

            saidFor |= For(words, k);
        }

        return null;
    }

    // "voted in favour", "voted for", "voting yes", "in favour".
    private static bool For(Words words, int k) =>
        words.At(k, "in favour") || words.At(k, "in favor")
        || (words[k] is "voted" or "voting" && words[k + 1] is "for" or "yes");

    // The last token of the side against: "against", "opposed", "voting no", "voted against".
    private static int? Against(Words words, int k) =>
        words[k] is "against" or "opposed" ? k
        : words[k] is "voting" or "voted" && words[k + 1] is "no" or "against" ? k + 1
        : null;

    /// <summary>
    /// True when a split told with "to" at <paramref name="i"/> is a vote's because its sentence names the vote before it
    /// ("The vote ... was 29 to 24"), or it follows "by" after a decision or is followed by one ("approved by full council by
    /// 31 to 22", "By 3,214 to 2,876, residents backed"). The words just before may not make it a change or a range.
    /// </summary>
    public static bool NamedBySentence(Words words, int i, int last)
    {
        if (Enumerable.Range(i - 5, 5).Any(k => words[k] is "from" or "between" or "rose" or "fell" or "share" or "aged" or "ages"))
        {
            return false;
        }

        return Enumerable.Range(0, i).Any(k => VoteWord(words[k]))
            || (words[i - 1] == "by" && (Enumerable.Range(0, i - 1).Any(k => Decision(words[k]))
                || Enumerable.Range(last + 1, 4).Any(k => Decision(words[k]))));
    }

    /// <summary>
    /// True when a hyphenated split at <paramref name="i"/> is a vote's from further off than its neighbouring words: "by"
    /// it after the sentence's decision ("endorsed the controls on Monday by 34-12"), or a ballot's answer won or lost by it
    /// ("Yes won by 3,412-2,876").
    /// </summary>
    public static bool SplitNamedBySentence(Words words, int i) =>
        words[i - 1] == "by"
        && (Enumerable.Range(0, i - 1).Any(k => Decision(words[k]) || VoteWord(words[k]))
            || (words[i - 2] is "won" or "lost" && words[i - 3] is "yes" or "no"));

    /// <summary>Words that name a vote.</summary>
    public static bool VoteWord(string word) => word is "vote" or "votes" or "voted" or "voting" or "ballot" or "majority" or "split";

    /// <summary>Verbs of a body's decision.</summary>
    public static bool Decision(string word) =>
        word is "backed" or "approved" or "rejected" or "endorsed" or "upheld" or "recommended" or "ruled" or "decided" or "overturned" or "dismissed";

    /// <summary>A vote split of <paramref name="yes"/> to <paramref name="no"/> read over tokens <paramref name="first"/>-<paramref name="last"/>.</summary>
    public static ValueSpan Vote(Words words, int first, int last, double yes, double no) =>
        new(new FactValue(ValueKind.Vote, Interval.Point(yes * 1000 + no), "vote") { Stated = yes * 1000 + no }, first, last,
            words.Tokens[first].Start, words.Tokens[last].End, first);
}
