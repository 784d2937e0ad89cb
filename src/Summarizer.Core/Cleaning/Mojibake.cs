using System.Text;

namespace Summarizer.Cleaning;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 (or Latin-1): every run of characters
/// whose Windows-1252 bytes form a valid multi-byte UTF-8 sequence is decoded again. General,
/// not a replace list, so any character (quotes, accents, emoji) comes back.
/// </summary>
internal static class Mojibake
{
    // Windows-1252 bytes 0x80..0x9F map to these characters; the five undefined bytes are kept
    // as the C1 controls decoders produce for them.
    private const string HighTable =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Repairs until nothing changes (double-encoded text needs two rounds); each round shortens the text.</summary>
    public static string Repair(string text)
    {
        for (var round = 0; round < 4; round++)
        {
            var repaired = RepairOnce(text);
            if (ReferenceEquals(repaired, text))
            {
                return text;
            }

            text = repaired;
        }

        return text;
    }

    private static string RepairOnce(string text)
    {
        StringBuilder? builder = null;
        var copiedUpTo = 0;
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var lead = ToByte(text[i]);
            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0)
            {
                continue;
            }

            // "â€" + a lost 0x9D byte (undefined in Windows-1252, often dropped) was a closing quote.
            if (text[i] == 'â' && i + 1 < text.Length && text[i + 1] == '€' && (i + 2 >= text.Length || ToByte(text[i + 2]) is < 0x80 or > 0xBF))
            {
                builder ??= new StringBuilder(text.Length);
                builder.Append(text, copiedUpTo, i - copiedUpTo).Append('”');
                i++;
                copiedUpTo = i + 1;
                continue;
            }

            if (i + length > text.Length)
            {
                continue;
            }

            bytes[0] = (byte)lead;
            var valid = true;
            for (var k = 1; k < length && valid; k++)
            {
                var b = ToByte(text[i + k]);
                valid = b is >= 0x80 and <= 0xBF;
                bytes[k] = (byte)b;
            }

            if (!valid || !TryDecode(bytes[..length], out var decoded))
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copiedUpTo, i - copiedUpTo).Append(decoded);
            i += length - 1;
            copiedUpTo = i + 1;
        }

        if (builder is null)
        {
            return text;
        }

        builder.Append(text, copiedUpTo, text.Length - copiedUpTo);
        return builder.ToString();
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string decoded)
    {
        decoded = string.Empty;
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            decoded = Encoding.UTF8.GetString(bytes);

            // Overlong or surrogate forms are rejected by IsValid; a lone result is what we want.
            return decoded.Length > 0;
        }

        return false;
    }

    /// <summary>The Windows-1252 byte for a character, or -1 when it has none.</summary>
    private static int ToByte(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        if (c is >= '\u00A0' and <= '\u00FF')
        {
            return c;
        }

        var index = HighTable.IndexOf(c, StringComparison.Ordinal);
        return index < 0 ? -1 : 0x80 + index;
    }
}
