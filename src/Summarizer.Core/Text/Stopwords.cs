using System.Collections.Frozen;

namespace Summarizer.Text;

/// <summary>
/// The one English stopword list: words that carry no topic and no fact. Function words (articles, pronouns,
/// auxiliaries, prepositions, conjunctions, contraction pieces), the reporting verbs of news prose ("said",
/// "told"), and the hedges, quantity and time words that sit around figures ("nearly", "at least", "per cent",
/// "last", "new"): two texts sharing these share nothing. Lowercase and folded; ordinal lookups.
/// </summary>
internal static class Stopwords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
        [
            // articles, conjunctions, prepositions
            "a", "an", "the", "and", "or", "but", "nor", "if", "because", "though", "although", "whether", "than",
            "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "within", "as", "into", "onto",
            "upon", "about", "above", "below", "over", "under", "after", "before", "since", "until", "during",
            "between", "among", "through", "against", "across", "around", "toward", "towards", "via", "per",
            "up", "down", "out", "off", "like", "including", "according",

            // pronouns and determiners
            "i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
            "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
            "they", "them", "their", "theirs", "themselves", "this", "that", "these", "those", "there", "here",
            "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "while",
            "all", "any", "both", "each", "either", "neither", "every", "few", "fewer", "less", "least", "many",
            "more", "most", "much", "several", "some", "such", "no", "not", "other", "another", "own", "same",
            "one", "only", "very", "too", "so", "just", "also", "even", "ever", "still", "yet", "well",

            // auxiliaries and modals
            "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does",
            "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",

            // pieces of contractions as a letters-and-digits split leaves them ("don't" gives "don", "t")
            "s", "t", "d", "ll", "m", "re", "ve", "don",

            // reporting verbs and titles of news prose
            "said", "says", "say", "told", "mr", "mrs", "ms",

            // hedges, quantities and time words around figures
            "nearly", "almost", "roughly", "approximately", "percent", "cent", "new", "last", "next", "now",
            "then", "once", "again", "further", "already", "recently", "meanwhile", "however",
        ],
        StringComparer.Ordinal);

    /// <summary>True for a stopword; expects a lowercase (folded) word.</summary>
    public static bool IsStopword(string word) => English.Contains(word);
}
