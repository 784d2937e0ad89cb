using System.Collections.Frozen;

namespace Summarizer.Text;

/// <summary>
/// English function words that carry no topic: articles, pronouns, auxiliaries, prepositions,
/// conjunctions, and the reporting verbs and fillers of news prose ("said", "also"). Lowercase,
/// ordinal comparison; expects tokens from <see cref="WordTokenizer"/>.
/// </summary>
internal static class Stopwords
{
    public static readonly FrozenSet<string> English = FrozenSet.ToFrozenSet(
        [
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
            "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
            "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
            "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
            "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of",
            "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
            "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
            "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
            "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself",
            "yourselves", "s", "t", "d", "ll", "m", "re", "ve", "don", "said", "says", "say", "told",
            "may", "might", "must", "shall", "us", "mr", "mrs", "ms", "one", "yet", "however", "since",
            "among", "within", "without", "upon", "onto", "via", "per", "whether", "though", "although",
            "would", "could", "another", "every", "many", "much", "several", "still", "even", "ever",
        ],
        StringComparer.Ordinal);

    public static bool IsStopword(string word) => English.Contains(word);
}
