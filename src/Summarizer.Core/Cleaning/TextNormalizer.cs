using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Documents;

namespace Summarizer.Cleaning;

/// <summary>Character-level repairs done before any line is looked at.</summary>
internal static class TextNormalizer
{
    private static readonly Regex Entity = new(
        @"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    public static string Normalize(string text, CleaningOptions options, List<Removal> removals)
    {
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (options.RepairMojibake)
        {
            text = Mojibake.Repair(text);
        }

        text = DecodeEntities(text);
        return StripInvisible(text, removals);
    }

    /// <summary>Decodes to a fixed point so "&amp;amp;" ends where a second pass would end.</summary>
    public static string DecodeEntities(string text)
    {
        for (var round = 0; round < 8 && text.Contains('&', StringComparison.Ordinal) && Entity.IsMatch(text); round++)
        {
            var decoded = WebUtility.HtmlDecode(text);
            if (decoded == text)
            {
                break;
            }

            text = decoded;
        }

        return text;
    }

    private static string StripInvisible(string text, List<Removal> removals)
    {
        StringBuilder? builder = null;
        StringBuilder? removed = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char? replacement = c switch
            {
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' => null,
                '\u00A0' or '\u2007' or '\u202F' or '\t' or '\u2002' or '\u2003' or '\u2009' or '\u200A' or '\f' or '\v' => ' ',
                '\u2028' or '\u2029' or '\u0085' => '\n',
                _ when char.IsControl(c) && c != '\n' => null,
                _ => c,
            };
            if (replacement == c && builder is null)
            {
                continue;
            }

            if (builder is null)
            {
                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            if (replacement is { } r)
            {
                builder.Append(r);
            }
            else
            {
                (removed ??= new StringBuilder()).Append(c);
            }
        }

        if (removed is not null)
        {
            removals.Add(new Removal(NoiseRules.InvisibleCharacters, removed.ToString()));
        }

        return builder?.ToString() ?? text;
    }
}
