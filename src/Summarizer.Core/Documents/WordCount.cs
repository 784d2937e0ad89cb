namespace Summarizer.Documents;

/// <summary>The one definition of "a word" used for budgets and counts: a run of non-space characters.</summary>
internal static class WordCount
{
    public static int Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }

    /// <summary>The text up to (not including) its word number <paramref name="maxWords"/> + 1; the whole text if shorter.</summary>
    public static string FirstWords(string text, int maxWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = 0;
        var inWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++words > maxWords)
                {
                    return text[..i];
                }
            }
        }

        return text;
    }
}
