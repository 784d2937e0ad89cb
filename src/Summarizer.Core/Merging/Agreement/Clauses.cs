using Summarizer.Chunking;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// A sentence cut into the clauses a fact of one source can stand in: at commas, semicolons, colons and spaced
/// dashes, at line breaks (a heading the splitter left on the sentence), and before a conjunction that opens a new
/// statement ("but", "after", "while"). News writing packs a disputed figure, a corroborated one and a detail only one
/// outlet gives into one sentence; each is judged in its own clause.
/// </summary>
internal static class Clauses
{
    private static readonly string[] Openers = ["but", "after", "while", "whereas", "although", "because"];

    /// <summary>The clauses of <paramref name="sentence"/>, in order, as segments of the same text (offsets absolute).</summary>
    public static IReadOnlyList<TextSegment> Of(TextSegment sentence)
    {
        var text = sentence.Text;
        var cuts = new List<int> { 0 };
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
        }

        cuts.Add(text.Length);
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
            var end = at + word.Length;
            if (end < text.Length && text.AsSpan(at, word.Length).Equals(word, StringComparison.Ordinal) && char.IsWhiteSpace(text[end]))
            {
                return true;
            }
        }

        return false;
    }
}
