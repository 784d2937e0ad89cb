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
}
