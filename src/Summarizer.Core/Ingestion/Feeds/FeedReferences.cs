using System.Globalization;
using System.Net;
using System.Text;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// One "&amp;..." in a feed, written so a strict XML reader accepts it: XML's own five entities kept, a declared
/// plain-text entity expanded, an HTML entity (&amp;nbsp;, &amp;eacute;) written as character references, a
/// windows-1252 reference mapped, a reference to a character XML forbids dropped, and a bare ampersand escaped.
/// </summary>
internal static class FeedReferences
{
    private const int MaxEntityName = 32;

    /// <summary>Appends the reference at <paramref name="i"/> and returns the index after it.</summary>
    public static int Append(string text, int i, StringBuilder output, FeedDoctype entities)
    {
        var semicolon = text.IndexOf(';', i + 1, Math.Min(MaxEntityName + 2, text.Length - i - 1));
        var name = semicolon < 0 ? null : text.Substring(i + 1, semicolon - i - 1);
        if (name is null || name.Length == 0)
        {
            output.Append("&amp;");
            return i + 1;
        }

        if (name[0] == '#')
        {
            var hex = name.Length > 1 && name[1] is 'x' or 'X';
            if (int.TryParse(name.AsSpan(hex ? 2 : 1), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                code = FeedCharacters.FromWindows1252(code);
                if (FeedCharacters.IsXmlChar(code))
                {
                    output.Append(CultureInfo.InvariantCulture, $"&#{code};");
                }

                return semicolon + 1;
            }

            output.Append("&amp;");
            return i + 1;
        }

        if (name is "amp" or "lt" or "gt" or "quot" or "apos")
        {
            output.Append('&').Append(name).Append(';');
        }
        else if (entities.TryExpand(name, out var value))
        {
            output.Append(value);
        }
        else if (FeedMarkupRepair.IsName(name) && WebUtility.HtmlDecode("&" + name + ";") is var decoded && decoded[0] != '&')
        {
            foreach (var rune in decoded.EnumerateRunes())
            {
                output.Append(CultureInfo.InvariantCulture, $"&#{rune.Value};");
            }
        }
        else
        {
            output.Append("&amp;");
            return i + 1;
        }

        return semicolon + 1;
    }
}
