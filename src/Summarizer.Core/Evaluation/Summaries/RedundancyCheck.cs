using System.Text.RegularExpressions;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Summaries;

/// <summary>Two sentences of one brief (summary or key points) that state the same fact.</summary>
internal sealed record RedundantPair(string First, string Second, double Overlap);

/// <summary>
/// The evaluation's own test for "two sentences state the same fact", independent of the selection it
/// measures (which has its own dedupe): words in the evaluation's normal form (case and accents folded,
/// number words and figures resolved: "Twelve" is "12"), function words dropped, each word cut to its
/// first six letters (so "Ukraine" meets "Ukrainian" and "Portugal" "Portuguese"), each weighted by how
/// few of the sources' sentences use it (the story's topic words weigh little, what a sentence adds
/// weighs much). Two sentences repeat a fact when much of the lighter one's content is in the other, they
/// share a name or a figure (what the fact is about), and the other holds a figure of the lighter one's where it
/// gives any (a figure the other lacks is a fact of its own).
/// </summary>
internal static partial class RedundancyCheck
{
    /// <summary>Share of the lighter sentence's content (by weight) that the other must hold; set by reading pairs of DUC and fixture briefs.</summary>
    public const double MinOverlap = 0.4;

    private const int StemLength = 6;

    // Closed-class words, qualifiers and verbs of saying: they carry no fact of their own.
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "into", "onto", "upon", "about", "after", "before", "over", "under",
        "than", "that", "this", "these", "those", "there", "their", "them", "they", "then", "when", "where",
        "which", "while", "who", "whom", "whose", "what", "was", "were", "are", "is", "been", "being", "be",
        "has", "have", "had", "having", "will", "would", "could", "should", "can", "may", "might", "must",
        "not", "but", "its", "his", "her", "hers", "him", "she", "he", "our", "your", "you", "we", "also",
        "more", "most", "least", "some", "any", "all", "both", "each", "such", "only", "other", "one",
        "said", "says", "say", "told", "according", "last", "nearly", "almost", "around", "approximately",
        "at", "in", "on", "of", "to", "by", "as", "or", "an", "a", "it", "if", "so", "up", "out", "off", "per",
        "did", "does", "do", "just", "very", "now", "still", "yet", "even", "because", "since", "during",
        "between", "against", "through", "including", "among", "amid", "without", "within", "across",
    };

    // People's titles, as the measure stems them: with a name they say who, not what.
    private static readonly HashSet<string> Titles = new(
        [.. ((string[])[
            "mayor", "minister", "president", "governor", "senator", "secretary", "chancellor", "judge", "chief", "director",
            "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair", "leader", "premier", "commissioner",
            "councillor", "councilor", "professor", "executive", "inspector", "captain", "manager", "head", "deputy",
        ]).Select(Stem)],
        StringComparer.Ordinal);

    /// <summary>Every pair of <paramref name="sentences"/> that states the same fact, in order.</summary>
    /// <param name="sentences">The summary's sentences and the key points.</param>
    /// <param name="sources">The articles' texts: a word most of their sentences use (the story's topic) weighs
    /// less than one few use (what a sentence adds).</param>
    public static IReadOnlyList<RedundantPair> Find(IReadOnlyList<string> sentences, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(sources);
        var weights = Weights(sources);
        var read = sentences.Select(s => Read(s, weights)).ToList();
        var pairs = new List<RedundantPair>();
        for (var i = 0; i < read.Count; i++)
        {
            for (var j = i + 1; j < read.Count; j++)
            {
                if (SameFact(read[i], read[j]) is { } overlap)
                {
                    pairs.Add(new RedundantPair(sentences[i], sentences[j], overlap));
                }
            }
        }

        return pairs;
    }

    private sealed record Reading(Dictionary<string, double> Content, HashSet<string> Names, HashSet<string> Figures)
    {
        public double Total { get; } = Content.Values.Sum();

        /// <summary>Each run of capitalised words ("Housing Minister Dorotea Haskell"): one name, with its title.</summary>
        public required IReadOnlyList<HashSet<string>> NameRuns { get; init; }
    }

    private static double? SameFact(Reading a, Reading b)
    {
        var (small, large) = a.Total <= b.Total ? (a, b) : (b, a);
        if (small.Total <= 0)
        {
            return null;
        }

        var shared = small.Content.Where(w => large.Content.ContainsKey(w.Key)).ToList();
        var overlap = shared.Sum(w => w.Value) / small.Total;
        var anchored = small.Names.Overlaps(large.Names) || small.Figures.Overlaps(large.Figures);
        // Two sentences that share only who they are about (her name and title: "Mayor X told reporters ..." and "The
        // mayor, X, vowed to rebuild ...") say two things about one person: a repeated fact shares something said.
        // Only one name counts so: two sentences that share two people, or a person and a place or a day, tell one
        // meeting or one event however differently their verbs put it.
        var saysTheSame = !OneNameOnly(shared.Select(w => w.Key).ToList(), a, b) && SaidBeyondOneName(small, large, a, b) >= MinOverlap;
        // The lighter gives figures and the other holds none of them: two facts about one thing ("12 dead" and "30
        // injured"), or a count the other never gives ("nine have since returned" beside "the fleet was withdrawn").
        var differentFigures = small.Figures.Count > 0 && !small.Figures.Overlaps(large.Figures);
        return overlap >= MinOverlap && anchored && !differentFigures && saysTheSame ? overlap : null;
    }

    private static Reading Read(string sentence, Weighting weights)
    {
        var content = new Dictionary<string, double>(StringComparer.Ordinal);
        var figures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ContentWords(sentence, figures))
        {
            content[word] = weights.Of(word);
        }

        return new Reading(content, Names(sentence), figures) { NameRuns = NameRuns(sentence) };
    }

    // The shared words are one name with people's titles: the words of one run of capitalised words in either
    // sentence, or titles written apart from it ("Ms X, the housing minister").
    private static bool OneNameOnly(List<string> shared, Reading a, Reading b) =>
        a.NameRuns.Concat(b.NameRuns).Any(run => shared.All(w => run.Contains(w) || Titles.Contains(w)));

    // How much of what the lighter sentence says of a name both write is in the other: when every shared word that both
    // sentences write as a name lies in one name ("Brenford Town Council"), that name says who the two are about and the
    // rest must say the same of it. The council's promise to check one street and its committee's vote for a survey of
    // the whole town share the council and the thing checked, not the act. Sentences that share no name, or two names
    // (two people, a person and a place), are read whole as before.
    private static double SaidBeyondOneName(Reading small, Reading large, Reading a, Reading b)
    {
        var named = small.Content.Keys
            .Where(w => large.Content.ContainsKey(w) && a.NameRuns.Any(r => r.Contains(w)) && b.NameRuns.Any(r => r.Contains(w)))
            .ToList();
        if (named.Count == 0 || !a.NameRuns.Concat(b.NameRuns).Any(run => named.All(run.Contains)))
        {
            return 1;
        }

        var said = small.Content.Where(w => !named.Contains(w.Key) && !Titles.Contains(w.Key)).ToList();
        var total = said.Sum(w => w.Value);
        return total <= 0 ? 0 : said.Where(w => large.Content.ContainsKey(w.Key)).Sum(w => w.Value) / total;
    }

    // Capitalised words that follow one another with only spaces between them, the sentence's first word included.
    private static List<HashSet<string>> NameRuns(string sentence)
    {
        var runs = new List<HashSet<string>>();
        HashSet<string>? run = null;
        var end = 0;
        foreach (Match m in WordPattern().Matches(sentence))
        {
            if (!char.IsUpper(m.Value[0]))
            {
                run = null;
                continue;
            }

            if (run is null || sentence[end..m.Index].Trim().Length > 0)
            {
                run = new HashSet<string>(StringComparer.Ordinal);
                runs.Add(run);
            }

            run.Add(Stem(TrustFolding.Fold(m.Value)));
            end = m.Index + m.Length;
        }

        return runs;
    }

    private static HashSet<string> ContentWords(string sentence, HashSet<string>? figures)
    {
        var content = new HashSet<string>(StringComparer.Ordinal);
        var tokens = TrustNormaliser.Tokens(sentence);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsFigure)
            {
                // A measure is not the count it shares digits with: "3 km" is not "three airports".
                var figure = i + 1 < tokens.Count && MeasureUnit(tokens[i + 1]) is { } unit ? $"{token.Text} {unit}" : token.Text;
                figures?.Add(figure);
                content.Add(figure);
            }
            else if (token.Kind == TrustTokenKind.Word && token.Text.Length > 2 && !FunctionWords.Contains(token.Text))
            {
                content.Add(Stem(token.Text));
            }
        }

        return content;
    }

    // A unit of length, area, mass, volume or time right after a figure, as one stem ("hours" and "hour" alike).
    private static string? MeasureUnit(TrustToken next) =>
        next.Kind != TrustTokenKind.Word ? null
        : UnitWords.IsSymbol(next.Text) ? next.Text
        : TimeUnits.Contains(Stem(next.Text)) ? Stem(next.Text)
        : null;

    private static readonly HashSet<string> TimeUnits = new(
        [.. ((string[])["second", "minute", "hour", "day", "week", "month", "year"]).Select(Stem)], StringComparer.Ordinal);

    // Inverse sentence frequency over the sources, smoothed so a word the sources never use weighs the most.
    private sealed class Weighting(Dictionary<string, int> frequency, int sentences)
    {
        public double Of(string word) =>
            Math.Log((sentences + 1.0) / (frequency.GetValueOrDefault(word) + 1.0)) + 1.0;
    }

    private static Weighting Weights(IReadOnlyList<string> sources)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        foreach (var source in sources)
        {
            foreach (var sentence in SentenceEnd().Split(source))
            {
                count++;
                foreach (var word in ContentWords(sentence, null))
                {
                    frequency[word] = frequency.GetValueOrDefault(word) + 1;
                }
            }
        }

        return new Weighting(frequency, count);
    }

    // Capitalised words after the first: the people, places and bodies the sentence is about.
    private static HashSet<string> Names(string sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var first = true;
        foreach (Match m in WordPattern().Matches(sentence))
        {
            if (!first && char.IsUpper(m.Value[0]))
            {
                var folded = TrustFolding.Fold(m.Value);
                if (folded.Length > 2 && !FunctionWords.Contains(folded))
                {
                    names.Add(Stem(folded));
                }
            }

            first = false;
        }

        return names;
    }

    // A plural's "s" off, then the first letters: a crude stem, and deliberately not the engine's stemmer.
    private static string Stem(string word)
    {
        var singular = word.Length > 3 && word[^1] == 's' && word[^2] != 's' ? word[..^1] : word;
        return singular.Length > StemLength ? singular[..StemLength] : singular;
    }

    // A rough sentence split of its own: enough for counting which sentences use a word.
    [GeneratedRegex(@"(?<=[.!?][""'”’)]?)\s+|\n+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();
}
