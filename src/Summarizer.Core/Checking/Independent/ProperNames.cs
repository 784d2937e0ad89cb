using System.Collections.Frozen;

namespace Summarizer.Checking.Independent;

/// <summary>A proper name as written in a claim: its words without honorifics ("Mr"), and the text it came from.</summary>
internal sealed record ProperName(IReadOnlyList<Word> Words, string Surface);

/// <summary>
/// Finds proper names: runs of capitalised words (with "of", "de", "van"... inside) and acronyms. A capitalised word
/// that opens a sentence is a name only when another capitalised word follows it or the sources write it
/// capitalised inside a sentence; a lone "Critics" or "Rescuers" is an ordinary word.
/// </summary>
internal static class ProperNames
{
    private static readonly FrozenSet<string> Honorifics =
        // Titles written as acronyms ("the constituency's MP", "CEO Jane Holm") name an office, not someone a source must name.
        FrozenSet.ToFrozenSet(["mr", "mrs", "ms", "dr", "prof", "sir", "dame", "mx", "mp", "mps", "mep", "meps", "msp", "ceo"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Joiners =
        FrozenSet.ToFrozenSet(["of", "de", "van", "von", "der", "la", "le", "du", "da", "di", "al", "bin", "del"], StringComparer.Ordinal);

    // Spellings of one place: a general fact of English usage, not of any story.
    private static readonly string[][] Aliases =
    [
        ["britain", "great britain", "uk", "united kingdom"],
        ["america", "us", "usa", "united states", "united states of america"],
    ];

    /// <param name="sentenceStarts">Indices of the words that open a sentence, a quote or a clause after a colon.</param>
    /// <param name="knownNames">Folded words the sources write capitalised inside a sentence.</param>
    public static List<ProperName> Read(string text, IReadOnlyList<Word> words, ISet<int> sentenceStarts, IReadOnlySet<string> knownNames)
    {
        var names = new List<ProperName>();
        var i = 0;
        while (i < words.Count)
        {
            if (!IsNameWord(words[i]))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < words.Count && Adjacent(text, words[end - 1], words[end]) && (IsNameWord(words[end])
                || (Joiners.Contains(words[end].Folded) && !words[end].IsCapitalized && end + 1 < words.Count && IsNameWord(words[end + 1]))))
            {
                end++;
            }

            var run = words.Skip(i).Take(end - i).Where(w => !Honorifics.Contains(w.Folded) && !Joiners.Contains(w.Folded)).ToList();
            var opening = sentenceStarts.Contains(i);
            if (opening && end - i == 1 && !words[i].IsAcronym && !knownNames.Contains(words[i].Folded))
            {
                run.Clear();
            }
            else if (opening && end - i > 1 && Stopwords.Is(words[i].Folded))
            {
                run.RemoveAt(0); // "The Lady Arden"
            }

            if (run.Count > 0)
            {
                names.Add(new ProperName(run, text[run[0].Start..run[^1].End]));
            }

            i = end;
        }

        return names;
    }

    // A name runs on over spaces and hyphens ("Kaya-Brandt"), never over other punctuation ("(PRP) - Corvania").
    private static bool Adjacent(string text, Word before, Word after)
    {
        var gap = text.AsSpan(before.End, after.Start - before.End);
        return gap.Length > 0 && (gap.IsWhiteSpace() || gap is "-" or "‑");
    }

    private static bool IsNameWord(Word w) =>
        w.IsCapitalized && w.Text != "I" && (w.IsAcronym || !Stopwords.Is(w.Folded)) && !IsCalendarWord(w.Folded);

    /// <summary>Whether a folded word names a month or a weekday ("Friday night" is no one's name).</summary>
    public static bool IsCalendarWord(string folded) =>
        folded is "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september"
            or "october" or "november" or "december" or "monday" or "tuesday" or "wednesday" or "thursday" or "friday"
            or "saturday" or "sunday";

    /// <summary>Whether <paramref name="source"/> names this too, in any spelling variant, short form or expansion of an acronym.</summary>
    /// <param name="fullNames">Runs of name words the story's sources write (<see cref="FullNames"/>): "Tobias Renwick" is in a
    /// source that calls him "Renwick" when another source of the story gives his full name.</param>
    public static bool IsIn(ProperName name, SourceReading source, IReadOnlySet<string> fullNames)
    {
        if (name.Words.All(w => WordIsIn(w, source)) || name.Words.All(w => source.Outlet.Contains(w.Skeleton)))
        {
            return true;
        }

        // A title before a person's full name, written out or short: "CEO Richard Amsel" for "Chief executive Richard
        // Amsel", "Detective Chief Inspector Achebe" for "Det Ch Insp Achebe". The person's name is checked as it is.
        // So is a common noun that opens the claim before a name ("Farmer Elena Ruiz" where the source writes "farmers").
        var person = name.Words.SkipWhile(w => !WordIsIn(w, source) && (w.IsAcronym || IsShortenedIn(w, source) || IsCommonWordIn(w, source))).ToList();
        if (person.Count < name.Words.Count && person.Count >= 1 && person.All(w => WordIsIn(w, source))
            && (person.Count >= 2 || name.Words.Take(name.Words.Count - person.Count).All(w => IsShortenedIn(w, source))))
        {
            return true;
        }

        if (name.Words.Count >= 2 && WordIsIn(name.Words[^1], source) && fullNames.Contains(string.Join(' ', name.Words.Select(w => w.Skeleton))))
        {
            return true;
        }

        if (IsShortFormIn(name, source) && fullNames.Contains(string.Join(' ', name.Words.Select(w => w.Skeleton))))
        {
            return true;
        }

        // "United States" for a source's "U.S.", "United Kingdom" for its "Britain"
        var phrase = string.Join(' ', name.Words.Select(w => w.Folded));
        // A run of names is an acronym's expansion only where the source writes the acronym: "Tom Reyes" is not "The RSV".
        return (name.Words.Count >= 2 && source.Acronyms.Contains(string.Concat(name.Words.Select(w => w.Folded[0]))))
            || Aliases.Where(group => group.Contains(phrase)).SelectMany(group => group).Any(source.HasPhrase);
    }

    /// <summary>
    /// "Harcourt Vane Restructuring" where the source writes "the Harcourt Vane partner": a name of three words or more
    /// whose two leading words the source writes together, its short form. <see cref="IsIn"/> takes it only where another
    /// source of the story writes the full name, so a word added to a name ("Harcourt Vane Advisory") is still missing.
    /// </summary>
    public static bool IsShortFormIn(ProperName name, SourceReading source) =>
        name.Words.Count >= 3 && source.HasPhrase($"{name.Words[0].Folded} {name.Words[1].Folded}");

    /// <summary>
    /// Whether <paramref name="name"/> is part of a name the claim writes out in words joined by "and", "of" or "for"
    /// ("the Health and Safety Executive", read as "Health" and "Safety Executive") whose initials the source writes as
    /// an acronym ("the HSE").
    /// </summary>
    public static bool IsAcronymIn(ProperName name, IReadOnlyList<Word> claim, SourceReading source) =>
        SpelledOutAcronym(name.Words[0], claim) is { } initials && source.Acronyms.Contains(initials);

    /// <summary>
    /// Whether <paramref name="word"/> is part of a name <paramref name="claim"/> writes out in words whose initials
    /// <paramref name="passage"/> writes as an acronym.
    /// </summary>
    public static bool IsSpelledOutAcronymAmong(Word word, IReadOnlyList<Word> claim, IEnumerable<Word> passage) =>
        SpelledOutAcronym(word, claim) is { } initials && passage.Any(w => w.IsAcronym && w.Folded == initials);

    /// <summary>
    /// The initials of the name written out in words joined by "and", "of" or "for" that <paramref name="word"/> of
    /// <paramref name="claim"/> is part of ("hse" for each word of "the Health and Safety Executive"), or null when it
    /// is part of no such name of three capitalised words or more.
    /// </summary>
    public static string? SpelledOutAcronym(Word word, IReadOnlyList<Word> claim)
    {
        var at = -1;
        for (var i = 0; i < claim.Count; i++)
        {
            if (ReferenceEquals(claim[i], word))
            {
                at = i;
            }
        }

        static bool Joins(Word w) => w.Folded is "and" or "of" or "for";
        static bool InRun(Word w) => (w.IsCapitalized && !Stopwords.Is(w.Folded)) || Joins(w);
        if (at < 0 || !InRun(word) || Joins(word))
        {
            return null;
        }

        var first = at;
        while (first > 0 && InRun(claim[first - 1]))
        {
            first--;
        }

        var last = at;
        while (last + 1 < claim.Count && InRun(claim[last + 1]))
        {
            last++;
        }

        var run = claim.Skip(first).Take(last - first + 1).SkipWhile(Joins).ToList();
        while (run.Count > 0 && Joins(run[^1]))
        {
            run.RemoveAt(run.Count - 1); // "... Executive and" before a lower-case word
        }

        var capitals = run.Where(w => !Joins(w)).ToList();
        return capitals.Count >= 3 && capitals.Count < run.Count ? string.Concat(capitals.Select(c => c.Folded[0])) : null;
    }

    /// <summary>Every run of two or more capitalised words of a sentence that ends a name run ("Tobias Renwick" of "Dr. Tobias Renwick"), as skeletons.</summary>
    public static IEnumerable<string> FullNames(IReadOnlyList<Word> words)
    {
        var run = new List<string>();
        foreach (var w in words.Append(null))
        {
            if (w is not null && IsNameWord(w) && !Honorifics.Contains(w.Folded))
            {
                run.Add(w.Skeleton);
                continue;
            }

            for (var start = 0; start + 1 < run.Count; start++)
            {
                yield return string.Join(' ', run.Skip(start));
            }

            run.Clear();
        }
    }

    /// <summary>Whether a folded word is a title of address ("Dr", "Mr"), not part of anyone's name.</summary>
    public static bool IsHonorific(string folded) => Honorifics.Contains(folded);

    /// <summary>Words that open the text, a quote, a clause after a colon or a dateline's dash: a capital there says nothing about names.</summary>
    public static HashSet<int> Openings(string text, IReadOnlyList<Word> words)
    {
        var openings = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            var gap = i == 0 ? text[..words[i].Start] : text[words[i - 1].End..words[i].Start];
            if (i == 0 || gap.IndexOfAny(['.', '!', '?', ':', '"', '“', '‘', '—', '(']) >= 0 || (gap.Contains('-', StringComparison.Ordinal) && gap.Trim().Length > 0 && gap.Contains(' ', StringComparison.Ordinal)))
            {
                openings.Add(i);
            }
        }

        return openings;
    }

    // The source writes the word in lower case, in any inflection: it is an ordinary noun there, a job or a group, not a name.
    private static bool IsCommonWordIn(Word word, SourceReading source) =>
        source.Sentences.Any(s => s.Words.Any(w => w.IsLetters && !w.IsCapitalized && Stemmer.SameStem(w.Stem, word.Stem)));

    // "Insp" for "Inspector": the source writes a capitalised word of two to four letters that opens this one.
    private static bool IsShortenedIn(Word word, SourceReading source) =>
        word.Folded.Length > 4 && source.Sentences.Any(s => s.Words.Any(w => w.IsCapitalized && w.IsLetters && w.Folded.Length is >= 2 and <= 4
            && w.Folded.Length < word.Folded.Length && word.Folded.StartsWith(w.Folded, StringComparison.Ordinal) && !Stopwords.Is(w.Folded)));

    private static bool WordIsIn(Word word, SourceReading source)
    {
        var folded = word.Folded;
        if (source.Skeletons.Contains(WordScanner.Skeleton(folded)))
        {
            return true;
        }

        if (word.IsAcronym && source.Initials.Contains(folded))
        {
            return true;
        }

        return Aliases.Where(group => group.Contains(folded)).SelectMany(group => group).Any(source.HasPhrase)
            || PlaceOrPeople(folded).Any(f => source.Skeletons.Contains(WordScanner.Skeleton(f)));
    }

    // A people's or place's adjective is its place ("Corvanian" for "Corvania", "Brazilian" for "Brazil", "Japanese" for
    // "Japan") and back: the endings English forms them with, tried both ways.
    private static IEnumerable<string> PlaceOrPeople(string folded)
    {
        if (folded.Length < 5)
        {
            yield break;
        }

        foreach (var (demonym, place) in DemonymEndings)
        {
            if (folded.EndsWith(demonym, StringComparison.Ordinal))
            {
                yield return folded[..^demonym.Length] + place;
            }

            if (folded.EndsWith(place, StringComparison.Ordinal))
            {
                yield return folded[..^place.Length] + demonym;
            }
        }
    }

    private static readonly (string Demonym, string Place)[] DemonymEndings =
        [("an", "a"), ("ian", ""), ("ian", "y"), ("ian", "a"), ("ese", "")];
}
