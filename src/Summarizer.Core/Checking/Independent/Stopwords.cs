using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>English function words: they carry no content of a claim, so they neither support nor contradict it.</summary>
internal static class Stopwords
{
    private static readonly FrozenSet<string> Words = FrozenSet.ToFrozenSet(
        [
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "by", "for", "from",
            "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with", "within", "without", "about", "after",
            "against", "along", "among", "around", "before", "behind", "below", "beneath", "beside", "between", "beyond",
            "during", "except", "inside", "near", "since", "through", "throughout", "toward", "towards", "under", "until",
            "upon", "via", "while", "whilst", "although", "though", "because", "whether", "where", "when", "which", "who",
            "whom", "whose", "what", "why", "how", "that", "this", "these", "those", "there", "here", "it", "its", "he",
            "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our", "ours", "you", "your",
            "i", "me", "my", "mine", "is", "am", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "having", "do", "does", "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might",
            "must", "also", "just", "very", "too", "all", "any", "both", "each", "every", "few", "more", "most", "other",
            "some", "such", "only", "own", "same", "again", "further", "once", "now", "still", "even", "ever", "already",
            "about", "around", "nearly", "almost", "roughly", "approximately", "some", "least", "less", "many", "much",
            "several", "another", "its", "itself", "themselves", "himself", "herself", "one", "ones", "s", "per",
            // Words that order reports in time ("initially", "later") say when something was told, not what happened.
            "initially", "eventually", "subsequently", "meanwhile", "later",
            // Vague quantities say how many only loosely; a figure, when there is one, is checked as a figure.
            "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "numerous", "multiple",
        ],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Negations = FrozenSet.ToFrozenSet(
        [
            "not", "no", "never", "cannot", "unable", "neither", "nor", "none", "nobody", "nothing", "didnt", "doesnt", "dont", "wont",
            "cant", "couldnt", "wouldnt", "shouldnt", "isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
            // "asked customers to avoid using sprinklers" says what "asked them not to use sprinklers" says.
            "avoid", "avoiding", "refrain",
        ],
        StringComparer.Ordinal);

    public static bool Is(string folded) => Words.Contains(folded) || Negations.Contains(folded);

    public static bool IsNegation(string folded) => Negations.Contains(folded);

    // What is still pending has not happened: "4,000 were still waiting to be reconnected" says they were not reconnected,
    // as do "has yet to be repaired", "are still to be questioned" and "homes awaiting reconnection".
    private static readonly string[][] Pending = [["yet", "to"], ["waiting", "to", "be"], ["still", "to", "be"], ["awaiting"]];

    // What is set aside or left undone did not happen: "a motor failure rather than the snow" and "instead of the ferry"
    // deny what follows as "not the snow" does, and a verb of not doing before an infinitive ("failed to recruit",
    // "declined to comment", "refused to pay") says it was not done as "could not recruit" does.
    private static readonly string[][] Denials =
    [
        ["rather", "than"], ["instead", "of"],
        ["failed", "to"], ["fails", "to"], ["fail", "to"], ["failing", "to"],
        ["declined", "to"], ["declines", "to"], ["decline", "to"], ["refused", "to"], ["refuses", "to"], ["refuse", "to"],
    ];

    /// <summary>Whether the word at <paramref name="i"/> negates what follows: a negation, or a phrase that says it is still pending, set aside or not done.</summary>
    public static bool Negates(IReadOnlyList<Word> words, int i) =>
        IsNegation(words[i].Folded) || Opens(Pending, words, i) || Opens(Denials, words, i);

    private static bool Opens(string[][] phrases, IReadOnlyList<Word> words, int i) =>
        phrases.Any(p => i + p.Length <= words.Count && p.Select((f, k) => words[i + k].Folded == f).All(same => same));

    /// <summary>Whether any word of <paramref name="words"/> negates (<see cref="Negates"/>).</summary>
    public static bool AnyNegation(IReadOnlyList<Word> words) => Enumerable.Range(0, words.Count).Any(i => Negates(words, i));
}
