using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// One sentence's tokens (the trust layer's tokenizer: figures and acronyms whole), with a lowercase folded form
/// of each for lexicon lookups, and helpers to read phrases at a position.
/// </summary>
internal sealed class Words
{
    public Words(string text)
    {
        Text = text;
        Tokens = Tokenizer.Facts.Tokenize(text);
        Lower = Tokens.Select(t => Folding.Fold(t.Text).TrimEnd('.')).ToList();
    }

    /// <summary>A text's words already cut: <paramref name="tokens"/> as <see cref="Tokenizer.Facts"/> reads <paramref name="text"/>, <paramref name="lower"/> each one's folded form less a final dot.</summary>
    public Words(string text, List<Token> tokens, List<string> lower)
    {
        Text = text;
        Tokens = tokens;
        Lower = lower;
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<string> Lower { get; }

    public int Count => Tokens.Count;

    public string this[int i] => i >= 0 && i < Lower.Count ? Lower[i] : "";

    /// <summary>True when the words starting at <paramref name="i"/> are <paramref name="phrase"/> (space-separated).</summary>
    /// <remarks>Compared word by word in place: lexicons ask this of every token, so it must not allocate.</remarks>
    public bool At(int i, string phrase)
    {
        if (i < 0)
        {
            return false;
        }

        var rest = phrase.AsSpan();
        for (var k = i; ; k++)
        {
            var space = rest.IndexOf(' ');
            var part = space < 0 ? rest : rest[..space];
            if (k >= Count || !part.SequenceEqual(Lower[k]))
            {
                return false;
            }

            if (space < 0)
            {
                return true;
            }

            rest = rest[(space + 1)..];
        }
    }

    /// <summary>How many space-separated words <paramref name="phrase"/> has.</summary>
    public static int WordCount(string phrase) => phrase.AsSpan().Count(' ') + 1;

    /// <summary>True when the words starting at <paramref name="i"/> are <paramref name="parts"/>, one word each.</summary>
    public bool At(int i, string[] parts)
    {
        if (i < 0 || i + parts.Length > Count)
        {
            return false;
        }

        for (var k = 0; k < parts.Length; k++)
        {
            if (Lower[i + k] != parts[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the words ending at <paramref name="i"/> (inclusive) are <paramref name="phrase"/>.</summary>
    public bool EndsAt(int i, string phrase) => At(i - WordCount(phrase) + 1, phrase);

    /// <summary>The character just before token <paramref name="i"/> ('\0' at the start).</summary>
    public char Before(int i) => Tokens[i].Start > 0 ? Text[Tokens[i].Start - 1] : '\0';

    /// <summary>The character just after token <paramref name="i"/> ('\0' at the end).</summary>
    public char After(int i) => Tokens[i].End < Text.Length ? Text[Tokens[i].End] : '\0';

    /// <summary>The text between tokens <paramref name="i"/> and <paramref name="i"/>+1 ("" before the first and after the last).</summary>
    public string Gap(int i) => i >= 0 && i + 1 < Count ? Text[Tokens[i].End..Tokens[i + 1].Start] : "";

    /// <summary>True when token <paramref name="i"/> starts with a capital letter.</summary>
    public bool Capitalized(int i) => i >= 0 && i < Count && char.IsUpper(Tokens[i].Text[0]);

    /// <summary>True when a clause boundary (comma, semicolon, colon, dash, bracket) sits between tokens i and i+1.</summary>
    public bool BreakAfter(int i) =>
        i >= 0 && i + 1 < Count && Text.AsSpan(Tokens[i].End, Tokens[i + 1].Start - Tokens[i].End).IndexOfAny(Breaks) >= 0;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(",;:()—–");
}
