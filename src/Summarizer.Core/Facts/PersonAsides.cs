namespace Summarizer.Facts;

/// <summary>
/// A relative clause set off after a person ("Ann Reid, who has run the shop for 30 years, said ..."): it describes that
/// person beside what the sentence reports. A figure in it is the person's (a tenure, a herd, a term served), not a
/// figure of the story's event, however early its source tells it.
/// </summary>
internal static class PersonAsides
{
    /// <summary>
    /// True when the word at <paramref name="first"/> stands in a "who" clause set off by a comma, before the clause
    /// closes (no clause break lies between the pronoun and the word), unless the clause only reports what they said.
    /// </summary>
    public static bool Holds(Words words, int first)
    {
        for (var k = first - 1; k > 0; k--)
        {
            // "Dr Voss, who said the count had fallen to nine": what the person said is the story's, not theirs.
            if (words[k] == "who")
            {
                return words.BreakAfter(k - 1) && !ReportWording.SaidRightAfter(words, k);
            }

            if (words.BreakAfter(k - 1))
            {
                return false;
            }
        }

        return false;
    }
}
