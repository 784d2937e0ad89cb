using System.Buffers;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A claim or a source sentence as the slot readers (<see cref="PlannedAct"/>, <see cref="SlotFillers"/>) take it: its
/// tokens, folded and stemmed, and where its clauses break.
/// </summary>
internal sealed record TokenedText(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<string> Folded, IReadOnlyList<string> Stems)
{
    // Marks that end a clause between two words (an apostrophe or hyphen does not).
    private static readonly SearchValues<char> ClauseMarks = SearchValues.Create(",;:.!?()\"\u2014\u2013");

    public static TokenedText Of(string text)
    {
        var tokens = Tokenizer.Facts.Tokenize(text);
        var folded = tokens.Select(t => Folding.Fold(t.Text)).ToList();
        return new TokenedText(text, tokens, folded, [.. folded.Select(InflectionStemmer.OfFolded)]);
    }

    public static TokenedText Of(IndexedSentence sentence) => new(sentence.Segment.Text, sentence.Tokens, sentence.Folded, sentence.Stems);

    public List<int> ContentIndexes() => [.. Enumerable.Range(0, Tokens.Count).Where(k => ContentWords.IsContent(Folded[k]))];

    // The content positions after <paramref name="at"/> up to the end of its clause.
    public List<int> ClauseTail(List<int> content, int at) =>
        [.. Enumerable.Range(at + 1, content.Count - at - 1).TakeWhile(k => SameClause(content[at], content[k]))];

    // A word in the possessive ("the town's"), a determiner of what follows.
    public bool Possessive(int k) =>
        Tokens[k].Text is [.., '\'' or '\u2019', 's' or 'S']
        || (Tokens[k].Text.EndsWith('s') && Tokens[k].End < Text.Length && Text[Tokens[k].End] is '\'' or '\u2019');

    // A clause mark between token k - 1 and token k.
    public bool ClauseBreakBefore(int k) => Text.AsSpan(Tokens[k - 1].End, Tokens[k].Start - Tokens[k - 1].End).IndexOfAny(ClauseMarks) >= 0;

    // No clause mark between two tokens.
    public bool SameClause(int a, int b)
    {
        for (var k = a + 1; k <= b; k++)
        {
            if (ClauseBreakBefore(k))
            {
                return false;
            }
        }

        return true;
    }
}
