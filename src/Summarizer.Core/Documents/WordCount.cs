namespace Summarizer.Documents;

/// <summary>The one definition of "a word" used for budgets and counts: a run of non-space characters.</summary>
public static class WordCount
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
}
