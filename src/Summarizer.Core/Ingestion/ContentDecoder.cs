using System.Text;

namespace Summarizer.Ingestion;

/// <summary>Turns input bytes into text, refusing what is not UTF-8 text rather than guessing.</summary>
internal static class ContentDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded text, or null with the reason it is not usable.</summary>
    public static (string? Text, string? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return (null, "the file is empty");
        }

        var probe = bytes[..Math.Min(bytes.Length, 8192)];
        if (probe.Contains((byte)0))
        {
            return (null, "binary content (NUL bytes), not text");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"not valid UTF-8 (bad byte at offset {ex.Index}); convert it to UTF-8 first");
        }

        return string.IsNullOrWhiteSpace(text) ? (null, "the file has no text (only whitespace)") : (text, null);
    }
}
