using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A sentence cut into the clauses a fact of one source can stand in: at commas, semicolons, colons and spaced
/// dashes, at line breaks (a heading the splitter left on the sentence), and before a conjunction that opens a new
/// statement ("but", "after", "while"), and before "and" or "or" joining a second predicate to the same subject ("was
/// treated for shock and was released on bail", "closed the road and warned drivers"). News writing packs a disputed
/// figure, a corroborated one and a detail only one outlet gives into one sentence; each is judged in its own clause.
/// </summary>
internal static class Clauses
{
    private static readonly string[] Openers = ["but", "after", "while", "whereas", "although", "because"];

    /// <summary>The clauses of <paramref name="sentence"/>, in order, as segments of the same text (offsets absolute).</summary>
    public static IReadOnlyList<TextSegment> Of(TextSegment sentence)
    {
        var text = sentence.Text;
        var cuts = new List<int> { 0 };
        var joins = new List<int>();
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if ((c is ',' or ';' or ':' && char.IsWhiteSpace(text[i + 1]))
                || (c is '-' or '–' or '—' && char.IsWhiteSpace(text[i - 1]) && char.IsWhiteSpace(text[i + 1])))
            {
                cuts.Add(i + 1);
            }
            else if ((c == '\n' && !char.IsWhiteSpace(text[i + 1])) || (char.IsWhiteSpace(c) && !char.IsWhiteSpace(text[i - 1]) && OpensClause(text, i + 1)))
            {
                cuts.Add(i + 1);
            }
            else if (char.IsWhiteSpace(c) && !char.IsWhiteSpace(text[i - 1]) && JoinsPredicate(text, i + 1))
            {
                joins.Add(i + 1);
            }
        }

        cuts.Add(text.Length);
        foreach (var join in joins)
        {
            // Each side must say something on its own: "was hurt and taken to hospital" is one statement with its detail.
            var (before, after) = (cuts.FindLastIndex(c => c < join), cuts.FindIndex(c => c > join));
            if (ContentWords.Of(text[cuts[before]..join]).Count >= MinPredicateWords && ContentWords.Of(text[join..cuts[after]]).Count >= MinPredicateWords)
            {
                cuts.Insert(after, join);
            }
        }

        var clauses = new List<TextSegment>();
        for (var k = 0; k + 1 < cuts.Count; k++)
        {
            var (from, to) = (cuts[k], cuts[k + 1]);
            if (text.AsSpan(from, to - from).Trim().Length > 0)
            {
                clauses.Add(new TextSegment(text[from..to], sentence.Start + from, sentence.Start + to));
            }
        }

        return clauses;
    }

    private static bool OpensClause(string text, int at)
    {
        foreach (var word in Openers)
        {
            if (WordAt(text, at, word))
            {
                return true;
            }
        }

        return false;
    }

    // A predicate joined by "and" or "or" is a statement of its own only with at least this many content words on each
    // side, as many as a figure-free clause needs to be judged at all; a shorter one is the first one's detail.
    private const int MinPredicateWords = 4;

    private static bool JoinsPredicate(string text, int at) =>
        (WordAt(text, at, "and") || WordAt(text, at, "or")) && OpensPredicate(NextWord(text, at));

    // Auxiliaries and modals: after "and" they open a second predicate ("and was released", "and will publish").
    private static readonly FrozenSet<string> Auxiliaries =
        AuxiliaryVerbs.Set(AuxiliaryVerbs.FiniteBe, AuxiliaryVerbs.Have, AuxiliaryVerbs.Modals, AuxiliaryVerbs.Do);

    // A word that opens a predicate joined by "and": an auxiliary ("won't" too), a regular past form ("and warned") or an irregular
    // one ("and took"). A noun after "and" ("police and firefighters") joins two participants of one clause instead.
    private static bool OpensPredicate(string word)
    {
        var folded = Folding.Fold(word);
        return Auxiliaries.Contains(folded) || IrregularVerbs.IsPastForm(folded) || folded == "won't" || (folded.Length > 4 && folded.EndsWith("ed", StringComparison.Ordinal) && !folded.EndsWith("eed", StringComparison.Ordinal));
    }

    private static bool WordAt(string text, int at, string word)
    {
        var end = at + word.Length;
        return end < text.Length && text.AsSpan(at, word.Length).Equals(word, StringComparison.Ordinal) && char.IsWhiteSpace(text[end]);
    }

    // The word after the one that opens at <paramref name="at"/> (letters only; empty when there is none).
    private static string NextWord(string text, int at)
    {
        var i = at;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var from = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[from..i];
    }
}
