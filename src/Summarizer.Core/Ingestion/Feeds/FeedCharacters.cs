namespace Summarizer.Ingestion.Feeds;

/// <summary>Character rules feeds need: windows-1252 references and what XML allows.</summary>
internal static class FeedCharacters
{
    // windows-1252 bytes 0x80-0x9F; 0 where the code page has no character.
    private static readonly int[] Windows1252 =
    [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];

    /// <summary>
    /// A character reference in 128-159 names a C1 control character in Unicode, but feeds (and the HTML
    /// standard) mean the windows-1252 character: &amp;#146; is ’.
    /// </summary>
    public static int FromWindows1252(int code) =>
        code is >= 0x80 and <= 0x9F && Windows1252[code - 0x80] is var mapped and not 0 ? mapped : code;

    public static bool IsXmlChar(int code) =>
        code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
