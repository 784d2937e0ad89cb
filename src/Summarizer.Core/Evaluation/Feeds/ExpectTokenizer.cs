using System.Globalization;
using System.Text;

namespace Summarizer.Evaluation.Feeds;

internal enum ExpectTokenKind
{
    Name,
    String,
    Number,
    Symbol,
    End,
}

internal readonly record struct ExpectToken(ExpectTokenKind Kind, string Text);

/// <summary>
/// Splits a feedparser <c>Expect:</c> line (a Python expression) into tokens: names, string literals
/// (with u/r/b prefixes and triple quotes, escapes decoded), integers and operators.
/// </summary>
internal static class ExpectTokenizer
{
    /// <exception cref="FormatException">Text the scorer does not understand.</exception>
    public static List<ExpectToken> Tokenize(string text)
    {
        var tokens = new List<ExpectToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsStringStart(text, i, out var prefixLength))
            {
                tokens.Add(new ExpectToken(ExpectTokenKind.String, ReadString(text, ref i, prefixLength)));
            }
            else if (char.IsLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new ExpectToken(ExpectTokenKind.Name, text[start..i]));
            }
            else if (char.IsAsciiDigit(c) || (c == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && PrecedesValue(tokens)))
            {
                var start = i++;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                tokens.Add(new ExpectToken(ExpectTokenKind.Number, text[start..i]));
            }
            else if (i + 1 < text.Length && text.AsSpan(i, 2) is "==" or "!=" or "<=" or ">=")
            {
                tokens.Add(new ExpectToken(ExpectTokenKind.Symbol, text.Substring(i, 2)));
                i += 2;
            }
            else if ("()[]{},:.<>".Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new ExpectToken(ExpectTokenKind.Symbol, c.ToString()));
                i++;
            }
            else
            {
                throw new FormatException($"unexpected '{c}' at {i}");
            }
        }

        tokens.Add(new ExpectToken(ExpectTokenKind.End, string.Empty));
        return tokens;
    }

    // A minus sign starts a number only where a value is expected (after an operator or opening bracket).
    private static bool PrecedesValue(List<ExpectToken> tokens) =>
        tokens.Count == 0 || tokens[^1] is { Kind: ExpectTokenKind.Symbol, Text: not (")" or "]" or "}") } || tokens[^1] is { Kind: ExpectTokenKind.Name, Text: "and" or "or" or "not" or "in" };

    private static bool IsStringStart(string text, int i, out int prefixLength)
    {
        prefixLength = 0;
        while (i + prefixLength < text.Length && prefixLength < 2 && "uUrRbB".Contains(text[i + prefixLength], StringComparison.Ordinal))
        {
            prefixLength++;
        }

        return i + prefixLength < text.Length && text[i + prefixLength] is '\'' or '"'
            && (prefixLength == 0 || i == 0 || !char.IsLetterOrDigit(text[i - 1]));
    }

    private static string ReadString(string text, ref int i, int prefixLength)
    {
        var raw = text.AsSpan(i, prefixLength).ContainsAny('r', 'R');
        i += prefixLength;
        var quote = text[i];
        var triple = i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote;
        i += triple ? 3 : 1;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length)
            {
                throw new FormatException("unterminated string");
            }

            if (triple ? (text[i] == quote && i + 2 < text.Length && text[i + 1] == quote && text[i + 2] == quote) : text[i] == quote)
            {
                i += triple ? 3 : 1;
                return value.ToString();
            }

            if (text[i] == '\\' && i + 1 < text.Length)
            {
                if (raw)
                {
                    value.Append(text[i]).Append(text[i + 1]);
                    i += 2;
                    continue;
                }

                i += 1 + AppendEscape(text, i + 1, value);
                continue;
            }

            value.Append(text[i++]);
        }
    }

    // Python escapes; returns how many characters after the backslash were consumed.
    private static int AppendEscape(string text, int at, StringBuilder value)
    {
        var c = text[at];
        switch (c)
        {
            case 'n': value.Append('\n'); return 1;
            case 't': value.Append('\t'); return 1;
            case 'r': value.Append('\r'); return 1;
            case '0' when at + 1 >= text.Length || !char.IsAsciiDigit(text[at + 1]): value.Append('\0'); return 1;
            case 'x': return AppendCodePoint(text, at + 1, 2, value) + 1;
            case 'u': return AppendCodePoint(text, at + 1, 4, value) + 1;
            case 'U': return AppendCodePoint(text, at + 1, 8, value) + 1;
            case '\\' or '\'' or '"': value.Append(c); return 1;
            default: value.Append('\\').Append(c); return 1;
        }
    }

    private static int AppendCodePoint(string text, int at, int digits, StringBuilder value)
    {
        if (at + digits > text.Length || !int.TryParse(text.AsSpan(at, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            throw new FormatException("bad escape");
        }

        value.Append(char.ConvertFromUtf32(code));
        return digits;
    }
}
