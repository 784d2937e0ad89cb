using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a claim reports a speaker saying, read closely enough to tell the statement from a lookalike: the same
/// speaker with most of the same words can still say another thing. An outlet that negates a word of what was said
/// ("a full refund of the ticket price but not the booking fees" against "a full refund including booking fees"),
/// bounds it by another comparison ("the legal minimum" against "more than the legal minimum") or says the same words
/// up to their end and then ends them otherwise ("pay the new fee online" against "pay the new fee in instalments")
/// reports another statement, and is not credited with this one (<see cref="Contradicts"/>).
/// </summary>
internal sealed partial class SaidMatter
{
    // Words that deny what follows them in their clause; a contraction in "n't" too ("didn't", "won't").
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "without", "nor", "cannot", "neither", "excluding", "except", "none", "nobody", "nothing",
            "nowhere", "unable"], StringComparer.Ordinal);

    // Other ways to say a thing is not so, that no plain statement uses: "failed to", "has yet to", "awaiting".
    private static readonly FrozenSet<string> Denying = FrozenSet.ToFrozenSet(
        ["yet", "awaiting", "failed", "fails", "refused", "refuses", "declined", "declines", "lack", "lacked", "lacks", "lacking", "impossible"],
        StringComparer.Ordinal);

    // A negation of a quantity or degree states an amount, not a denial: "not enough nurses" is "too few nurses",
    // "no more than", "not only", "no longer".
    private static readonly FrozenSet<string> Quantities = FrozenSet.ToFrozenSet(
        ["enough", "many", "much", "all", "every", "more", "less", "fewer", "only", "just", "least", "longer", "quite", "even", "always"],
        StringComparer.Ordinal);

    // Prepositions that open an adjunct of an act: its manner, means, terms or place ("pay in instalments", "by card").
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["in", "by", "on", "at", "with", "through", "via", "over", "from", "for", "within", "into", "under"], StringComparer.Ordinal);

    // Two-word denials: what is set aside is not what is said ("in one payment rather than in instalments").
    private static readonly (string First, string Second)[] Denials = [("rather", "than"), ("instead", "of")];

    // Words that end the clause a negation governs: what comes after them is said on its own.
    private static readonly FrozenSet<string> ClauseWords = FrozenSet.ToFrozenSet(
        ["and", "but", "or", "while", "whereas", "although", "though", "because", "who", "which", "that", "if", "when"], StringComparer.Ordinal);

    // A negation is a time bound, not a denial, when its clause goes on with one: "would not open until spring" says
    // when it opens.
    private static readonly FrozenSet<string> TimeBounds = FrozenSet.ToFrozenSet(["until", "till", "before"], StringComparer.Ordinal);

    // Comparatives that bound what follows "than": more / less of the thing named.
    private static readonly FrozenSet<string> Above = FrozenSet.ToFrozenSet(["more", "greater", "higher", "larger", "bigger"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> Below = FrozenSet.ToFrozenSet(["less", "fewer", "lower", "smaller"], StringComparer.Ordinal);

    // What may stand between a bound and the first word of the noun phrase it bounds ("more than the legal minimum").
    private static readonly FrozenSet<string> Openers = Determiners.Set(Determiners.Articles, Determiners.Possessives, Determiners.Demonstratives);

    // How many words after a negator its scope reaches ("not the booking fees", "would not let drivers pay").
    private const int Scope = 3;

    private readonly Reading _claim;
    private readonly IReadOnlySet<string> _said;
    private readonly string? _verb;

    private SaidMatter(string claim, IReadOnlySet<string> said, string? verb)
    {
        _claim = Reading.Of(claim);
        _said = said;
        _verb = verb;
    }

    /// <summary>
    /// The matter of <paramref name="claim"/>: <paramref name="said"/> are the content stems of what was said,
    /// <paramref name="verb"/> the stem of the reported clause's verb when it is known.
    /// </summary>
    public static SaidMatter Of(string claim, IReadOnlySet<string> said, string? verb = null) => new(claim, said, verb);

    /// <summary>
    /// True when <paramref name="window"/> (a source's sentence, or two adjacent ones) says something else with the
    /// words of what was said: one side negates a word of it that the other states with no negation anywhere, a word
    /// is bounded by a comparison on one side and not the same way on the other, or a sentence gives what was said
    /// word for word up to its last words and ends it with other ones.
    /// </summary>
    /// <remarks>
    /// With <paramref name="article"/> (the stems of the source's whole text) it also reads the act's object: the
    /// same verb given a part of the claim's object, or the same words ending in the same preposition with another
    /// thing the source names elsewhere (<see cref="OnAPart"/>, <see cref="OtherFiller"/>).
    /// </remarks>
    public bool Contradicts(IReadOnlyList<IndexedSentence> window, IReadOnlySet<string>? article = null)
    {
        if (_said.Count == 0)
        {
            return false;
        }

        var sources = window.Select(s => new Reading(s.Segment.Text, s.Tokens, s.Folded, s.Stems)).ToList();
        return Denies(sources) || Bounds(sources) || sources.Exists(s => EndsOtherwise(s, article)) || sources.Exists(OnAPart)
            || sources.Exists(s => InAnotherSlot(s, article));
    }

    // One side negates a shared word of what was said and the other, stating it, negates nothing at all.
    private bool Denies(List<Reading> sources)
    {
        var claimNegates = _claim.AnyNegation;
        var sourceNegates = sources.Exists(s => s.AnyNegation);
        if (claimNegates == sourceNegates && !claimNegates)
        {
            return false;
        }

        foreach (var stem in _said)
        {
            var inClaim = _claim.Polarities(stem);
            var inSource = sources.SelectMany(s => s.Polarities(stem)).ToHashSet();
            if (inClaim.Count == 0 || inSource.Count == 0 || inClaim.Overlaps(inSource))
            {
                continue;
            }

            // The claim states it plainly where the source only denies it, or the other way round; the plain side
            // must hold no negation anywhere, so a denial said in other words ("has yet to", "no decision") is no
            // contrary.
            if ((inClaim.Contains(false) && !claimNegates) || (inSource.Contains(false) && !sourceNegates))
            {
                return true;
            }
        }

        return false;
    }

    // A word of what was said bounded by a comparison on one side ("more than the legal minimum") that the other side
    // bounds otherwise or not at all ("the legal minimum"). "Only" and "just" bound nothing: "only the legal minimum"
    // is the legal minimum.
    private bool Bounds(List<Reading> sources)
    {
        foreach (var stem in _said)
        {
            var inClaim = _claim.BoundsOf(stem);
            var inSource = sources.SelectMany(s => s.BoundsOf(stem)).ToHashSet();
            if (inClaim.Count > 0 && inSource.Count > 0 && !inClaim.Overlaps(inSource))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence gives what was said in its order, word for word, up to its last words, which it has nowhere, and
    // goes on in the same clause with a word of its own: "let drivers pay the new fee online" against "... in instalments".
    private bool EndsOtherwise(Reading source, IReadOnlySet<string>? article)
    {
        var said = _claim.ContentIndexes().Where(k => _said.Contains(_claim.Stems[k])).Select(k => _claim.Stems[k]).ToList();
        var words = source.ContentIndexes().ToList();
        var stems = words.Select(k => source.Stems[k]).ToHashSet(StringComparer.Ordinal);
        var claimWords = _claim.ContentIndexes().Select(k => _claim.Stems[k]).ToHashSet(StringComparer.Ordinal);

        // The shared run: the longest stretch of the claim's words of what was said that the source gives in the same
        // order, word for word (what comes before it may be paraphrased: "every ticket holder" for "fans").
        var (run, at, end) = (0, 0, -1);
        for (var i = 0; i < said.Count; i++)
        {
            for (var start = 0; start < words.Count; start++)
            {
                var n = 0;
                while (i + n < said.Count && start + n < words.Count && source.Stems[words[start + n]] == said[i + n])
                {
                    n++;
                }

                if (n > run)
                {
                    (run, at, end) = (n, i, start + n - 1);
                }
            }
        }

        // Most of what was said runs on in the source; what is left of the claim the source says nowhere.
        var tail = said.Skip(at + run).ToList();
        if (run < 2 || run * 2 < said.Count || tail.Count == 0 || tail.Exists(stems.Contains))
        {
            return false;
        }

        // The source's next word, in the same clause, is one the claim does not have and no paraphrase of its end.
        if (end + 1 >= words.Count || !source.SameClause(words[end], words[end + 1]))
        {
            return false;
        }

        var next = source.Stems[words[end + 1]];
        if (claimWords.Contains(next) || tail.Exists(t => NewsParaphrases.Of(t).Contains(next)))
        {
            return false;
        }

        // Another adjunct of the same act, not another word in the same slot: one side opens its ending with a
        // preposition the other does not ("in instalments" / "online", "by card" / "in cash"). The same preposition on
        // both sides ("held back by the weather" / "by the conditions") or none ("the evening rush hours" / "the evening
        // peaks") is as often a synonym, and an auxiliary ("had been let down") opens another clause.
        var lastShared = _claim.ContentIndexes().Where(k => _said.Contains(_claim.Stems[k])).ElementAt(at + run - 1);
        var claimNext = _claim.ContentIndexes().FirstOrDefault(k => k > lastShared, -1);
        if (claimNext < 0 || !_claim.SameClause(lastShared, claimNext))
        {
            return false;
        }

        var claimOpens = _claim.Between(lastShared, claimNext);
        var sourceOpens = source.Between(words[end], words[end + 1]);
        return (claimOpens.Concat(sourceOpens).All(w => Prepositions.Contains(w) || Openers.Contains(w))
                && claimOpens.Concat(sourceOpens).Any(Prepositions.Contains)
                && !claimOpens.Where(Prepositions.Contains).ToHashSet(StringComparer.Ordinal).SetEquals(sourceOpens.Where(Prepositions.Contains)))
            || OtherFiller(claimOpens, sourceOpens, _claim.Stems[claimNext], article);
    }

    // A text's tokens read for negation and bounds.
    private sealed record Reading(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<string> Folded, IReadOnlyList<string> Stems)
    {
        public static Reading Of(string text)
        {
            var tokens = Tokenizer.Facts.Tokenize(text);
            var folded = tokens.Select(t => Folding.Fold(t.Text)).ToList();
            return new Reading(text, tokens, folded, [.. folded.Select(InflectionStemmer.OfFolded)]);
        }

        public bool AnyNegation => Enumerable.Range(0, Tokens.Count).Any(Negates) || Folded.Any(Denying.Contains);

        public IEnumerable<int> ContentIndexes() => Enumerable.Range(0, Tokens.Count).Where(k => ContentWords.IsContent(Folded[k]));

        // The folded words strictly between two tokens.
        public List<string> Between(int a, int b) => [.. Folded.Skip(a + 1).Take(b - a - 1)];

        // Nothing but spaces between two tokens: no comma, dash, quote or full stop ends the clause between them.
        public bool SameClause(int a, int b)
        {
            for (var k = a + 1; k <= b; k++)
            {
                if (Text.AsSpan(Tokens[k - 1].End, Tokens[k].Start - Tokens[k - 1].End).Trim().Length > 0)
                {
                    return false;
                }
            }

            return true;
        }

        // The polarity of each occurrence of a stem: true where a negation governs it.
        public HashSet<bool> Polarities(string stem)
        {
            var set = new HashSet<bool>();
            for (var k = 0; k < Tokens.Count; k++)
            {
                if (Stems[k] == stem && ContentWords.IsContent(Folded[k]))
                {
                    set.Add(Negated(k));
                }
            }

            return set;
        }

        // The bound of each occurrence of a stem: +1 above, -1 below, 0 none.
        public HashSet<int> BoundsOf(string stem)
        {
            var set = new HashSet<int>();
            for (var k = 0; k < Tokens.Count; k++)
            {
                if (Stems[k] == stem && ContentWords.IsContent(Folded[k]))
                {
                    set.Add(Bound(k));
                }
            }

            return set;
        }

        // "No. 4" and "No 10" are the number sign; a negator before a quantity states an amount.
        private bool Negates(int j) =>
            ((Negators.Contains(Folded[j]) || Folded[j].EndsWith("n't", StringComparison.Ordinal))
                && !(j + 1 < Tokens.Count && (char.IsDigit(Tokens[j + 1].Text[0]) || Quantities.Contains(Folded[j + 1]))))
            || (j + 1 < Tokens.Count && Array.Exists(Denials, d => d.First == Folded[j] && d.Second == Folded[j + 1]));

        // A negator up to three words before, in the same clause, whose clause sets no time bound.
        private bool Negated(int k)
        {
            for (var j = k - 1; j >= 0 && j >= k - Scope - 1; j--)
            {
                if (!SameClause(j, k) || ClauseWords.Contains(Folded[j]))
                {
                    return false;
                }

                var denial = j > 0 && Array.Exists(Denials, d => d.First == Folded[j - 1] && d.Second == Folded[j]);
                if ((Negates(j) && k - j <= Scope) || denial)
                {
                    return !Enumerable.Range(k + 1, Math.Max(0, Math.Min(Tokens.Count, k + 6) - k - 1))
                        .Any(m => TimeBounds.Contains(Folded[m]) && SameClause(k, m));
                }
            }

            return false;
        }

        // The comparison right before the noun phrase a word opens: "more than (the) legal", "fewer than (the) planned".
        // Only comparatives with "than": "above" and "below" are as often places ("the flat above the shop").
        private int Bound(int k)
        {
            var j = k - 1;
            while (j >= 0 && k - j <= 2 && Openers.Contains(Folded[j]) && SameClause(j, k))
            {
                j--;
            }

            if (j < 0 || !SameClause(j, k))
            {
                return 0;
            }

            if (Folded[j] == "than" && j > 0 && SameClause(j - 1, j))
            {
                // "no more than" and "not more than" cap, they do not exceed.
                var capped = j > 1 && Folded[j - 2] is "no" or "not";
                return Above.Contains(Folded[j - 1]) ? (capped ? -1 : 1) : Below.Contains(Folded[j - 1]) ? -1 : 0;
            }

            return 0;
        }
    }
}
