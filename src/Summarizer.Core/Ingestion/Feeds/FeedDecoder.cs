using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// Turns a feed's bytes into text the way feeds are really labelled: a byte order mark first, then the
/// HTTP charset, then the XML declaration's encoding, then UTF-8; UTF-16/32 without a mark are recognised
/// by the pattern of "&lt;?" in their first bytes. Every code page .NET knows is available (the code-pages
/// provider is asked directly, so nothing process-wide is registered). Text labelled (or defaulting to)
/// UTF-8 that is not valid UTF-8 is read as windows-1252, which is what such feeds nearly always are.
/// </summary>
internal static partial class FeedDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; the byte order mark, if any, is not part of the text.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset)
    {
        if (FromByteOrderMark(bytes) is var (bomEncoding, bomLength) && bomEncoding is not null)
        {
            return Read(bomEncoding, bytes[bomLength..]);
        }

        if (Unmarked(bytes) is { } wide)
        {
            return wide.GetString(bytes);
        }

        // A label nobody knows is passed over for the next source, as browsers and feedparser do.
        var encoding = (Clean(httpCharset) is { } http ? Lookup(http) : null)
            ?? (DeclaredEncoding(bytes) is { } declared ? Lookup(declared) : null)
            ?? Encoding.UTF8;
        return Read(encoding, bytes);
    }

    /// <summary>An encoding by its IANA name or alias, built-in or from the code-pages provider; null when unknown.</summary>
    public static Encoding? Lookup(string label)
    {
        label = label.Trim().Trim('"', '\'').Trim();
        if (label.Length == 0)
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label);
        }
    }

    private static string Read(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        if (encoding.CodePage != Encoding.UTF8.CodePage)
        {
            return encoding.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return (CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1).GetString(bytes);
        }
    }

    private static (Encoding? Encoding, int Length) FromByteOrderMark(ReadOnlySpan<byte> b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        _ => (null, 0),
    };

    // XML 1.0 appendix F: the first four bytes of "<?xm" (or any "<") in a wide encoding without a mark.
    private static Encoding? Unmarked(ReadOnlySpan<byte> b) => b switch
    {
        [0x00, 0x00, 0x00, 0x3C, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: false),
        [0x3C, 0x00, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: false),
        [0x00, 0x3C, 0x00, _, ..] => Encoding.BigEndianUnicode,
        [0x3C, 0x00, _, 0x00, ..] => Encoding.Unicode,
        _ => null,
    };

    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        // The declaration is ASCII in every ASCII-compatible encoding, and sits in the first line.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static string? Clean(string? label) => string.IsNullOrWhiteSpace(label) ? null : label.Trim().Trim('"', '\'').Trim();

    [GeneratedRegex("""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex DeclarationPattern();
}
