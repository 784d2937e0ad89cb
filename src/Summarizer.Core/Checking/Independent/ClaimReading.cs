namespace Summarizer.Checking.Independent;

/// <summary>
/// What a claim asserts, as the checker reads it: figures, names, quoted spans, the speech it reports, and the
/// stems of its content words (figures, names of the speaker and speech verbs apart).
/// </summary>
internal sealed class ClaimReading
{
    private ClaimReading(string text, List<Word> words, IReadOnlySet<string> knownNames)
    {
        Text = text;
        Words = words;
        Figures = FigureReader.Read(text, words);
        Quotes = Independent.Quotes.Read(text);
        // The scale of a figure ("41.3C") is read with the figure, not as a name.
        Names = ProperNames.Read(text, words, Openings(text, words), knownNames)
            .Where(n => !Figures.Any(f => n.Words[0].Start >= f.Start && n.Words[^1].End <= f.End)).ToList();
        Speech = Independent.Speech.Read(text, words, Names);
        var inFigures = words.Where(w => Figures.Any(f => w.Start >= f.Start && w.End <= f.End)).ToHashSet();
        var speaker = Speech?.Speaker.ToHashSet() ?? [];
        foreach (var w in words.Where(w => w.IsLetters && !inFigures.Contains(w) && !Stopwords.Is(w.Folded)))
        {
            if (Speech is not null && (speaker.Contains(w) || Independent.Speech.IsVerb(w.Folded)))
            {
                continue;
            }

            Content.Add(w);
        }

        Negated = words.Any(w => Stopwords.IsNegation(w.Folded));
        Senses = Paraphrases.SensesByWord(words);
    }

    public string Text { get; }

    /// <summary>Every word of the claim.</summary>
    public IReadOnlyList<Word> Words { get; }

    public List<Figure> Figures { get; }

    public List<QuotedSpan> Quotes { get; }

    public List<ProperName> Names { get; }

    public ReportedSpeech? Speech { get; }

    /// <summary>Content words: for a speech claim, the reported words only.</summary>
    public List<Word> Content { get; } = [];

    public bool Negated { get; }

    /// <summary>The classes of events and things each word says, alone or in a phrase (<see cref="Paraphrases"/>).</summary>
    public IReadOnlyDictionary<Word, HashSet<string>> Senses { get; }

    public static ClaimReading Read(string text, IReadOnlySet<string> knownNames) =>
        new(text, WordScanner.Scan(text), knownNames);

    /// <summary>
    /// The claim cut into clauses at "; ", ", and ", " when "... unless it is not reported speech: a summary sentence
    /// may join two facts one source gives in two sentences, and each must then be found on its own.
    /// </summary>
    public IReadOnlyList<ClaimReading> Clauses(IReadOnlySet<string> knownNames)
    {
        if (Speech is not null)
        {
            return [];
        }

        var parts = Text.Split([";", ", and ", ", with ", ", while ", ", but ", ", after ", ", as ", ", which ", " and then ", " when ", ", where ", " where ", " after ", " before ", " because ", " following "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 2 ? [] : [.. parts.Select(p => Read(p, knownNames))];
    }

    // Words that open the text, a quote or what follows a colon: a capital there says nothing about names.
    private static HashSet<int> Openings(string text, List<Word> words)
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
}
