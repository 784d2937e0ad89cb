using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A claim that tells what is to happen: a plan, promise or next step, framed by a modal of the future ("will",
/// "would", "shall"). Outlets state such a step in the same frame with another thing in one of its slots: "will be
/// presented with a new bat at the club dinner" against "with the match ball at the club dinner", "would now test
/// bass served in hotels" against "sold at the market". The shared frame carries most of the words, so the content-word
/// share alone credits the lookalike; the step is only the claim's when its object and complement are held too
/// (<see cref="SwappedIn"/>).
/// </summary>
internal sealed class PlannedAct
{
    // The modals of a step still to come.
    private static readonly FrozenSet<string> Modals = FrozenSet.ToFrozenSet(["will", "would", "shall"], StringComparer.Ordinal);

    // Conjunctions that open an adverbial clause: its time, cause or condition, told in the outlet's own words ("will stay
    // closed until engineers have inspected it", "after residents complained"), not the step itself.
    private static readonly FrozenSet<string> Adverbial = FrozenSet.ToFrozenSet(
        ["after", "before", "until", "till", "because", "since", "when", "while", "once", "if", "unless", "although", "though", "as"],
        StringComparer.Ordinal);

    // Of the claim's content words, how many the two sides must share in order for one to be the other's frame.
    private const int MinShared = 3;

    private readonly TokenedText _claim;

    private PlannedAct(TokenedText claim) => _claim = claim;

    /// <summary>The claim read as a step still to come, or null when no modal of the future frames it.</summary>
    public static PlannedAct? Of(string claim)
    {
        var words = TokenedText.Of(claim);
        return words.Folded.Any(Modals.Contains) ? new PlannedAct(words) : null;
    }

    /// <summary>
    /// True when <paramref name="sentence"/>, itself framed by a modal of the future, gives the claim's frame with
    /// another thing in a slot: its content words and the claim's, aligned in order, share most of the claim, and
    /// between two shared words (or after the last, in its clause) each side has a phrase of its own, opened by a
    /// function word and more than a one-word swap, that the other does not hold anywhere in <paramref name="window"/>.
    /// A paraphrase that drops a word or adds one fills no slot twice.
    /// </summary>
    /// <param name="window">The content stems of the passage the sentence is part of (one sentence or two).</param>
    public bool SwappedIn(IndexedSentence sentence, IReadOnlySet<string> window)
    {
        if (!sentence.Folded.Any(Modals.Contains))
        {
            return false;
        }

        var source = TokenedText.Of(sentence);
        var claimWords = _claim.ContentIndexes();
        var sourceWords = source.ContentIndexes();
        var pairs = Align(claimWords.Select(k => _claim.Stems[k]).ToList(), sourceWords.Select(k => source.Stems[k]).ToList());
        if (pairs.Count < MinShared || pairs.Count * 2 < claimWords.Count)
        {
            return false;
        }

        var claimStems = claimWords.Select(k => _claim.Stems[k]).ToHashSet(StringComparer.Ordinal);
        for (var p = 0; p < pairs.Count; p++)
        {
            var (c, s) = pairs[p];
            var claimGap = p + 1 < pairs.Count ? Range(c, pairs[p + 1].Claim) : _claim.ClauseTail(claimWords, c);
            var sourceGap = p + 1 < pairs.Count ? Range(s, pairs[p + 1].Source) : source.ClauseTail(sourceWords, s);
            if (claimGap.Count == 0 || sourceGap.Count == 0 || claimGap.Count + sourceGap.Count < 3
                || !Opens(_claim, claimWords, c, claimGap) || !Opens(source, sourceWords, s, sourceGap)
                || !InTheStep(claimWords[c], claimWords[claimGap[0]]))
            {
                continue;
            }

            var claimOwn = claimGap.Select(k => _claim.Stems[claimWords[k]]);
            var sourceOwn = sourceGap.Select(k => source.Stems[sourceWords[k]]);
            if (claimOwn.All(w => !NewsParaphrases.Held(w, window)) && sourceOwn.All(w => !NewsParaphrases.Held(w, claimStems)))
            {
                return true;
            }
        }

        return false;
    }

    // The slot is a phrase of its own: a function word (a preposition, determiner, modal) or a possessive opens it after
    // the shared word, in the same clause. A word right after the shared one ("evening peaks" for "evening rush hours",
    // "skippers spread" for "skippers pay"), like a one-word swap, is as often the outlet's own synonym.
    private static bool Opens(TokenedText reading, List<int> content, int anchor, List<int> gap) =>
        (content[gap[0]] - content[anchor] > 1 || reading.Possessive(content[anchor]))
        && reading.SameClause(content[anchor], content[gap[^1]]);

    // The claim's slot is the step's own object, complement or thing: not its verb right after the modal (the outlet's
    // word for the act: "will follow their owners" / "will be sent on to"), nor a word of an adverbial clause after it.
    private bool InTheStep(int anchor, int first)
    {
        var modal = Enumerable.Range(0, _claim.Tokens.Count).First(k => Modals.Contains(_claim.Folded[k]));
        return !Enumerable.Range(anchor + 1, first - anchor - 1).Any(k => Modals.Contains(_claim.Folded[k]))
            && !Enumerable.Range(modal + 1, Math.Max(0, first - modal - 1)).Any(k => Adverbial.Contains(_claim.Folded[k]));
    }

    // The positions strictly between two aligned ones.
    private static List<int> Range(int from, int to) => [.. Enumerable.Range(from + 1, Math.Max(0, to - from - 1))];

    /// <summary>The longest common subsequence of the two sides' content stems (a newsroom paraphrase counting as the same), as pairs of positions in order.</summary>
    internal static List<(int Claim, int Source)> Align(List<string> claim, List<string> source)
    {
        var table = new int[claim.Count + 1, source.Count + 1];
        for (var i = claim.Count - 1; i >= 0; i--)
        {
            for (var j = source.Count - 1; j >= 0; j--)
            {
                table[i, j] = NewsParaphrases.Same(claim[i], source[j]) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (a, b) = (0, 0);
        while (a < claim.Count && b < source.Count)
        {
            if (NewsParaphrases.Same(claim[a], source[b]))
            {
                pairs.Add((a, b));
                (a, b) = (a + 1, b + 1);
            }
            else if (table[a + 1, b] >= table[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return pairs;
    }
}
