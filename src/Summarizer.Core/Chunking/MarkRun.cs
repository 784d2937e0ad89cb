namespace Summarizer.Chunking;

/// <summary>
/// A run of sentence marks read as one: "!!", "?!", "...", "…", ". . . ." (spaced dots), "that.... She".
/// </summary>
internal readonly record struct MarkRun(int End, int Dots, bool Strong, bool Attached, bool Spaced, bool HasEllipsisChar)
{
    /// <summary>Three or more dots, or the ellipsis character: an omission or a trailing-off, not a plain period.</summary>
    public bool IsEllipsis => Dots >= 3 || HasEllipsisChar;

    public static MarkRun Read(string text, int mark)
    {
        int i = mark, dots = 0;
        bool strong = false, spaced = false, ellipsis = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                dots += c == '.' ? 1 : 0;
                strong |= c is '!' or '?';
                ellipsis |= c == '…';
                i++;
            }
            else if (c == ' ' && text[i - 1] == '.' && i + 1 < text.Length && text[i + 1] == '.' && EndsDotRun(text, i + 2))
            {
                spaced = true; // ". . ." spaced ellipsis dots
                i++;
            }
            else
            {
                break;
            }
        }

        var attached = mark > 0 && !char.IsWhiteSpace(text[mark - 1]);
        return new MarkRun(i, dots, strong, attached, spaced, ellipsis);
    }

    // The dot after a space is another ellipsis dot, not the start of a word like ".NET".
    private static bool EndsDotRun(string text, int after) =>
        after >= text.Length || text[after] is '.' or ' ' or '\t' or '\n' or '\r' or '"' or '”' or '’' or '\'' or ')' or ']';
}
