namespace Summarizer.Checking.Independent;

/// <summary>
/// What a claim asserts, as the checker reads it: figures, names, quoted spans, the speech it reports, and the
/// stems of its content words (figures, names of the speaker and speech verbs apart).
/// </summary>
internal sealed class ClaimReading
{
    private ClaimReading(string text, List<Word> words, IReadOnlySet<string> knownNames, OutletNames outlets)
    {
        Text = text;
        Words = words;
        Outlets = outlets;
        // "The Sunday Spark says ...", "Radio Five Valleys reports ...": an outlet's own name is attribution, not content;
        // a weekday, month or number word in it is no date or figure its article must give.
        var named = outlets.Spans(words);
        var read = FigureReader.Read(text, words).Where(f => !named.Any(n => f.Start >= n.Start && f.End <= n.End)).ToList();
        // "two reports" counts the outlets, not anything that happened.
        Figures = [.. read.Where(f => !ReportingFrame.CountsReports(words, f)).Select(f => ReportingFrame.CountsInformants(words, f) ? f with { IsInformants = true } : f)];
        Quotes = Independent.Quotes.Read(text);
        // The scale of a figure ("41.3C") is read with the figure, not as a name.
        Names = ProperNames.Read(text, words, ProperNames.Openings(text, words), knownNames)
            .Where(n => !Figures.Any(f => n.Words[0].Start >= f.Start && n.Words[^1].End <= f.End)).ToList();
        // "Other reports say ...", "Some accounts said ...": the summary's frame naming the outlets it cites, whose citation
        // is checked as such; no one in a source speaks so.
        Speech = Independent.Speech.Read(text, words, Names) is { } speech && !speech.Speaker.All(w => ReportingFrame.Holds(words, words.IndexOf(w))) ? speech : null;
        ReportsSpeech = Speech is not null || Independent.Speech.HasAnySpeaker(text, words, at => ReportingFrame.Holds(words, at));
        var inFigures = words.Where(w => read.Any(f => w.Start >= f.Start && w.End <= f.End)).ToHashSet();
        var speaker = Speech is null ? [] : SpeakerPhrase(text, words, Speech);
        foreach (var w in words.Where(w => w.IsLetters && !inFigures.Contains(w) && !Stopwords.Is(w.Folded) && !ProperNames.IsHonorific(w.Folded)))
        {
            if (w.Folded == "first" && words.IndexOf(w) is > 0 and var at && words[at - 1].Folded == "at")
            {
                continue; // "at first", like "later", orders the reports
            }

            if (Speech is not null && (speaker.Contains(w) || Independent.Speech.IsVerb(w.Folded)))
            {
                continue;
            }

            if (ReportingFrame.Holds(words, words.IndexOf(w)) || ScopePhrase.Holds(words, words.IndexOf(w)))
            {
                continue;
            }

            Content.Add(w);
        }

        Negated = Stopwords.AnyNegation(words);
        // The loose classes too: a judge reads them only where another cited source says the claim.
        Senses = Paraphrases.SensesByWord(words, loose: true);
    }

    public string Text { get; }

    /// <summary>Every word of the claim.</summary>
    public IReadOnlyList<Word> Words { get; }

    public List<Figure> Figures { get; }

    public List<QuotedSpan> Quotes { get; }

    public List<ProperName> Names { get; }

    public ReportedSpeech? Speech { get; }

    /// <summary>
    /// It reports someone's words, whoever speaks: <see cref="Speech"/>, or a speaker that reading leaves aside (a pronoun,
    /// a bare noun: "Police said ...", "according to witnesses"). Who said it is then part of what a source must say.
    /// </summary>
    public bool ReportsSpeech { get; }

    /// <summary>Content words: for a speech claim, the reported words only.</summary>
    public List<Word> Content { get; } = [];

    public bool Negated { get; }

    /// <summary>It is one clause of a longer claim (<see cref="Clauses"/>): "nine were hurt" says what its figure counts only with its verb.</summary>
    public bool IsClause { get; private init; }

    /// <summary>
    /// The words of the whole claim a clause was cut from (a whole claim's own words): "X reports that a gale hit Y,
    /// flooding 30 homes" cut as "flooding 30 homes" still tells of Y, which the other clause names.
    /// </summary>
    public IReadOnlyList<Word> WholeWords => whole ?? Words;

    private IReadOnlyList<Word>? whole;

    /// <summary>It sets a fact about someone apart ("X, who ..., told ..."), so it is two claims, each to be found.</summary>
    public bool HasAside => ClauseSplitter.HasAside(Text);

    /// <summary>The classes of events and things each word says, alone or in a phrase (<see cref="Paraphrases"/>).</summary>
    public IReadOnlyDictionary<Word, HashSet<string>> Senses { get; }

    /// <summary>The names of the story's outlets, whose words the claim's own reading leaves aside.</summary>
    public OutletNames Outlets { get; }

    /// <param name="text">The claim.</param>
    /// <param name="knownNames">The words the story's sources write capitalised inside a sentence.</param>
    /// <param name="outlets">The names of the story's outlets ("The Sunday Spark"), as their articles give them.</param>
    public static ClaimReading Read(string text, IReadOnlySet<string> knownNames, OutletNames? outlets = null) =>
        Read(text, knownNames, isClause: false, outlets ?? OutletNames.None);

    // A part of a claim read as a claim of its own, told whether it is one clause of a longer claim.
    private static ClaimReading Read(string text, IReadOnlySet<string> knownNames, bool isClause, OutletNames outlets) =>
        new(text, WordScanner.Scan(text), knownNames, outlets) { IsClause = isClause };

    /// <summary>
    /// The claim cut into clauses (<see cref="ClauseSplitter"/>): a summary sentence may join two facts one source gives
    /// in two sentences, and each must then be found on its own. Empty when it is one clause.
    /// </summary>
    public IReadOnlyList<ClaimReading> Clauses(IReadOnlySet<string> knownNames)
    {
        var parts = ClauseSplitter.Split(Text, Speech, knownNames, speechActs: true);
        if (parts.Count < 2)
        {
            return [];
        }

        var clauses = parts.Select(p => Read(p, knownNames, isClause: true, Outlets)).ToList();
        foreach (var clause in clauses)
        {
            clause.whole = WholeWords;
            clause.Narrated = clause.NarratedPart(Text, knownNames);
            clause.Narrated?.whole = WholeWords;
        }

        return clauses;
    }

    /// <summary>
    /// What the claim says an outlet reports, without the frame that names the outlet: "The Morning Bugle reports that
    /// 14 shows have been scrapped after ..." is "14 shows have been scrapped after ...", and so are "..., the Bugle
    /// reports." and "According to the Bugle, ...". Judged against that outlet's own article, the frame is no claim: a
    /// report speaks in its own voice in every sentence, so what it is said to report is what its sentences must say, as
    /// for any claim of its own (its clauses and figure windows too), not the words of someone it quotes. Null when the
    /// claim reports no speech, or the frame stands inside the reported words rather than before or after them.
    /// </summary>
    /// <param name="knownNames">The words the story's sources write capitalised inside a sentence.</param>
    /// <param name="outlet">
    /// The outlet's name words (skeletons), when the speaker is read as only part of its name ("District Echo" of "The Polbrea
    /// &amp; District Echo reports ..."): the frame takes the whole name, and its joining words, as the dateline writes it.
    /// </param>
    public ClaimReading? Reported(IReadOnlySet<string> knownNames, IReadOnlySet<string>? outlet = null)
    {
        if (Speech is not { } speech)
        {
            return null;
        }

        var start = Math.Min(speech.Speaker[0].Start, speech.Verb.Start);
        var end = Math.Max(speech.Speaker[^1].End, speech.Verb.End);
        if (outlet is { Count: > 0 })
        {
            (start, end) = WholeName(start, end, outlet);
        }
        var first = Words.FirstOrDefault(w => w.End <= start && w.Start >= 0 && Text[w.End..start].Trim().Length == 0);
        if (first is { Folded: "the" })
        {
            start = first.Start; // "The Morning Bugle reports": the article belongs to the name
        }

        var before = Text[..start].Trim();
        var after = Text[end..].Trim();
        string rest;
        if (before.Length == 0)
        {
            rest = after.TrimStart(',', ':', ' ');
            if (rest.StartsWith("that ", StringComparison.Ordinal))
            {
                rest = rest[5..];
            }
        }
        else if (after.Trim('.', '!', ' ').Length == 0)
        {
            rest = before.TrimEnd(',', ' ') + ".";
        }
        else
        {
            return null;
        }

        if (rest.Trim('.', ' ').Length == 0)
        {
            return null;
        }

        rest = char.ToUpperInvariant(rest[0]) + rest[1..];
        return Read(rest, knownNames, IsClause, Outlets);
    }

    // The frame's span widened over the outlet's name words and what joins them ("Polbrea & District", "Echo of the Dales").
    private (int Start, int End) WholeName(int start, int end, IReadOnlySet<string> outlet)
    {
        bool InName(Word w) => outlet.Contains(w.Skeleton) || w.Folded is "and" or "of" or "&" || w.Text == "&";
        var first = Words.Count(w => w.End <= start);
        for (var i = first - 1; i >= 0 && InName(Words[i]) && Text[Words[i].End..start].Trim() is "" or "&"; i--)
        {
            start = Words[i].Start;
        }

        for (var i = Words.Count(w => w.Start < end); i < Words.Count && InName(Words[i]) && Text[end..Words[i].Start].Trim() is "" or "&"; i++)
        {
            end = Words[i].End;
        }

        return (start, end);
    }

    /// <summary>
    /// The words a clause carries on with after a joint, without the speaker the clause was given again ("X said A, and B"
    /// cut as "X said B"): the sentence may state B itself rather than as X's words. Null when the clause is not so made.
    /// </summary>
    public ClaimReading? Narrated { get; private set; }

    private ClaimReading? NarratedPart(string whole, IReadOnlySet<string> knownNames)
    {
        if (Speech is not { } speech || speech.Speaker[0].Start > speech.Verb.Start || Quotes.Count > 0)
        {
            return null;
        }

        var rest = Text[speech.Verb.End..].Trim();
        var at = whole.IndexOf(rest, StringComparison.Ordinal);
        if (rest.Length == 0 || at < 0 || !JointBefore(whole[..at]))
        {
            return null;
        }

        return Read(rest, knownNames, isClause: true, Outlets);
    }

    // ", and ", "; ", ", but ": the words after it were not put in the speaker's mouth by the verb itself.
    private static bool JointBefore(string before)
    {
        var t = before.TrimEnd();
        return t.EndsWith(';') || t.EndsWith(", and", StringComparison.Ordinal) || t.EndsWith(", but", StringComparison.Ordinal)
            || t.EndsWith(", while", StringComparison.Ordinal);
    }

    // The speaker and the words that name them before it ("Museum director Dr. Hélène Marchetti said"): who speaks is
    // checked as the speaker, so their title is no part of what they are reported to have said.
    private static HashSet<Word> SpeakerPhrase(string text, List<Word> words, ReportedSpeech speech)
    {
        var phrase = speech.Speaker.ToHashSet();
        var first = words.IndexOf(speech.Speaker[0]);
        if (first < 0 || speech.Speaker[0].Start > speech.Verb.Start)
        {
            return phrase;
        }

        for (var i = first - 1; i >= 0; i--)
        {
            var gap = text[words[i].End..words[i + 1].Start].Trim();
            if (!words[i].IsLetters || Stopwords.Is(words[i].Folded) || !(gap.Length == 0 || gap == "-" || (gap == "." && ProperNames.IsHonorific(words[i].Folded))))
            {
                break;
            }

            phrase.Add(words[i]);
        }

        return phrase;
    }
}
