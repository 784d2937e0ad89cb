using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// The wire dateline an article's text opens with ("HARBURG, Tuesday 3 March 2026 (XNA) - ", "HARBURG (XNA) — "):
/// where and when the report was filed. It is not part of the sentence it precedes and states no fact of the story,
/// so every stage that reads sentences asks here where it ends.
/// </summary>
internal static partial class Dateline
{
    /// <summary>The length of the dateline opening <paramref name="text"/> (with the space after it); 0 when there is none.</summary>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (WithDash().Match(text) is { Success: true } m ? m : WithoutDash().Match(text)) is { Success: true } found
            ? found.Length
            : 0;
    }

    /// <summary>
    /// The dateline opening <paramref name="text"/>, or the capitalised run it opens with (up to its first lowercase
    /// word) when that is longer: a copy that lost its dash and agency still dates the article there ("OSTREVIK,
    /// Belmarra, Sept 12 Officials ..."). Empty when the text opens with a lowercase word or has none.
    /// </summary>
    public static string OrCapitalisedOpening(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var opening = text.Length > OpeningChars ? text[..OpeningChars] : text;
        var tokens = Tokenizer.Facts.Tokenize(opening);
        var end = tokens.FindIndex(t => char.IsLower(t.Text[0]));
        var run = end > 0 ? tokens[end - 1].End : 0;
        return text[..Math.Max(Length(text), run)];
    }

    // A dateline is a short run at the very top; the capitalised run is looked for no further.
    private const int OpeningChars = 200;

    // A place in capitals, then a comma or a bracket, a short run without a sentence end, and a spaced dash.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\s*[,(][^.!?\n]{0,90}?\s[-–—]{1,2}\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex WithDash();

    // A copy that lost the dash: a place in capitals, a comma and its region, the agency in brackets, then the
    // sentence's capital ("HARBURG, Ostmark( XNA) Crews closed ..."). The region is required, so an acronym spelled out
    // in brackets ("UN (United Nations) Secretary-General ...") is not read as a dateline.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu},\s*[^.!?\n()]{1,60}?\s*\(\s*\p{Lu}[\p{L}.&' ]{0,30}?\s*\)\s*(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex WithoutDash();
}
