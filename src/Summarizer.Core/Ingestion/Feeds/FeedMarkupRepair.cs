using System.Globalization;
using System.Text;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Mends the slips real feeds make before a strict XML reader sees them, in one linear pass: whitespace
/// before the XML declaration, a DOCTYPE (removed: DTDs are never processed; only plain-text internal
/// entities are expanded, and a document declaring external, parameter or nested entities is refused),
/// HTML entities such as &amp;nbsp; (written as character references), a bare ampersand, character
/// references to windows-1252 code points (&amp;#146; is ’, as browsers read it, and so is a raw U+0092), control characters
/// XML forbids, and namespace prefixes used without a declaration (declared on the root element).
/// </summary>
internal static class FeedMarkupRepair
{
    // What feeds mean by prefixes they forget to declare.
    private static readonly Dictionary<string, string> KnownPrefixes = new(StringComparer.Ordinal)
    {
        ["dc"] = FeedNamespaces.Dc,
        ["dcterms"] = FeedNamespaces.DcTerms,
        ["content"] = FeedNamespaces.Content,
        ["media"] = FeedNamespaces.Media,
        ["itunes"] = FeedNamespaces.Itunes,
        ["atom"] = FeedNamespaces.Atom,
        ["rdf"] = FeedNamespaces.Rdf,
        ["xhtml"] = FeedNamespaces.Xhtml,
    };

    /// <exception cref="FeedFormatException">The DOCTYPE declares entities that are refused for safety.</exception>
    public static string Repair(string text)
    {
        var output = new StringBuilder(text.Length + 64);
        var entities = new FeedDoctype();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        var rootInsert = -1;
        var depth = 0;
        var word = new StringBuilder();
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                if (At(text, i, "<!--"))
                {
                    i = CopyUntil(text, i, "-->", output);
                }
                else if (At(text, i, "<![CDATA["))
                {
                    i = CopyUntil(text, i, "]]>", output);
                }
                else if (At(text, i, "<?"))
                {
                    // The declaration is dropped: the text is already decoded, so its encoding must not be applied again.
                    var end = SkipUntil(text, i, "?>");
                    if (!At(text, i, "<?xml ") && !At(text, i, "<?xml?"))
                    {
                        output.Append(text, i, end - i);
                    }

                    i = end;
                }
                else if (At(text, i, "<!DOCTYPE") || At(text, i, "<!doctype"))
                {
                    i = ReadDoctype(text, i, entities);
                }
                else
                {
                    var closing = i + 1 < text.Length && text[i + 1] == '/';
                    i = CopyTag(text, i, output, entities, used, declared, ref rootInsert, word);
                    depth += closing ? -1 : output.Length > 1 && output[^2] == '/' ? 0 : 1;
                    if (depth > FeedXmlLoader.MaxDepth)
                    {
                        // Refused here, before the rest of a deeply nested document is even looked at.
                        throw new FeedFormatException($"not a feed: elements nest deeper than {FeedXmlLoader.MaxDepth} levels, which is refused");
                    }
                }
            }
            else if (c == '&')
            {
                i = FeedReferences.Append(text, i, output, entities);
            }
            else
            {
                AppendChar(c, output);
                i++;
            }
        }

        if (rootInsert >= 0)
        {
            var declarations = new StringBuilder();
            foreach (var prefix in used.Where(p => !declared.Contains(p)).Order(StringComparer.Ordinal))
            {
                var uri = KnownPrefixes.GetValueOrDefault(prefix, "urn:undeclared-prefix:" + prefix);
                declarations.Append(CultureInfo.InvariantCulture, $" xmlns:{prefix}=\"{uri}\"");
            }

            output.Insert(rootInsert, declarations.ToString());
        }

        return output.ToString();
    }

    private static bool At(string text, int i, string token) => string.CompareOrdinal(text, i, token, 0, token.Length) == 0;

    private static int SkipUntil(string text, int i, string end)
    {
        var at = text.IndexOf(end, i, StringComparison.Ordinal);
        return at < 0 ? text.Length : at + end.Length;
    }

    private static int CopyUntil(string text, int i, string end, StringBuilder output)
    {
        var stop = SkipUntil(text, i, end);
        for (var k = i; k < stop; k++)
        {
            AppendChar(text[k], output);
        }

        return stop;
    }

    private static int CopyTag(
        string text, int i, StringBuilder output, FeedDoctype entities, HashSet<string> used, HashSet<string> declared, ref int rootInsert, StringBuilder word)
    {
        output.Append('<');
        i++;
        var closing = i < text.Length && text[i] == '/';
        var nameStart = output.Length;
        char quote = '\0';
        var inName = true;
        word.Clear();
        while (i < text.Length)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
                else if (c == '&')
                {
                    i = FeedReferences.Append(text, i, output, entities);
                    continue;
                }
                else if (c == '<')
                {
                    // A raw "<" in an attribute value is not XML; written as a reference it keeps its meaning.
                    output.Append("&lt;");
                    i++;
                    continue;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                Note(word, used, declared);
                if (inName && !closing && rootInsert < 0)
                {
                    rootInsert = output.Length;
                }

                output.Append('>');
                return i + 1;
            }
            else if (char.IsWhiteSpace(c) || c == '=' || c == '/')
            {
                if (inName && !closing && rootInsert < 0 && output.Length > nameStart)
                {
                    rootInsert = output.Length;
                }

                inName = false;
                Note(word, used, declared);
            }
            else
            {
                word.Append(c);
            }

            AppendChar(c, output);
            i++;
        }

        return i;
    }

    // A name inside a tag: an element or attribute name with a prefix, or an xmlns:prefix declaration.
    private static void Note(StringBuilder word, HashSet<string> used, HashSet<string> declared)
    {
        var prefixed = false;
        for (var k = 0; k < word.Length && !prefixed; k++)
        {
            prefixed = word[k] == ':';
        }

        if (!prefixed)
        {
            word.Clear();
            return;
        }

        var name = word.ToString().TrimStart('/');
        word.Clear();
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == name.Length - 1)
        {
            return;
        }

        if (name.StartsWith("xmlns:", StringComparison.Ordinal))
        {
            declared.Add(name[6..]);
        }
        else if (IsName(name.AsSpan(0, colon)))
        {
            used.Add(name[..colon]);
        }
    }

    internal static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // C1 control characters in text are windows-1252 characters that went through a Latin-1 conversion.
    private static void AppendChar(char c, StringBuilder output)
    {
        if (c is >= '\u0080' and <= '\u009F')
        {
            output.Append((char)FeedCharacters.FromWindows1252(c));
        }
        else if ((c >= 0x20 || c is '\t' or '\n' or '\r') && c is not ('\uFFFE' or '\uFFFF'))
        {
            output.Append(c);
        }
    }

    private static int ReadDoctype(string text, int i, FeedDoctype entities)
    {
        var open = text.IndexOf('[', i);
        var close = text.IndexOf('>', i);
        if (close < 0)
        {
            return text.Length;
        }

        if (open < 0 || open > close)
        {
            return close + 1;
        }

        var end = text.IndexOf(']', open);
        end = end < 0 ? text.Length : end;
        entities.Read(text.AsSpan(open + 1, end - open - 1));
        var after = text.IndexOf('>', Math.Min(end, text.Length - 1));
        return after < 0 ? text.Length : after + 1;
    }
}
