namespace Summarizer.Chunking;

/// <summary>
/// Estimates BPE tokens without a tokenizer, for models whose vocabulary we do not ship. English prose runs
/// at about 4 characters or 0.75 words per token in GPT-style vocabularies; text full of
/// numbers, names or punctuation is denser in characters, text of short words denser in words.
/// Taking the larger of the two estimates errs on the side of smaller chunks, which is the safe
/// side for a context budget.
/// </summary>
internal sealed class EstimatingTokenCounter : ITokenCounter
{
    public static readonly EstimatingTokenCounter Instance = new();

    public int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = 0;
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            chars++;
            if (!inWord)
            {
                inWord = true;
                words++;
            }
        }

        // Whitespace is mostly merged into the following token, so it is not counted as characters.
        var byChars = (chars + 3) / 4;
        var byWords = (words * 4 + 2) / 3;
        return Math.Max(byChars, byWords);
    }
}
