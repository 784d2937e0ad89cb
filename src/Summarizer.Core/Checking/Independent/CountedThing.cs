namespace Summarizer.Checking.Independent;

/// <summary>
/// What a small count counts: the words of the noun phrase right after it ("two ferry operators", "both of the town's
/// bus companies"). A "2" is common in any article ("2 km upstream", "two extra lanes"), so a small count of a claim is
/// stated only by a figure of the same value that counts the same thing.
/// </summary>
internal static class CountedThing
{
    /// <summary>Counts up to this value are small: a number this common says nothing without what it counts.</summary>
    public const double MaxSmall = 10;

    // Words that may open the noun phrase before its first content word: "both of the", "two of its".
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "of", "the", "its", "their", "his", "her", "our", "these", "those", "that", "this",
    };

    /// <summary>Whether <paramref name="figure"/> is a small whole count (two to ten) whose thing must be matched.</summary>
    public static bool IsSmall(Figure figure) =>
        figure is { Kind: FigureKind.Count, IsAppositive: false } && figure.Value >= 2 && figure.Value <= MaxSmall && figure.Value == Math.Floor(figure.Value);

    /// <summary>The content words of the noun phrase after <paramref name="figure"/> (up to three), or empty when none follows.</summary>
    public static List<Word> Of(string text, IReadOnlyList<Word> words, Figure figure)
    {
        var at = 0;
        while (at < words.Count && words[at].Start < figure.End)
        {
            at++;
        }

        var result = new List<Word>();
        for (var i = at; i < words.Count && result.Count < 3; i++)
        {
            var w = words[i];
            // A comma or other mark between the words ends the phrase ("two, said ..."): only a space or a possessive
            // ("the bridge's supports") may lie between.
            var previousEnd = i == at ? figure.End : words[i - 1].End;
            if (!w.IsLetters || !IsSpace(text[Math.Min(previousEnd, w.Start)..w.Start]))
            {
                break;
            }

            if (result.Count == 0 && Openers.Contains(w.Folded))
            {
                continue;
            }

            if (Stopwords.Is(w.Folded) || Speech.IsVerb(w.Folded))
            {
                break;
            }

            result.Add(w);
        }

        return result;
    }

    /// <summary>
    /// Whether a source's count with <paramref name="stated"/> after it counts what the claim's count with
    /// <paramref name="counted"/> after it does: a word of the one is a word (or a word of the same class) of the other,
    /// or the source's counted word is one the claim writes elsewhere ("two of the injured were children" for "two
    /// children were among the injured"). A source count with no noun after it ("the two were charged") refers back to
    /// what it counts, so it is not told apart.
    /// </summary>
    /// <param name="sentence">The source sentence that gives the count: "three deaths" is what "Three people were
    /// confirmed dead" counts, the people and what befell them being said together.</param>
    public static bool Same(List<Word> counted, List<Word> stated, IReadOnlyList<Word> claimWords, IReadOnlyList<Word>? sentence = null)
    {
        if (counted.Count == 0 || stated.Count == 0)
        {
            return true;
        }

        var senses = Paraphrases.SensesOf(stated);
        return counted.Any(c => stated.Any(s => SameWord(c, s)))
            || Paraphrases.SensesOf(counted).Overlaps(senses)
            || stated.Any(s => claimWords.Any(c => c.IsLetters && SameWord(c, s)))
            || (counted.Any(c => GenericPeople.Contains(c.Folded)) && stated.Any(IsPeople))
            || (counted.Any(IsPerformer) && stated.Any(IsPerformer))
            || (stated.Any(IsPeople) && sentence is not null && Paraphrases.SensesOf(counted).Overlaps(Paraphrases.SensesOf(sentence)));
    }

    // "seven people" is what "seven neighbours" or "seven passengers" count: the general word for people holds any
    // count of them (not the other way round: "seven neighbours" says more than "seven people").
    private static readonly HashSet<string> GenericPeople = new(StringComparer.Ordinal) { "people", "persons", "individuals" };

    // Nouns news counts people by; a general list, not drawn from any story.
    private static readonly HashSet<string> People = new(StringComparer.Ordinal)
    {
        "people", "person", "persons", "individuals", "men", "women", "children", "adults", "boys", "girls", "residents",
        "neighbours", "neighbors", "villagers", "locals", "passengers", "travellers", "travelers", "commuters", "motorists",
        "drivers", "pedestrians", "cyclists", "workers", "employees", "staff", "miners", "farmers", "students", "pupils",
        "teachers", "patients", "visitors", "tourists", "hikers", "climbers", "fans", "spectators", "victims", "survivors",
        "crew", "firefighters", "officers", "soldiers", "civilians", "migrants", "refugees", "inmates", "prisoners",
        "members", "volunteers", "rescuers", "guests", "customers", "voters", "others",
    };

    private static bool IsPeople(Word w) => People.Contains(w.Folded);

    // The people on a stage: news counts "two performers" of a show as its "two cast members", "actors" or "dancers". Only
    // the count is matched so; what befell them is still found word by word.
    private static readonly HashSet<string> Performers = new(StringComparer.Ordinal)
    {
        "performer", "performers", "cast", "actor", "actors", "actress", "actresses", "singer", "singers", "dancer", "dancers",
        "musician", "musicians", "entertainer", "entertainers", "players",
    };

    private static bool IsPerformer(Word w) => Performers.Contains(w.Folded);

    private static bool IsSpace(string gap) => gap.Trim() is "" or "'s" or "’s" or "'" or "’";

    private static bool SameWord(Word a, Word b) => Stemmer.SameStem(a.Stem, b.Stem) || a.Skeleton == b.Skeleton;
}
