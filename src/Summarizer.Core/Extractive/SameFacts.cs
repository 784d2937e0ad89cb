using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Extractive;

/// <summary>
/// One fact, one sentence: decides whether two sentences of a story state the same facts, so selection
/// takes one of them only, across the summary and the key points. Sentences are compared on their words
/// after stemming and name folding ("Ukrainian" and "Ukraine", "Zelenskyy" and "Zelensky" meet), each
/// word weighted by how few articles use it; two sentences state the same facts when most of the lighter
/// one's weight is in the other, they share a name or a figure, and they give no different figures. The
/// TF-IDF cosine misses such pairs when the wording differs ("Twelve people lost their lives" / "At least 12
/// people were killed"): it is symmetric, so a short restatement of a long sentence scores low.
/// </summary>
internal sealed partial class SameFacts
{
    private readonly Reading[] readings;

    public SameFacts(SentenceTable table, double threshold, double clauseShare = 1)
    {
        ArgumentNullException.ThrowIfNull(table);
        Threshold = threshold;
        ClauseShare = clauseShare;
        var casing = Casing.Of(table.Sentences);
        var words = table.Sentences.Select(s => Words(s.Text, casing)).ToList();
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            var article = table.Sentences[i].Article;
            foreach (var key in words[i].Keys)
            {
                if (lastArticle.TryGetValue(key, out var last) && last == article)
                {
                    continue;
                }

                lastArticle[key] = article;
                frequency[key] = frequency.GetValueOrDefault(key) + 1;
            }
        }

        // A bare title the story elsewhere gives with one name ("French President" / "French President Emmanuel
        // Macron") means that person: the name is read into the sentence, so an outlet that drops names still meets
        // the one that gives them. Done after counting, so a title does not make the name look more common.
        var titled = Titles.NamesFor([.. table.Sentences.Select(s => s.Text)]);
        for (var i = 0; i < words.Count; i++)
        {
            foreach (var name in titled[i].Select(w => FoldName(NameKey.Word(w))))
            {
                words[i].Names.Add(name);
                words[i].Keys.Add(name);
            }
        }

        var n = table.Articles.Count;
        Reading Weigh((HashSet<string> Keys, HashSet<string> Names, HashSet<string> Figures) w) => new(
            w.Keys.ToDictionary(k => k, k => 1 + Math.Log((1.0 + n) / (1.0 + frequency.GetValueOrDefault(k))), StringComparer.Ordinal),
            w.Names,
            w.Figures);
        readings = [.. words.Select(Weigh)];
        clauses = [.. table.Sentences.Select(s => Clauses(s.Text).Select(c => Weigh(Words(c, casing))).ToArray())];
        speechActs = [.. table.Sentences.Select((s, i) => ReadSpeech(s.Text, text => Weigh(Words(text, casing)), titled[i].Select(w => FoldName(NameKey.Word(w)))))];
        quotedWords = [.. table.Sentences.Select((s, i) => ReadQuotes(s.Text, text => Weigh(Words(text, casing)), titled[i].Select(w => FoldName(NameKey.Word(w)))))];
    }

    private readonly Reading[][] clauses;

    /// <summary>Share of the lighter sentence's weight that the other must hold.</summary>
    public double Threshold { get; }

    /// <summary>Share of a joined clause's weight that the other sentence must hold for the clause to be repeated there.</summary>
    public double ClauseShare { get; }

    /// <summary>True when sentences <paramref name="x"/> and <paramref name="y"/> state a fact twice (<see cref="Repeats"/>).</summary>
    public bool Same(int x, int y) => Repeats(x, y, Threshold);

    /// <summary>
    /// True when one sentence states again a fact the other states: the two state the same facts, or one of the
    /// clauses a sentence joins ("Nordlys received consent on Thursday, and within a day fishermen had filed a
    /// challenge") holds <see cref="ClauseShare"/> of its weight in the other sentence. A sentence that adds a
    /// second fact to one already given still repeats that one, though most of its weight is new. One speaker's one speech
    /// act, quoted in one and reported in the other, is one fact too (<see cref="SameSpeech"/>), and so are two sentences that
    /// quote the same words of one speaker (<see cref="SameQuote"/>).
    /// </summary>
    public bool Repeats(int x, int y, double threshold) =>
        Overlap(x, y) >= threshold || ClauseOverlap(x, y) >= ClauseShare || ClauseOverlap(y, x) >= ClauseShare
        || SameSpeech(x, y, threshold) || SameQuote(x, y);

    /// <summary>
    /// True when sentences <paramref name="x"/> and <paramref name="y"/> say the same thing of different figures: each gives
    /// figures, they share none, and the lighter one's other words are held in the other to <see cref="Threshold"/> ("Medics
    /// treated 23 runners" / "the number of runners medics treated has been revised to 31"). One count told twice.
    /// </summary>
    public bool SameButForFigures(int x, int y)
    {
        var (a, b) = (readings[x], readings[y]);
        if (a.Figures.Count == 0 || b.Figures.Count == 0 || a.Figures.Any(f => Holds(b, f)) || b.Figures.Any(f => Holds(a, f)))
        {
            return false;
        }

        var (light, heavy) = a.Total <= b.Total ? (a, b) : (b, a);
        var words = light.Weights.Where(w => !light.Figures.Contains(w.Key)).ToList();
        var total = words.Sum(w => w.Value);
        return total > 0 && words.Where(w => Holds(heavy, w.Key)).Sum(w => w.Value) / total >= Threshold;
    }

    /// <summary>How much of the lighter sentence the other holds, by weight (0 when they cannot be one fact).</summary>
    public double Overlap(int x, int y) => Overlap(readings[x], readings[y]);

    /// <summary>The largest share of one of <paramref name="x"/>'s joined clauses that sentence <paramref name="y"/> holds.</summary>
    public double ClauseOverlap(int x, int y) => clauses[x].Select(c => Contained(c, readings[y])).DefaultIfEmpty(0).Max();

    private static double Contained(Reading part, Reading other) =>
        Comparable(part, other) && part.Total > 0 ? part.Weights.Where(w => Holds(other, w.Key)).Sum(w => w.Value) / part.Total : 0;

    // Two readings can be one fact only when they share a name or a figure and give no other figures: the same event
    // with other figures is another fact (or a disagreement), not a repeat.
    private static bool Comparable(Reading a, Reading b)
    {
        var shareFigure = a.Figures.Any(f => Holds(b, f));
        return !(a.Figures.Count > 0 && b.Figures.Count > 0 && !shareFigure) && (a.Names.Overlaps(b.Names) || shareFigure);
    }

    // A word the reading has; a time of day it has within a minute, the finest grain news gives a time in
    // ("one minute past midnight" and "00:01": midnight is read, the minute is not).
    private static bool Holds(Reading reading, string key) =>
        reading.Weights.ContainsKey(key)
        || (Minutes(key) is { } minutes && reading.Figures.Any(f => Minutes(f) is { } other && ClockDistance(minutes, other) <= ClockMoments.Tolerance));

    private const string TimePrefix = "time:";

    private static string TimeKey(double minutes) => TimePrefix + minutes.ToString(CultureInfo.InvariantCulture);

    private static double? Minutes(string key) =>
        key.StartsWith(TimePrefix, StringComparison.Ordinal) ? double.Parse(key.AsSpan(TimePrefix.Length), CultureInfo.InvariantCulture) : null;

    // Minutes between two clock times around the day's end too (23:59 and 00:00 are a minute apart).
    private static double ClockDistance(double a, double b)
    {
        var d = Math.Abs(a - b) % MinutesPerDay;
        return Math.Min(d, MinutesPerDay - d);
    }

    private const double MinutesPerDay = 24 * 60;

    // How much of the lighter reading the heavier holds.
    private static double Overlap(Reading a, Reading b) => a.Total <= b.Total ? Contained(a, b) : Contained(b, a);

    /// <summary>
    /// True when sentence <paramref name="i"/> states something checkable: a figure, or a name after its first word
    /// ("Leaders are expected to discuss a range of measures" states neither).
    /// </summary>
    public bool StatesAFact(int i) => readings[i].Figures.Count > 0 || readings[i].Names.Count > 0;

    /// <summary>How much a sentence says: the weight of its words (the more complete of two restatements weighs more).</summary>
    public double Weight(int i) => readings[i].Total;

    /// <summary>The words a sentence is compared on, with their weights, names and figures (for tests and tuning).</summary>
    internal string Describe(int i) =>
        string.Join(' ', readings[i].Weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => FormattableString.Invariant($"{w.Key}:{w.Value:F2}")))
        + " | names " + string.Join(',', readings[i].Names.Order(StringComparer.Ordinal)) + " | figures " + string.Join(',', readings[i].Figures.Order(StringComparer.Ordinal));

    private sealed class Reading(Dictionary<string, double> weights, HashSet<string> names, HashSet<string> figures)
    {
        public Dictionary<string, double> Weights { get; } = weights;
        public HashSet<string> Names { get; } = names;
        public HashSet<string> Figures { get; } = figures;
        public double Total { get; } = weights.Values.Sum();
    }

    // The clauses a sentence joins with ", and", ", but", ", while" or a semicolon, when each has a clause's length
    // (a list's last item, "Britain, France, and Spain", is no clause); none for a sentence of one clause.
    // A subject set off by a comma that holds a reduced relative clause ("The two men arrested on Monday, aged 34 and
    // 41, remain in custody") states its event as given: that subject is a clause too, and a sentence that gives the
    // event repeats it, however much the rest adds.
    private static string[] Clauses(string text)
    {
        var parts = ClauseJoint().Split(text);
        if (parts.Length > 1 && parts.All(p => WordCount.Of(p) >= MinClauseWords))
        {
            return parts;
        }

        // A relative clause is read first: the reduced form's pattern would take its "who" for a word of the noun phrase
        // and run the subject on through the main clause to the first comma.
        var relative = GivenRelativeSubject().Match(text);
        if (relative.Success)
        {
            var end = SubjectEnd(text, relative.Length);
            return WordCount.Of(text[..end]) >= MinClauseWords ? [text[..end], text[end..]] : [];
        }

        // A time clause set off before the main clause tells what the story has told as its setting: the main clause
        // after it says what is new.
        var setting = GivenSetting().Match(text);
        if (setting.Success)
        {
            var clause = setting.Groups["setting"].Value;
            return WordCount.Of(clause) >= MinClauseWords ? [clause, text[setting.Length..]] : [];
        }

        var given = GivenSubject().Match(text);
        if (!given.Success || WordCount.Of(given.Groups["subject"].Value) < MinClauseWords)
        {
            return [];
        }

        var beforeParticiple = text[..given.Groups["participle"].Index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Auxiliaries.Contains(beforeParticiple[^1].ToLowerInvariant()) ? [] : [given.Groups["subject"].Value, text[given.Length..]];
    }

    // Where a subject that opens with a relative clause ends: at the first comma or semicolon, or before the main clause's
    // auxiliary ("... during the storm has been named").
    private static int SubjectEnd(string text, int from)
    {
        var position = from;
        while (position < text.Length)
        {
            var next = text.IndexOf(' ', position);
            var word = next < 0 ? text[position..] : text[position..next];
            if (word.EndsWith(',') || word.EndsWith(';'))
            {
                return position + word.Length - 1;
            }

            if (Auxiliaries.Contains(word.ToLowerInvariant()))
            {
                return position;
            }

            if (next < 0)
            {
                break;
            }

            position = next + 1;
        }

        return text.Length;
    }

    private const int MinClauseWords = 5;

    [GeneratedRegex(@",\s+(?:and|but|while|whereas)\s+|;\s+", RegexOptions.NonBacktracking)]
    private static partial Regex ClauseJoint();

    // "The/These/Those", one to three words of a noun phrase, then a past participle and the preposition that opens its
    // adjunct ("The two men arrested on Monday,"), up to the first comma. An auxiliary before the participle makes it
    // the sentence's own verb ("The council has agreed on"), not a clause in its subject.
    [GeneratedRegex(@"^(?<subject>(?:The|These|Those)\s+(?:[\w'’-]+\s+){1,3}(?<participle>\p{Ll}\w+ed)\s+" + AdjunctPreposition + @"\s[^,;]*),", RegexOptions.NonBacktracking)]
    private static partial Regex GivenSubject();

    // The same given told in a relative clause ("The hiker who collapsed on the fell on Saturday has been named"; "The
    // drivers who were stranded at the pass, ..."): the opening up to the adjunct's preposition; the subject then runs to
    // the first comma or to the main clause's auxiliary (SubjectEnd).
    [GeneratedRegex(@"^(?:The|These|Those)\s+(?:[\w'’-]+\s+){1,3}(?:who|that|which)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?\p{Ll}\w+ed\s+" + AdjunctPreposition + @"\s", RegexOptions.NonBacktracking)]
    private static partial Regex GivenRelativeSubject();

    // An opening time clause ("When the dam gave way,", "After the vote was counted,"), after a fronted adjunct of time
    // or none ("On Friday, when the verdict was read,"), up to the comma that ends it: the happening it names is given.
    [GeneratedRegex(@"^(?<setting>(?:(?:On|By|At|In|Early|Late|Later|Earlier|Since|Until)\s[^,;]{1,40},\s+)?(?:[Ww]hen|[Aa]fter|[Oo]nce)\s[^,;]+),", RegexOptions.NonBacktracking)]
    private static partial Regex GivenSetting();

    // The prepositions that open a happening's adjunct of time or place after its participle.
    private const string AdjunctPreposition = "(?:on|in|at|by|from|over|after|during|since|near|outside|inside|off|with)";

    private static readonly FrozenSet<string> Auxiliaries = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can", "be", "been", "not"],
        StringComparer.Ordinal);

    // How the story writes its words after a sentence's first word. Capitalised ones are names, even where one opens a
    // sentence ("Bluewater Lines, which runs the ferry, ..." and "The operator, Bluewater Lines, ..."). Lower-case ones
    // are common words: a name built of them ("Tibbenhall Magistrates' Court", "Harwell District Council") is what
    // another sentence describes with them ("magistrates", "the court", "the council"), so there such a word is read as
    // the common word it is, and the named body meets the described one.
    private sealed record Casing(HashSet<string> Capitalised, HashSet<string> LowerCase)
    {
        public static Casing Of(IReadOnlyList<SentenceInfo> sentences)
        {
            var casing = new Casing(new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            foreach (var s in sentences)
            {
                var position = 0;
                var first = true;
                while (Tokenizer.Terms.Next(s.Text, position, out var start, out var length))
                {
                    position = start + length;
                    if (!first)
                    {
                        (char.IsUpper(s.Text[start]) ? casing.Capitalised : casing.LowerCase).Add(s.Text.Substring(start, length).ToLowerInvariant());
                    }

                    first = false;
                }
            }

            return casing;
        }
    }

    private static (HashSet<string> Keys, HashSet<string> Names, HashSet<string> Figures) Words(string text, Casing casing)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);

        // A time of day is one figure however it is written ("19:00", "7pm"; "midnight"), read by the fact readers, so
        // one time in two formats is one fact and not two different figures.
        var read = new Words(text);
        var used = new bool[read.Count];
        var times = TimeReader.Read(read, used);
        var weekdays = WeekdaysBesideDays(read, used);
        var scaled = ScaledFigures(text, read, used);
        bool Taken(int at) => times.Any(t => at >= t.Start && at < t.End) || scaled.Any(f => at >= f.Start && at < f.End);
        foreach (var (figure, _, _) in scaled)
        {
            figures.Add(figure);
            keys.Add(figure);
        }

        var position = 0;
        var first = true;
        while (Tokenizer.Terms.Next(text, position, out var start, out var length))
        {
            position = start + length;
            var raw = text.Substring(start, length);
            var lower = raw.ToLowerInvariant();
            var opening = first;
            first = false;
            if (weekdays.Any(w => start >= w.Start && start < w.End))
            {
                continue;
            }

            if (char.IsDigit(raw[0]))
            {
                continue; // read whole below: the tokenizer cuts "1,200" and "3.75" at the punctuation
            }

            if (NumberReader.NumberWords.TryGetValue(lower, out var spelled))
            {
                if (Taken(start))
                {
                    continue; // "two million": read whole with its scale
                }

                // "forty-one" is one number, 41, not forty and one: the tokenizer cuts it at the hyphen.
                if (spelled is >= 20 and <= 90 && position < text.Length && text[position] == '-'
                    && Tokenizer.Terms.Next(text, position, out var unitStart, out var unitLength) && unitStart == position + 1
                    && NumberReader.NumberWords.TryGetValue(text.Substring(unitStart, unitLength).ToLowerInvariant(), out var unit) && unit < 10)
                {
                    spelled += unit;
                    position = unitStart + unitLength;
                }

                var figure = spelled.ToString(CultureInfo.InvariantCulture);
                figures.Add(figure);
                keys.Add(figure);
                continue;
            }

            if (length == 1 || Stopwords.IsStopword(lower))
            {
                continue;
            }

            if (char.IsUpper(raw[0]) && (!opening || casing.Capitalised.Contains(lower)))
            {
                var name = casing.LowerCase.Contains(lower) ? Stemmer.Porter.Stem(lower) : FoldName(NameKey.Word(Singular(raw)));
                names.Add(name);
                keys.Add(name);
            }
            else
            {
                keys.Add(Stemmer.Porter.Stem(lower));
            }
        }

        // A verb of a class news words many ways is read as its class ("shut down" / "knocked out"), in place of its stems.
        foreach (var (verbClass, start, length) in VerbClasses.Read(text))
        {
            var at = start;
            while (Tokenizer.Terms.Next(text, at, out var wordStart, out var wordLength) && wordStart < start + length)
            {
                at = wordStart + wordLength;
                keys.Remove(Stemmer.Porter.Stem(text.Substring(wordStart, wordLength).ToLowerInvariant()));
            }

            keys.Add(verbClass);
        }

        foreach (var time in times)
        {
            var figure = TimeKey(time.Value.Stated ?? time.Value.Range.Low);
            figures.Add(figure);
            keys.Add(figure);
        }

        foreach (Match m in Figure().Matches(text))
        {
            if (Taken(m.Index))
            {
                continue;
            }

            var figure = m.Value.Replace(",", string.Empty, StringComparison.Ordinal);
            figures.Add(figure);
            keys.Add(figure);
        }

        // A currency sign is the currency's word: "$50,000" says what "50,000 dollars" says.
        foreach (var (sign, word) in CurrencySigns)
        {
            if (text.Contains(sign, StringComparison.Ordinal))
            {
                keys.Add(Stemmer.Porter.Stem(word));
            }
        }

        return (keys, names, figures);
    }

    // A weekday written beside a day of the month ("Thursday 12 November") says nothing the date does not, so it is
    // not read: the day told as "November 12" elsewhere is the same day and no other fact. The date reading is the fact
    // readers'; a weekday alone ("on Thursday") is the only day given and is read as before.
    private static List<(int Start, int End)> WeekdaysBesideDays(Words read, bool[] used)
    {
        var found = new List<(int, int)>();
        foreach (var span in DateReader.Read(read, (bool[])used.Clone(), null, false))
        {
            if (DateReader.PartsOf(read, span) is { Month: not null, Day: not null, Weekday: not null })
            {
                var weekday = Enumerable.Range(span.First, span.Last - span.First + 1).First(k => CalendarWords.WeekdayAt(read, k) is not null);
                found.Add((read.Tokens[weekday].Start, read.Tokens[weekday].End));
            }
        }

        return found;
    }

    // Counts and sums written with a scale ("150k", "£2.4m", "3bn", "two million"), read whole by the fact readers' figure
    // reading, so "£150k" and "£150,000" are one figure, not two different ones. Only a figure whose value its digits do
    // not already say is taken here (one figure to a span: a range's two ends stay two), so every other figure reads as
    // it is written.
    private static List<(string Figure, int Start, int End)> ScaledFigures(string text, Words read, bool[] used)
    {
        var found = new List<(string, int, int)>();
        foreach (var span in FigureReader.Read(read, used))
        {
            if (span.Value is not { Kind: ValueKind.Count or ValueKind.Money, Stated: { } value } || Figure().Count(text.AsSpan(span.Start, span.End - span.Start)) > 1)
            {
                continue;
            }

            var digits = Figure().Match(text, span.Start, span.End - span.Start);
            var written = digits.Success && double.TryParse(digits.Value.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null;
            if (written != value)
            {
                found.Add((value.ToString("R", CultureInfo.InvariantCulture), span.Start, span.End));
            }
        }

        return found;
    }

    private static readonly (char Sign, string Word)[] CurrencySigns = [('$', "dollars"), ('€', "euros"), ('£', "pounds"), ('¥', "yen")];

    [GeneratedRegex(@"\d+(?:[.,]\d+)*", RegexOptions.NonBacktracking)]
    private static partial Regex Figure();

    // An acronym's plural is the acronym ("GPs" / "GP", "MOTs" / "MOT"): capitals and a closing lower-case "s". Every
    // capitalised word of a story comes here, so a name in -s ("Jones") is let go before any copy is made.
    private static string Singular(string raw) =>
        raw.Length >= 3 && raw[^1] == 's' && char.IsUpper(raw[^2]) && raw[..^1].All(char.IsUpper) ? raw[..^1] : raw;

    // A people's or language's name meets its country's: Ukrainian/Ukraine, Estonian/Estonia, Portuguese/Portugal.
    private static string FoldName(string key)
    {
        foreach (var ending in (string[])["ians", "ian", "ans", "an", "ese", "ish", "al", "a", "e", "s"])
        {
            if (key.Length - ending.Length >= 4 && key.EndsWith(ending, StringComparison.Ordinal))
            {
                return key[..^ending.Length];
            }
        }

        return key;
    }
}
