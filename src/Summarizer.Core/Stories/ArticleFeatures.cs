using System.Collections.Frozen;
using Summarizer.Chunking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Stories;

/// <summary>
/// What one article contributes to story similarity before IDF is known: weighted counts of
/// stemmed content words, and the folded named entities it mentions.
/// </summary>
/// <param name="SentenceInitialNames">
/// Capitalized words seen only at a sentence start ("Richter, who heads the bank, ..."): names if
/// another article of the day capitalizes them mid-sentence, which <see cref="WithDayNames"/> decides.
/// </param>
internal sealed record ArticleFeatures(
    CleanedArticle Article,
    IReadOnlyDictionary<string, double> Terms,
    IReadOnlyCollection<string> Entities,
    IReadOnlyCollection<string> SentenceInitialNames)
{
    // Capitalized everywhere in English, so they say nothing about which story an article tells.
    private static readonly FrozenSet<string> CalendarWords = FrozenSet.ToFrozenSet(
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "am", "pm",
        ],
        StringComparer.Ordinal);

    public static ArticleFeatures Extract(CleanedArticle article, StoryClusteringOptions options)
    {
        var terms = new Dictionary<string, double>(StringComparer.Ordinal);
        var title = article.Title ?? article.Metadata.Title;
        if (title is not null)
        {
            AddTerms(title, options.TitleWeight, terms);
        }

        var sentences = SentenceSplitter.Instance.Split(article.Text);
        for (var i = 0; i < sentences.Count; i++)
        {
            AddTerms(sentences[i].Text, i < options.LeadSentences ? options.LeadWeight : 1, terms);
        }

        var initials = new HashSet<string>(StringComparer.Ordinal);
        return new ArticleFeatures(article, terms, ExtractEntities(sentences, initials), initials);
    }

    /// <summary>
    /// Completes each article's entities with its sentence-initial words that some article of the
    /// day uses as a name mid-sentence: one outlet's "Richter said" matches another's "Governor
    /// Anselm Richter", while "Families" or "Savers" at a sentence start stay out.
    /// </summary>
    public static IReadOnlyList<ArticleFeatures> WithDayNames(IReadOnlyList<ArticleFeatures> day)
    {
        var names = new HashSet<string>(day.SelectMany(f => f.Entities), StringComparer.Ordinal);
        return day.Select(f =>
        {
            var added = f.SentenceInitialNames.Where(names.Contains).Where(w => !f.Entities.Contains(w)).ToList();
            return added.Count == 0 ? f : f with { Entities = [.. f.Entities, .. added] };
        }).ToList();
    }

    private static void AddTerms(string text, double weight, Dictionary<string, double> terms)
    {
        if (weight <= 0)
        {
            return;
        }

        foreach (var word in Tokenizer.Terms.Words(text))
        {
            if (IsContentWord(word))
            {
                var stem = Stemmer.Porter.Stem(word);
                terms[stem] = terms.GetValueOrDefault(stem) + weight;
            }
        }
    }

    // Numbers are left out: years, counts and times recur across unrelated stories.
    private static bool IsContentWord(string word) =>
        word.Length > 1 && !Stopwords.IsStopword(word) && !word.All(char.IsDigit);

    /// <summary>
    /// Runs of capitalized words not at a sentence start, as the folded phrase and as single words
    /// (so "Mayor Ilse Brandt" later matches "Brandt"). A sentence-initial word counts only when the
    /// article also capitalizes it mid-sentence, which separates "Castellan" from "The".
    /// </summary>
    private static HashSet<string> ExtractEntities(IReadOnlyList<TextSegment> sentences, HashSet<string> initials)
    {
        var tokenized = sentences.Select(s => (s.Text, Tokens: Tokenizer.Terms.Tokenize(s.Text))).ToList();
        var midSentence = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, tokens) in tokenized)
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (IsCapitalized(text, tokens[i]))
                {
                    midSentence.Add(tokens[i].Text);
                }
            }
        }

        var entities = new HashSet<string>(StringComparer.Ordinal);
        var run = new List<string>();
        foreach (var (text, tokens) in tokenized)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var capitalized = IsCapitalized(text, token);
                var named = capitalized && (i > 0 || midSentence.Contains(token.Text));
                if (capitalized && !named)
                {
                    initials.Add(token.Text);
                }

                var joined = run.Count > 0 && OnlyJoiners(text, tokens[i - 1].End, token.Start);
                if (!named || !joined)
                {
                    Flush(run, entities);
                }

                if (named)
                {
                    run.Add(token.Text);
                }
            }

            Flush(run, entities);
        }

        return entities;
    }

    private static bool IsCapitalized(string text, Token token) =>
        char.IsUpper(text[token.Start])
        && !Stopwords.IsStopword(token.Text)
        && !CalendarWords.Contains(token.Text)
        && IsContentWord(token.Text);

    private static bool OnlyJoiners(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '-' or '.'))
            {
                return false;
            }
        }

        return to - from <= 2;
    }

    private static void Flush(List<string> run, HashSet<string> entities)
    {
        if (run.Count == 0)
        {
            return;
        }

        entities.UnionWith(run);
        if (run.Count > 1)
        {
            entities.Add(string.Join(' ', run));
        }

        run.Clear();
    }
}
