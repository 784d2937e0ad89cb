namespace Summarizer.Chunking;

/// <summary>
/// A list item's marker at the start of a sentence: "1." "1.)" "1)" or "a." "a)", optionally after a bullet.
/// Its period does not end a sentence, and the next marker in sequence ("2.") starts the next item even when
/// the item before has no final punctuation ("1) The first item 2) The second item").
/// </summary>
internal readonly record struct ListMarker(int End, int Value, bool Letter, string Suffix)
{
    /// <summary>The marker at <paramref name="at"/> (after any bullet), or null.</summary>
    public static ListMarker? At(string text, int at)
    {
        if (at < text.Length && IsBullet(text[at]))
        {
            at++;
            while (at < text.Length && text[at] is ' ' or '\t')
            {
                at++;
            }
        }

        var i = at;
        var value = 0;
        var letter = false;
        if (i < text.Length && text[i] is >= 'a' and <= 'z')
        {
            value = text[i] - 'a' + 1;
            letter = true;
            i++;
        }
        else
        {
            while (i < text.Length && i - at < 2 && char.IsAsciiDigit(text[i]))
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }

            if (i == at || (i < text.Length && char.IsAsciiDigit(text[i])))
            {
                return null;
            }
        }

        var suffixStart = i;
        if (i < text.Length && text[i] == '.')
        {
            i++;
        }

        if (i < text.Length && text[i] == ')')
        {
            i++;
        }

        var suffix = text[suffixStart..i];
        var followedBySpace = i < text.Length && text[i] is ' ' or '\t';
        return suffix.Length > 0 && followedBySpace && !(letter && suffix == ".)")
            ? new ListMarker(i, value, letter, suffix)
            : null;
    }

    /// <summary>Whether the marker at <paramref name="at"/> is the one after this ("2)" after "1)").</summary>
    public bool IsFollowedAt(string text, int at) =>
        (at == 0 || text[at - 1] is ' ' or '\t')
        && At(text, at) is { } next
        && next.Value == Value + 1
        && next.Letter == Letter
        && next.Suffix == Suffix;

    public static bool IsBullet(char c) => c is '•' or '⁃' or '◦' or '▪' or '‣' or '●';
}
