using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a figure-free clause predicates, read from its word order: each pair of neighbouring content words once
/// stopwords, figures and names are set aside ("replacement buses are running between the two towns" gives
/// replacement-bus, bus-run, run-town). In news prose such neighbours are mostly a head and its modifier, a subject
/// and its verb, a verb and its object, so two clauses that share most of these links say the same thing about the
/// same participants, reworded ("will run" / "are running", "remains closed" / "was closed"), while two that share
/// only scattered words of the story do not. Names are left out because they are the story's arguments, which every
/// outlet repeats; a name only one source gives is checked separately.
/// </summary>
internal static class ClauseLinks
{
    /// <summary>
    /// The links of the tokens of a clause, in order; <paramref name="opensSentence"/> says its first token opens
    /// the sentence, where a capital marks no name.
    /// </summary>
    public static List<(string A, string B)> Of(IEnumerable<Token> tokens, bool opensSentence)
    {
        var words = new List<string>();
        var first = opensSentence;
        foreach (var t in tokens)
        {
            var isName = !first && char.IsUpper(t.Text[0]);
            first = false;
            var folded = Folding.Fold(t.Text);
            if (isName || folded.Length < 2 || Stopwords.IsStopword(folded) || !char.IsLetter(folded[0]))
            {
                continue;
            }

            words.Add(Stemmer.Inflections.Stem(t.Text));
        }

        var links = new List<(string, string)>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i] != words[i + 1] && !links.Contains((words[i], words[i + 1])))
            {
                links.Add((words[i], words[i + 1]));
            }
        }

        return links;
    }

    /// <summary>How many of <paramref name="links"/> have both words among <paramref name="content"/> (in either order: a passive turns them round).</summary>
    public static int Held(IReadOnlyList<(string A, string B)> links, IReadOnlySet<string> content) =>
        links.Count(l => content.Contains(l.A) && content.Contains(l.B));
}
