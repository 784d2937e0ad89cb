using System.Collections.Frozen;

namespace Summarizer.Chunking;

/// <summary>
/// Closed classes of English words the sentence splitter decides with. All are general English
/// (abbreviation conventions, function words, verbs of speaking), lower case, compared case-insensitively.
/// </summary>
internal static class EnglishWords
{
    /// <summary>Honorifics: always followed by a name, so never the last word of a sentence ("Ms. He said").</summary>
    public static readonly WordSet Honorifics = Set(
        "mr", "mrs", "ms", "messrs", "mssrs", "mmes", "mme", "mlle");

    /// <summary>
    /// Titles and words that precede a name or a term ("Sen. Kerry", "Mt. Fuji", "Smith vs. Jones"). Some are
    /// also names ("Hun Sen."), so one ends a sentence when a word that cannot be a name follows.
    /// </summary>
    public static readonly WordSet Titles = Set(
        "adm", "amb", "atty", "brig", "capt", "cdr", "cmdr", "col", "cols", "cpl", "det", "dr", "drs", "fr", "ft",
        "gen", "gens", "gov", "govs", "hon", "insp", "lt", "lts", "maj", "msgr", "mt", "mts", "pres", "prof",
        "pvt", "rep", "reps", "rev", "sen", "sens", "sgt", "spc", "st", "ste", "supt", "vs", "v", "cf", "viz");

    /// <summary>Abbreviations that stand before a number ("No. 10", "p. 55", "Oct. 9").</summary>
    public static readonly WordSet BeforeNumber = Set(
        "no", "nos", "nr", "n°", "p", "pp", "vol", "vols", "art", "arts", "ch", "chap", "fig", "figs", "sec",
        "secs", "para", "pt", "pts", "op", "tel", "ext", "approx", "ca", "est", "ed");

    /// <summary>Company suffixes: they end a sentence before a capital, but newswire puts the day right after the company.</summary>
    public static readonly WordSet CompanySuffixes = Set(
        "inc", "corp", "co", "cos", "ltd", "llc", "plc", "bros", "intl");

    public static readonly WordSet Weekdays = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Month abbreviations: before a day number when capitalised.</summary>
    public static readonly WordSet Months = Set(
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /// <summary>
    /// Function words that open sentences and are never a name or part of one: after a title, an initial
    /// or an acronym ("the U.S. The next day") they show that a new sentence began.
    /// </summary>
    public static readonly WordSet Openers = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
        "some", "many", "most", "all", "both", "each", "every", "any", "no", "none", "several", "such", "another",
        "i", "he", "she", "it", "they", "we", "you", "there", "here", "but", "and", "or", "nor", "so", "yet",
        "if", "when", "while", "after", "before", "although", "though", "because", "since", "as", "once", "until",
        "unless", "whether", "where", "why", "how", "what", "who", "which", "whom", "whose", "meanwhile",
        "however", "still", "then", "also", "instead", "moreover", "nevertheless", "later", "earlier", "now",
        "today", "yesterday", "in", "on", "at", "by", "for", "from", "with", "without", "under", "over",
        "during", "among", "despite", "according", "to", "of", "into", "about", "against", "between", "through",
        "throughout", "across", "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "would",
        "could", "should", "might", "must", "shall", "not", "only", "even", "just", "last", "next");

    /// <summary>Verbs that report speech: "... !" Zelensky said.</summary>
    public static readonly WordSet SpeechVerbs = Set(
        "say", "says", "said", "tell", "tells", "told", "ask", "asks", "asked", "add", "adds", "added", "replied",
        "answered", "shouted", "yelled", "cried", "screamed", "whispered", "declared", "declares", "insisted",
        "insists", "explained", "explains", "warned", "warns", "wrote", "writes", "noted", "stated", "announced",
        "continued", "recalled", "recalls", "argued", "argues", "claimed", "admitted", "admits", "conceded",
        "countered", "responded", "remarked", "tweeted", "quipped", "exclaimed", "acknowledged", "urged",
        "pleaded", "vowed", "promised", "boasted", "complained", "observed", "joked", "murmured", "agreed",
        "confirmed", "stressed", "emphasized", "emphasised", "predicted", "suggested", "testified", "asserted",
        "maintained", "muttered", "sighed", "laughed", "recounted", "repeated");

    /// <summary>Words after which a verb of speaking ends its attribution ("said at the summit", "told reporters on Monday").</summary>
    public static readonly WordSet AttributionTail = Set(
        "at", "on", "in", "to", "during", "after", "before", "from", "outside", "inside", "near", "with", "by",
        "for", "of", "about", "into", "via", "through", "following", "upon", "over", "under", "amid", "as",
        "when", "while", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
        "yesterday", "tonight", "tomorrow", "recently", "earlier", "later", "afterwards", "again");

    /// <summary>Relative pronouns: "Officials who asked ..." is a clause, not an attribution.</summary>
    public static readonly WordSet Relatives = Set("who", "which", "that", "whose", "whom");

    /// <summary>Prepositions that open a short fronted phrase ("At 5 a.m. Mr. Smith went ...").</summary>
    public static readonly WordSet FrontingPrepositions = Set(
        "at", "by", "until", "till", "from", "after", "before", "around", "since", "about", "on", "in", "shortly");

    private static WordSet Set(params string[] words) => new(words);
}

/// <summary>A case-insensitive set of words, looked up without allocating a string for the word.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words) =>
        lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Has(ReadOnlySpan<char> word) => lookup.Contains(word);
}
