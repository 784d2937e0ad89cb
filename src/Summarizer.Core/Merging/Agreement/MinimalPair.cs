using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A source sentence that is the claim's sentence word for word but for one part told in other words: "The parish
/// council will pay for the new fence" / "The landowner will pay for the new fence", "The bench will be restored by
/// volunteers" / "The bench will be taken away by volunteers". Such a sentence shares nearly every word of the claim, so
/// the content-word share credits it; but an outlet retelling a fact in its own words rewords it here and there, while
/// one that keeps every word but who acts, or what is done, says another thing in the same frame. The phrases
/// <see cref="SlotFillers"/> reads (an object, a place) are one such part; this reading takes the first clause's subject
/// and its verb group (<see cref="SwappedIn"/>).
/// </summary>
internal sealed class MinimalPair
{
    // Words after which a lone word names a thing, not an act: "after the concert", "painted the gate".
    private static readonly FrozenSet<string> ThingOpeners = Determiners.Set(
        Determiners.Articles, Determiners.Possessives, Determiners.Demonstratives, ["these", "those"]);

    private static readonly FrozenSet<string> Auxiliaries = AuxiliaryVerbs.Set(AuxiliaryVerbs.All);

    // Words after which the verb of a verb group comes: the auxiliaries, and "to" of an infinitive ("is to go").
    private static readonly FrozenSet<string> VerbOpeners = AuxiliaryVerbs.Set(AuxiliaryVerbs.All, ["to"]);

    // Words that open a second clause: what follows them is not the first clause's subject or verb group ("... and will
    // be sent on to" goes on with a second predicate). Words of time ("before", "after") as often open a phrase.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        ["and", "or", "but", "nor", "which", "who", "whom", "whose", "where", "when", "while", "whilst", "whereas", "because",
         "although", "though", "if", "unless"],
        StringComparer.Ordinal);

    // Own words on each side that make a changed verb group a phrase for a phrase: one word for one ("halted" for
    // "stopped") is as often the outlet's synonym.
    private const int MinPhraseOwn = 2;

    // Own words on the two sides together that make a changed subject another one: "the firm" / "the company" is one
    // body in two outlets' words, "the rowing club" / "the harbour board" two bodies.
    private const int MinSubjectOwn = 3;

    private readonly TokenedText _claim;
    private readonly List<string> _claimStems;
    private readonly HashSet<string> _claimContent;
    private readonly int _firstClauseEnd;

    private MinimalPair(TokenedText claim)
    {
        _claim = claim;
        _claimStems = [.. claim.Stems];
        _claimContent = ContentWords.Of(claim.Folded, claim.Stems, 0, claim.Tokens.Count);
        _firstClauseEnd = Enumerable.Range(1, Math.Max(0, claim.Tokens.Count - 1))
            .FirstOrDefault(k => claim.ClauseBreakBefore(k) || ClauseOpeners.Contains(claim.Folded[k]), claim.Tokens.Count);
    }

    public static MinimalPair Of(string claim) => new(TokenedText.Of(claim));

    /// <summary>
    /// The claim's words that <paramref name="sentence"/> tells otherwise, when it is the claim's sentence but for one part
    /// of its first clause: the words the two share, in order, are most of each, and nothing else differs than either
    /// the subject (three words of their own between the two sides: "the rowing club" / "the harbour board"), or the verb
    /// group (two words of its own on each side: "will be mended" / "will be replaced with a new one"), or a lone verb together
    /// with a lone thing ("had painted the shed before the fete" / "had mended the gate before the fete"). A lone verb for
    /// a lone verb, alone or twice, is as often an outlet's own verb for one act; a pair that differs anywhere else too is
    /// a retelling. Returns the last of the claim's own words in each changed part.
    /// </summary>
    public IEnumerable<string> SwappedIn(IndexedSentence sentence)
    {
        // The shared words can be no more than the shorter side has: a side twice the other's length or more is no pair,
        // and the alignment (a table of both lengths, for every sentence of every source) need not be built.
        var (claimCount, sourceCount) = (_claim.Tokens.Count, sentence.Tokens.Count);
        if (Math.Min(claimCount, sourceCount) * 2 <= Math.Max(claimCount, sourceCount))
        {
            return [];
        }

        var source = TokenedText.Of(sentence);
        var pairs = PlannedAct.Align(_claimStems, [.. source.Stems]);
        if (pairs.Count * 2 <= _claim.Tokens.Count || pairs.Count * 2 <= source.Tokens.Count)
        {
            return []; // not one sentence told twice, but two on one matter
        }

        var parts = Parts(pairs, source).Select(p => Read(p, source, sentence.Content)).Where(c => c.ClaimOwn.Count + c.SourceOwn > 0).ToList();
        if (parts.Count == 1 && parts[0] is { ClaimOwn.Count: > 0, SourceOwn: > 0 } part && part.Shape switch
            {
                Shape.Subject => part.ClaimOwn.Count + part.SourceOwn >= MinSubjectOwn,
                Shape.Verb => part.ClaimOwn.Count >= MinPhraseOwn && part.SourceOwn >= MinPhraseOwn,
                _ => false,
            })
        {
            return [part.ClaimOwn[^1]];
        }

        // A lone verb and a lone thing, each one word for one.
        return parts.Count == 2 && parts.TrueForAll(p => p is { ClaimOwn.Count: 1, SourceOwn: 1 })
            && parts.Exists(p => p.Shape == Shape.Verb) && parts.Exists(p => p.Shape == Shape.Thing)
            ? parts.Select(p => p.ClaimOwn[0])
            : [];
    }

    /// <summary>What a changed part is: the first clause's subject, a verb group, the head of a noun phrase, or other.</summary>
    private enum Shape
    {
        Other,
        Subject,
        Verb,
        Thing,
    }

    /// <summary>A part where the two differ: the claim's own content words in it, how many the sentence has, its shape.</summary>
    private sealed record Part(List<string> ClaimOwn, int SourceOwn, Shape Shape);

    // The stretches between aligned words, as [from, to) on each side. Two stretches with only function words aligned
    // between them, in one clause ("was able | to | swim" / "had | to | wade back out"), are one part.
    private IEnumerable<(int From, int To, int SourceFrom, int SourceTo)> Parts(List<(int Claim, int Source)> pairs, TokenedText source)
    {
        var gaps = new List<(int From, int To, int SourceFrom, int SourceTo)>();
        var (from, sourceFrom) = (0, 0);
        for (var p = 0; p <= pairs.Count; p++)
        {
            var (to, sourceTo) = p < pairs.Count ? pairs[p] : (_claim.Tokens.Count, source.Tokens.Count);
            if (to > from || sourceTo > sourceFrom)
            {
                gaps.Add((from, to, sourceFrom, sourceTo));
            }

            (from, sourceFrom) = (to + 1, sourceTo + 1);
        }

        for (var g = 0; g < gaps.Count; g++)
        {
            var part = gaps[g];
            while (g + 1 < gaps.Count && Bridged(part.To, gaps[g + 1].From))
            {
                part = (part.From, gaps[g + 1].To, part.SourceFrom, gaps[g + 1].SourceTo);
                g++;
            }

            yield return part;
        }
    }

    // The claim's shared words [from, to) between two stretches are function words only, inside one clause.
    private bool Bridged(int from, int to) =>
        Enumerable.Range(from, to - from).All(k => !ContentWords.IsContent(_claim.Folded[k]))
        && _claim.SameClause(Math.Max(0, from - 1), Math.Min(to, _claim.Tokens.Count - 1));

    private Part Read((int From, int To, int SourceFrom, int SourceTo) part, TokenedText source, IReadOnlySet<string> sourceContent)
    {
        var claimOwn = Own(_claim, part.From, part.To, sourceContent);
        var sourceOwn = Own(source, part.SourceFrom, part.SourceTo, _claimContent).Count;
        var shape = ShapeOf(part.From, part.To, source, part.SourceFrom, part.SourceTo);
        // A name for a common noun ("Acme Mutual" / "the bank") is as often one body named and described: only a subject
        // named on both sides, or described on both, is another one.
        if (shape == Shape.Subject && Named(_claim, part.From, part.To) != Named(source, part.SourceFrom, part.SourceTo))
        {
            shape = Shape.Other;
        }

        return new Part(claimOwn, sourceOwn, shape);
    }

    // A capitalised word inside the sentence (not its first word, capitalised wherever it stands) in [from, to).
    private static bool Named(TokenedText text, int from, int to) =>
        Enumerable.Range(Math.Max(1, from), Math.Max(0, to - Math.Max(1, from))).Any(k => char.IsUpper(text.Tokens[k].Text[0]));

    // Read on the claim's side, in its first clause, with no clause mark inside the part on either side.
    private Shape ShapeOf(int from, int to, TokenedText source, int sourceFrom, int sourceTo)
    {
        if (from >= to || to > _firstClauseEnd || !_claim.SameClause(from, to - 1) || (sourceTo > sourceFrom && !source.SameClause(sourceFrom, sourceTo - 1)))
        {
            return Shape.Other;
        }

        // Nothing before it but a determiner, and an auxiliary right after it: the whole subject.
        if (Enumerable.Range(0, from).All(k => !ContentWords.IsContent(_claim.Folded[k])) && to < _claim.Tokens.Count && Auxiliaries.Contains(_claim.Folded[to]))
        {
            return Shape.Subject;
        }

        if (from == 0)
        {
            return Shape.Other;
        }

        var before = _claim.Folded[from - 1];
        if (VerbOpeners.Contains(before))
        {
            return Shape.Verb;
        }

        // The head of a noun phrase: a determiner before it, and no content word right after it ("the largest failures"
        // changes a modifier, not the thing).
        return (ThingOpeners.Contains(before) || _claim.Possessive(from - 1)) && (to == _claim.Tokens.Count || !ContentWords.IsContent(_claim.Folded[to]))
            ? Shape.Thing
            : Shape.Other;
    }

    // The content stems of [from, to) that the other side writes nowhere, itself or as a newsroom's word for it.
    private static List<string> Own(TokenedText text, int from, int to, IReadOnlySet<string> other) =>
        [.. Enumerable.Range(from, to - from).Where(k => ContentWords.IsContent(text.Folded[k]))
            .Select(k => text.Stems[k]).Where(s => !NewsParaphrases.Held(s, other)).Distinct(StringComparer.Ordinal)];
}
