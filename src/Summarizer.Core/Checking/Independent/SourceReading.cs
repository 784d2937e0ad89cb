using System.Text.RegularExpressions;
using Summarizer.Chunking;
using Summarizer.Documents;

namespace Summarizer.Checking.Independent;

/// <summary>One sentence of a source as the checker reads it.</summary>
/// <param name="Continues">It carries on from the sentence before ("He added...", "But...", a quote going on).</param>
/// <param name="Capitalized">Its words written with a capital where a capital marks a name (not opening it, a quote or a clause).</param>
internal sealed record SentenceReading(
    IReadOnlyList<Word> Words,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Sequence,
    bool Continues,
    bool Negated,
    IReadOnlyList<Word> Capitalized)
{
    /// <summary>The sentence as written.</summary>
    public string Text { get; init; } = string.Empty;

    /// <summary>Where it is in the article's cleaned text; negative when it is in the title.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    /// <summary>It opens inside a quote a sentence before it opened: the speaker's words going on ("... Pask. \"But it is also a warning. Biosecurity is ...\"").</summary>
    public bool InQuote { get; init; }

    /// <summary>It ends inside a quote: it opens one it does not close, or goes on with one it does not close.</summary>
    public bool LeavesQuoteOpen => (InQuote ? 1 : 0) + Text.Count(c => c is '"' or '“' or '”') is var marks && marks % 2 == 1;

    /// <summary>The classes of events and things its words and phrases say (<see cref="Paraphrases"/>).</summary>
    public IReadOnlySet<string> Senses { get; } = Paraphrases.SensesOf(Words);
}

/// <summary>A source (its title, then its body) read once: sentences, every word's skeleton, acronyms, figures.</summary>
internal sealed partial class SourceReading
{
    private readonly string _flat;

    private SourceReading(int id, IReadOnlyList<SentenceReading> sentences, string flat)
    {
        Id = id;
        Sentences = sentences;
        Body = [.. sentences.Where(s => s.Start >= 0)];
        _flat = flat;
        for (var index = 0; index < sentences.Count; index++)
        {
            var sentence = sentences[index];
            Figures.AddRange(sentence.Figures);
            Sequence.AddRange(sentence.Sequence);
            foreach (var w in sentence.Words.Where(w => w.IsLetters))
            {
                Skeletons.Add(WordScanner.Skeleton(w.Folded));
                if (w.IsAcronym)
                {
                    Initials.Add(w.Folded);
                    Acronyms.Add(w.Folded);
                }
            }

            AddInitials(sentence.Words);
            AddTitles(sentence.Words);
            AddOrganisations(sentence, index);
        }

        AddRoles();
    }

    // A role noun's stems ("former", "bus", "driver") and the people the source may mean by it.
    private readonly Dictionary<string, HashSet<string>> _roles = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="word"/> is part of a role the source calls a person it names in <paramref name="passage"/>:
    /// "The former bus driver beat him ..." right after a sentence that ends naming Aylin Kaya-Brandt makes "former",
    /// "bus" and "driver" words for Kaya-Brandt, so "The former bus driver becomes the youngest mayor" is found where
    /// the source says "Kaya-Brandt ... becomes the youngest mayor".
    /// </summary>
    public bool IsRoleIn(Word word, IEnumerable<Word> passage) =>
        _roles.TryGetValue(word.Stem, out var people) && passage.Any(w => people.Contains(w.Skeleton));

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
    };

    // A sentence that opens with "The" and a role in lower case refers back to the person named last before it.
    private void AddRoles()
    {
        for (var i = 1; i < Sentences.Count; i++)
        {
            var words = Sentences[i].Words;
            if (Sentences[i].Start < 0 || Sentences[i - 1].Start < 0 || words.Count < 3 || words[0].Folded != "the")
            {
                continue;
            }

            var role = words.Skip(1).TakeWhile(w => w.IsLetters && !w.IsCapitalized && !Stopwords.Is(w.Folded) && !Speech.IsVerb(w.Folded)).ToList();
            if (role.Count + 1 < words.Count && Stopwords.Is(words[role.Count + 1].Folded) && !Auxiliaries.Contains(words[role.Count + 1].Folded) && role.Count > 0)
            {
                role.RemoveAt(role.Count - 1); // "The former bus driver beat him": the run ended on its verb
            }

            var person = Sentences[i - 1].Words.Skip(1).LastOrDefault(w => w.IsLetters && w.IsCapitalized && !Stopwords.Is(w.Folded));
            if (role.Count is < 2 or > 4 || person is null)
            {
                continue; // one word ("The mayor ...") is a title, read with the name where the source writes them together
            }

            foreach (var w in role)
            {
                if (!_roles.TryGetValue(w.Stem, out var people))
                {
                    _roles[w.Stem] = people = new HashSet<string>(StringComparer.Ordinal);
                }

                people.Add(person.Skeleton);
            }
        }
    }

    private readonly Dictionary<string, HashSet<string>> _titles = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the source calls the person named <paramref name="nameSkeleton"/> by <paramref name="stem"/> too:
    /// "Governor Tomas Reinholt" and "coast guard captain Olexandr Kovalenko" make "the governor" and "the captain"
    /// the same speaker as Reinholt and Kovalenko.
    /// </summary>
    public bool IsKnownAs(string nameSkeleton, string stem) =>
        _titles.TryGetValue(nameSkeleton, out var titles) && titles.Contains(stem);

    private void AddTitles(IReadOnlyList<Word> words)
    {
        foreach (var (i, end) in NameRuns(words))
        {
            var titles = words.Skip(i).Take(end - i).Select(w => w.Stem).ToList();
            if (i > 0 && words[i - 1].IsLetters && !words[i - 1].IsCapitalized && !Stopwords.Is(words[i - 1].Folded) && !Speech.IsVerb(words[i - 1].Folded))
            {
                titles.Add(words[i - 1].Stem); // "chair Petra Lindgren"
            }

            if (titles.Count > 0)
            {
                var name = words[end].Skeleton;
                if (!_titles.TryGetValue(name, out var set))
                {
                    _titles[name] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(titles);
            }
        }
    }

    // Each run of capitalised words that are not stopwords, as its first and last index: the names a sentence gives.
    private static IEnumerable<(int Start, int End)> NameRuns(IReadOnlyList<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!words[i].IsCapitalized || Stopwords.Is(words[i].Folded))
            {
                continue;
            }

            var end = i;
            while (end + 1 < words.Count && words[end + 1].IsCapitalized && !Stopwords.Is(words[end + 1].Folded))
            {
                end++;
            }

            yield return (i, end);
            i = end;
        }
    }

    public int Id { get; }

    /// <summary>The day the article was written, when its metadata or dateline tells.</summary>
    public DateOnly? Written { get; private init; }

    public IReadOnlyList<SentenceReading> Sentences { get; }

    /// <summary>The sentences of the article's text, without its title: where passages joined across sentences are sought.</summary>
    public IReadOnlyList<SentenceReading> Body { get; }

    public List<Figure> Figures { get; } = [];

    /// <summary>The results the source writes as a pair of counts ("voted 6-3"), read once, when a claim gives one.</summary>
    public IReadOnlyList<(Figure First, Figure Second)> Tallies => _tallies ??= [.. Sentences.SelectMany(s => Tally.Of(s.Text, s.Figures))];

    private List<(Figure First, Figure Second)>? _tallies;

    /// <summary>Every folded word in order, sentence after sentence: where quotes are looked for.</summary>
    public List<string> Sequence { get; } = [];

    public HashSet<string> Skeletons { get; } = new(StringComparer.Ordinal);

    /// <summary>Acronyms as written and the initials of capitalised runs ("United Nations" gives "un").</summary>
    public HashSet<string> Initials { get; } = new(StringComparer.Ordinal);

    /// <summary>Acronyms as the source writes them ("RSV", "U.S."), folded.</summary>
    public HashSet<string> Acronyms { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the folded words of <paramref name="phrase"/> occur together in the source.</summary>
    public bool HasPhrase(string phrase) => _flat.Contains(" " + phrase + " ", StringComparison.Ordinal);

    /// <param name="storyDays">The days the story's other articles were written, for a dateline that gives no year.</param>
    public static SourceReading Read(CleanedArticle article, CancellationToken cancellationToken, IReadOnlyCollection<DateOnly>? storyDays = null)
    {
        var text = article.Title is null ? article.Text : article.Title + "\n\n" + article.Text;
        var body = text.Length - article.Text.Length;
        var sentences = new List<SentenceReading>();
        var appositions = new List<(string Person, List<string> Role)>();
        foreach (var segment in SentenceSplitter.Instance.Split(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            appositions.AddRange(Appositions(segment.Text));
            var sentence = ReadSentence(segment.Text, sentences.Count > 0 ? sentences[^1].Words : []) with { Start = segment.Start - body, End = segment.End - body };
            sentences.Add(sentences.Count > 0 && sentences[^1].LeavesQuoteOpen ? sentence with { Continues = true, InQuote = true } : sentence);
        }

        var written = ArticleDates.Of(article, sentences, storyDays);
        if (written is { } day)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                sentences[i] = sentences[i] with { Figures = [.. sentences[i].Figures, .. ArticleDates.Resolved(sentences[i], day)] };
            }
        }

        var flat = " " + string.Join(' ', sentences.SelectMany(s => s.Sequence)) + " ";
        // A text article names its outlet only in its dateline.
        var outletName = article.Metadata.Outlet ?? ArticleDates.Outlet(sentences);
        var outletWords = outletName is { } name
            ? WordScanner.Scan(name).Where(w => w.IsLetters && !Stopwords.Is(w.Folded)).ToList()
            : [];
        var outlet = outletWords.Select(w => w.Skeleton).ToHashSet(StringComparer.Ordinal);
        var reading = new SourceReading(article.Id, sentences, flat)
        {
            Outlet = outlet,
            OutletName = outletName,
            Written = written,
            OutletWord = outletWords is [{ IsCapitalized: true } only] ? only.Folded : null,
        };
        foreach (var (person, role) in appositions)
        {
            reading.AddRole(person, role);
        }

        return reading;
    }

    // "Marland, a former primary school teacher, said ...", "Halvard Quist, 61, the founder of Brightwater Yield, was ...":
    // the words of the description set off after a name are what the source calls that person.
    private static IEnumerable<(string Person, List<string> Role)> Appositions(string sentence)
    {
        foreach (Match m in Apposition().Matches(sentence))
        {
            var person = WordScanner.Scan(m.Groups["name"].Value).LastOrDefault(w => w.IsLetters);
            var role = WordScanner.Scan(m.Groups["role"].Value).Where(w => w.IsLetters && !w.IsCapitalized && !Stopwords.Is(w.Folded)).Select(w => w.Stem).ToList();
            if (person is not null && !Stopwords.Is(person.Folded) && role.Count is > 0 and <= 6)
            {
                yield return (person.Skeleton, role);
            }
        }
    }

    [GeneratedRegex(@"(?<name>\p{Lu}[\p{L}'’-]+),\s+(?:\d+,\s+)?(?:a|an|the)\s+(?<role>[^,;:.!?""“”]{2,80}?),", RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    private void AddRole(string person, List<string> role)
    {
        foreach (var stem in role)
        {
            if (!_roles.TryGetValue(stem, out var people))
            {
                _roles[stem] = people = new HashSet<string>(StringComparer.Ordinal);
            }

            people.Add(person);
        }
    }

    /// <summary>The outlet's name as the article gives it (its outlet field or its dateline), if any.</summary>
    public string? OutletName { get; private init; }

    /// <summary>
    /// The skeletons of the outlet's name as its metadata gives it (the name the model was shown with the article):
    /// "BioMarket Report named ..." names the source itself, which its text need not do.
    /// </summary>
    public IReadOnlySet<string> Outlet { get; private init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// The outlet's name when it is one word ("DunscombeNow", "SaltwickLive"), folded: a coined name, written capitalised
    /// in the dateline only, where it opens the line and so is never learnt as a name from the body.
    /// </summary>
    public string? OutletWord { get; private init; }

    /// <summary>
    /// The words of the sentence before <paramref name="window"/> when the window reports speech with a pronoun
    /// speaker ("she told NRV Radio") and carries on from it: who "she" is. Empty otherwise, and empty when a sentence
    /// of the window before the pronoun's names someone else: "he" refers to the nearest name before it ("It was Ann Roe who
    /// saw the van. \"...,\" he said." is Ann Roe's, not the man the sentence before the window names).
    /// </summary>
    public IReadOnlyList<Word> Antecedent(IReadOnlyList<SentenceReading> window) =>
        window[0].Continues && window.Any(s => Speech.HasPronounSpeaker(s.Words))
            && !window.TakeWhile(s => !Speech.HasPronounSpeaker(s.Words)).Any(NamesAnotherSpeaker)
            ? PreviousWords(window) : [];

    // A sentence that names someone and is not itself about the person a pronoun opening it refers back to ("His last
    // service is on Sunday, after which he and Ruth will move" still tells of him).
    private static bool NamesAnotherSpeaker(SentenceReading sentence) =>
        sentence.Capitalized.Any(w => !Stopwords.Is(w.Folded))
        && sentence.Words is not [{ Folded: "he" or "she" or "his" or "her" or "they" or "their" }, ..];

    /// <summary>
    /// The name the sentence before <paramref name="window"/> opens with, when the window opens with a subject that
    /// refers back to it (a pronoun, or a person by their age): "Ellington took 48.6 per cent of the vote. The
    /// 36-year-old former head teacher ran a campaign about ..." or "... She fought a campaign ...". Only the subject the previous sentence opens with is taken, the
    /// one a pronoun or a role opening the next sentence refers to; empty otherwise.
    /// </summary>
    public IReadOnlyList<Word> SubjectBefore(IReadOnlyList<SentenceReading> window)
    {
        var opening = window[0].Words;
        if (window[0].Start < 0 || opening.Count < 2 || !RefersBack(opening))
        {
            return [];
        }

        var previous = PreviousWords(window);
        var name = previous.TakeWhile(w => w.IsCapitalized && !Stopwords.Is(w.Folded)).ToList();
        return name.Count is > 0 and <= 4 && Sentences.Any(s => s.Start >= 0 && ReferenceEquals(s.Words, previous)) ? name : [];
    }

    // "He ...", "Their ...", "The 36-year-old ...": a subject that names no one itself. "The closure ..." may be about
    // anything the sentence before names, so only a pronoun or a person's age opening the sentence is read so.
    private static bool RefersBack(IReadOnlyList<Word> words) =>
        words[0].Folded is "he" or "she" or "it" or "they" or "his" or "her" or "its" or "their"
        || (words[0].Folded == "the" && words[1].Kind == WordKind.Digits && words.Skip(2).Take(2).Any(w => w.Folded == "old"));

    /// <summary>The words of the sentence after <paramref name="window"/>, or empty when it ends the source.</summary>
    public IReadOnlyList<Word> NextWords(IReadOnlyList<SentenceReading> window)
    {
        for (var i = 0; i + 1 < Sentences.Count; i++)
        {
            if (ReferenceEquals(Sentences[i], window[^1]))
            {
                return Sentences[i + 1].Words;
            }
        }

        return [];
    }

    /// <summary>The words of the sentence before <paramref name="window"/>, or empty when it opens the source.</summary>
    public IReadOnlyList<Word> PreviousWords(IReadOnlyList<SentenceReading> window)
    {
        for (var i = 1; i < Sentences.Count; i++)
        {
            if (ReferenceEquals(Sentences[i], window[0]))
            {
                return Sentences[i - 1].Words;
            }
        }

        return [];
    }

    /// <summary>Each sentence alone, and each with the next when the next carries on from it.</summary>
    public IEnumerable<IReadOnlyList<SentenceReading>> Windows()
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            yield return [Sentences[i]];
            if (i + 1 < Sentences.Count && Sentences[i + 1].Continues)
            {
                yield return [Sentences[i], Sentences[i + 1]];

                // A quote that runs on over three sentences keeps its speaker: "..., said Rowena Pask. \"But it is
                // also a warning. Biosecurity is ...\"", and so does a quote that goes on after a pronoun's tag: "Ann Roe
                // said the pier was safe. \"We checked it twice,\" she said. \"It will open on Friday.\""
                if (i + 2 < Sentences.Count && (Sentences[i + 2].InQuote || GoesOnQuoting(Sentences[i + 1], Sentences[i + 2])))
                {
                    yield return [Sentences[i], Sentences[i + 1], Sentences[i + 2]];
                }
            }
        }
    }

    // A bare quote (no speech verb of its own) right after a quote tagged with a pronoun ("\"...,\" he said."): the same
    // speaker's words going on, as news writes them.
    private static bool GoesOnQuoting(SentenceReading tagged, SentenceReading next) =>
        tagged.Continues && Speech.HasPronounSpeaker(tagged.Words) && OpensWithQuote(tagged.Text) && OpensWithQuote(next.Text)
        && !next.Words.Any(w => Speech.IsVerb(w.Folded));

    private static bool OpensWithQuote(string text) =>
        text.TrimStart() is { Length: > 0 } t && t[0] is '"' or '“' or '‘' or '\'';

    private static SentenceReading ReadSentence(string text, IReadOnlyList<Word> previous)
    {
        var words = WordScanner.Scan(text);
        // "two officers who spoke to the Bulletin" counts who told the outlet, not what befell anyone.
        var figures = FigureReader.Read(text, words).Select(f => ReportingFrame.CountsInformants(words, f) ? f with { IsInformants = true } : f).Concat(CoordinatedPair.In(text, words)).ToList();
        var sequence = words.Where(w => w.Kind != WordKind.Symbol).Select(w => w.Folded).ToList();
        var openings = ProperNames.Openings(text, words);
        var capitalized = words.Where((w, i) => !openings.Contains(i) && w.IsCapitalized && !Stopwords.Is(w.Folded)).ToList();
        return new SentenceReading(words, figures, sequence, Continuation.Continues(text, words, previous), Stopwords.AnyNegation(words), capitalized) { Text = text };
    }

    private void AddInitials(IReadOnlyList<Word> words)
    {
        var run = new List<Word>();
        foreach (var w in words.Append(null))
        {
            if (w is { IsCapitalized: true } || (w is not null && run.Count > 0 && w.Folded is "of" or "and" or "for" or "the"))
            {
                run.Add(w);
                continue;
            }

            var capitals = run.Where(r => r.IsCapitalized).ToList();
            if (capitals.Count >= 2)
            {
                Initials.Add(string.Concat(capitals.Select(c => c.Folded[0])));
            }

            // "The Health and Safety Executive ..." opening a sentence: the article's capital is no part of the name.
            if (capitals.Count >= 3 && Stopwords.Is(capitals[0].Folded))
            {
                Initials.Add(string.Concat(capitals.Skip(1).Select(c => c.Folded[0])));
            }

            run.Clear();
        }
    }
}

/// <summary>Whether a sentence carries on from the one before it: it opens with a pronoun or a connective, or goes on quoting.</summary>
internal static partial class Continuation
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "these", "those", "we", "i", "our",
        "but", "and", "also", "however", "yet", "so", "still", "there", "then", "him", "them",
    };

    // Generic nouns news uses to refer back to an organisation or official just named.
    private static readonly HashSet<string> AnaphoricHeads = new(StringComparer.Ordinal)
    {
        "company", "firm", "group", "operator", "carrier", "airline", "insurer", "lender", "retailer", "carmaker", "club",
        "council", "ministry", "department", "agency", "authority", "regulator", "union", "board", "spokesman",
        "spokeswoman", "spokesperson", "minister", "official", "officials",
    };

    // Quantifiers that stand for a noun phrase just named when they open a sentence as its subject.
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal)
    {
        "all", "both", "none", "each", "most", "many", "several", "some", "neither", "either", "few",
    };

    private static readonly HashSet<string> QuantifierVerbs = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "had", "have", "has", "will", "would", "could", "remain", "remained", "remains",
    };

    // A speech verb whose object is a pronoun described by a quote: "said it was \"...\"", "called it \"...\"",
    // "described this as \"...\"".
    [GeneratedRegex(@"\b(?:said|says|called|calls|described|describes|dubbed|branded|labelled|labeled)\s+(?:it|this|that|them)\s+(?:(?:was|is|were|are|had been|as)\s+)?[""“‘']", RegexOptions.CultureInvariant)]
    private static partial Regex QuoteAboutIt();

    private static readonly HashSet<string> Demonstratives = new(StringComparer.Ordinal) { "the", "this", "these", "that", "those" };

    /// <param name="previous">The words of the sentence before.</param>
    public static bool Continues(string text, IReadOnlyList<Word> words, IReadOnlyList<Word> previous)
    {
        if (RefersBack(words, previous))
        {
            return true;
        }

        if (Speech.HasPronounSpeaker(words))
        {
            return true; // "Speaking to the radio on Wednesday, she said ...": who "she" is, the sentence before says
        }

        var trimmed = text.TrimStart();
        if (trimmed.Length > 0 && trimmed[0] is '"' or '“' or '‘' or '\'')
        {
            return true;
        }

        if (words.Count > 1 && Quantifiers.Contains(words[0].Folded) && (words[1].Folded == "of" || QuantifierVerbs.Contains(words[1].Folded)))
        {
            return true; // "All were passengers hurt on the slides", "None of them was seriously hurt": of those just counted
        }

        if (QuoteAboutIt().IsMatch(text))
        {
            return true; // "..., said it was \"a second punch\"": what "it" is, the sentence before says
        }

        if (words.Count > 1 && words[0].Folded == "the" && AnaphoricHeads.Contains(words[1].Folded))
        {
            return true; // "The company said ...": the organisation or official the sentence before named
        }

        return words.Count > 0 && words[0].IsLetters && Openers.Contains(words[0].Folded);
    }

    // "The trial enrolled ..." after "... in a large late-stage trial", "The men, aged 34 and 38, ..." after "Two men have
    // been arrested", "The latest arrest came ..." after "... has been arrested": a definite noun phrase whose head the
    // sentence before used refers back to it, or whose head says in other words what the sentence before said ("The
    // reduction was announced ..." after "... its second cut this year"). "The 41-year-old was detained ..." after "A
    // man has been arrested ...": a person by their age is the one the sentence before brings in unnamed.
    private static bool RefersBack(IReadOnlyList<Word> words, IReadOnlyList<Word> previous)
    {
        if (words.Count < 2 || !Demonstratives.Contains(words[0].Folded))
        {
            return false;
        }

        if (words[0].Folded == "the" && words[1].Kind == WordKind.Digits && words.Skip(2).Take(2).Any(w => w.Folded == "old"))
        {
            return previous.Count > 0 && previous[0].Folded is "a" or "an"; // a named person is lent as the subject only (SubjectBefore)
        }

        var before = previous.Where(w => w.IsLetters && !Stopwords.Is(w.Folded)).ToList();
        var said = Paraphrases.SensesOf(before);
        var head = words.Skip(1).Take(2).Where(w => w.IsLetters && !Stopwords.Is(w.Folded)).ToList();
        var senses = Paraphrases.SensesByWord(head);
        return head.Any(w => before.Any(b => Stemmer.SameStem(b.Stem, w.Stem)) || (senses.TryGetValue(w, out var own) && own.Overlaps(said)));
    }
}
