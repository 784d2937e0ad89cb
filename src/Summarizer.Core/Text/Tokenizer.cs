namespace Summarizer.Text;

/// <summary>
/// The one tokenizer: words with their offsets, boundaries as <see cref="TokenizerOptions"/> say. Immutable,
/// thread-safe, culture-invariant; one string per token and nothing else allocated per word.
/// </summary>
internal sealed class Tokenizer(TokenizerOptions options)
{
    /// <summary>ROUGE's tokens: lowercase runs of a-z and 0-9 (how `summarizer eval summaries` compares texts).</summary>
    public static Tokenizer Rouge { get; } = new(new TokenizerOptions { Mode = TokenizerMode.Ascii, Lowercase = true });

    /// <summary>Lowercase runs of letters and digits: the terms of similarity, selection and clustering.</summary>
    public static Tokenizer Terms { get; } = new(new TokenizerOptions { Mode = TokenizerMode.LettersAndDigits, Lowercase = true });

    /// <summary>Figures and acronyms whole, case as written: what the trust layer reads facts and names from.</summary>
    public static Tokenizer Facts { get; } = new(new TokenizerOptions { Mode = TokenizerMode.Compound });

    public TokenizerOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Token>();
        var position = 0;
        while (Next(text, position, out var start, out var length))
        {
            position = start + length;
            result.Add(new Token(Read(text, start, length), start, position));
        }

        return result;
    }

    /// <summary>The tokens' text only.</summary>
    public List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<string>();
        var position = 0;
        while (Next(text, position, out var start, out var length))
        {
            position = start + length;
            result.Add(Read(text, start, length));
        }

        return result;
    }

    /// <summary>
    /// Finds the next token at or after <paramref name="from"/> without allocating: false at the end of the
    /// text, else the token's start and length (as written, not lowercased).
    /// </summary>
    public bool Next(ReadOnlySpan<char> text, int from, out int start, out int length)
    {
        var i = from;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && (IsWordChar(text[i]) || (Options.Mode == TokenizerMode.Compound && IsInnerJoiner(text, i))))
        {
            i++;
        }

        // A dotted acronym keeps its final dot: "U.S." is one token.
        if (Options.Mode == TokenizerMode.Compound && i < text.Length && text[i] == '.' && i - start >= 3 && text[i - 2] == '.')
        {
            i++;
        }

        length = i - start;
        return length > 0;
    }

    private string Read(string text, int start, int length)
    {
        if (!Options.Lowercase)
        {
            return text.Substring(start, length);
        }

        return string.Create(length, (text, start), static (chars, state) => state.text.AsSpan(state.start, chars.Length).ToLowerInvariant(chars));
    }

    private bool IsWordChar(char c) => Options.Mode == TokenizerMode.Ascii
        ? char.IsAsciiLetterOrDigit(c)
        : char.IsLetterOrDigit(c);

    // Joiners inside a token: "don't", "post-war", "U.S", "3.5"; a comma only between digits ("30,000").
    private static bool IsInnerJoiner(ReadOnlySpan<char> text, int i) => i + 1 < text.Length && text[i] switch
    {
        '\'' or '’' or '-' or '.' => char.IsLetterOrDigit(text[i + 1]),
        ',' => char.IsDigit(text[i + 1]) && i > 0 && char.IsDigit(text[i - 1]),
        _ => false,
    };
}
