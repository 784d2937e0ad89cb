using Summarizer.Text;

namespace Summarizer.Extractive;

/// <summary>
/// The merged headline: the title of the most central article that has one, else the most central
/// sentence, shortened to headline length.
/// </summary>
internal static class Headlines
{
    private const int MaxWords = 14;

    public static string For(SentenceTable table, double[] centrality)
    {
        var articleScore = new double[table.Articles.Count];
        var articleCount = new int[table.Articles.Count];
        var bestSentence = -1;
        for (var i = 0; i < table.Sentences.Count; i++)
        {
            var s = table.Sentences[i];
            if (!s.Selectable)
            {
                continue;
            }

            articleScore[s.Article] += centrality[i];
            articleCount[s.Article]++;
            if (bestSentence < 0 || centrality[i] > centrality[bestSentence])
            {
                bestSentence = i;
            }
        }

        var bestArticle = -1;
        var bestMean = double.MinValue;
        for (var a = 0; a < table.Articles.Count; a++)
        {
            var mean = articleCount[a] > 0 ? articleScore[a] / articleCount[a] : 0;
            if (mean > bestMean)
            {
                bestArticle = a;
                bestMean = mean;
            }
        }

        // Prefer a real headline: the title that says what the other articles say (an angle piece's title,
        // "what the closure means for your commute", says less of the story); ties go to the most central article.
        var typicality = TitleTypicality(table);
        var titled = Enumerable.Range(0, table.Articles.Count)
            .Where(a => !string.IsNullOrWhiteSpace(table.Articles[a].Title))
            .OrderByDescending(a => typicality[a])
            .ThenByDescending(a => articleCount[a] > 0 ? articleScore[a] / articleCount[a] : 0)
            .ThenBy(a => a)
            .ToList();
        if (titled.Count > 0)
        {
            return table.Articles[titled[0]].Title!.Trim();
        }

        // Else the lead sentence of the most central article: leads are written to stand alone.
        var lead = -1;
        for (var i = 0; i < table.Sentences.Count && bestArticle >= 0; i++)
        {
            var s = table.Sentences[i];
            if (s.Article == bestArticle && s.Selectable && !s.Dangling)
            {
                lead = i;
                break;
            }
        }

        var chosen = lead >= 0 ? lead : bestSentence >= 0 ? bestSentence : table.Sentences.Count > 0 ? 0 : -1;
        return chosen < 0 ? string.Empty : Shorten(table.Sentences[chosen].Text);
    }

    // For each title: how many of its content words the other articles' titles and leads use, per square root
    // of its length, so a long title does not win by length alone (nor a short one by saying little).
    private static double[] TitleTypicality(SentenceTable table)
    {
        var articles = table.Articles;
        var leads = new string[articles.Count];
        foreach (var s in table.Sentences)
        {
            leads[s.Article] ??= s.Text;
        }

        var titleWords = articles.Select(a => ContentWords(a.Title ?? string.Empty)).ToList();
        var contextWords = articles.Select((a, i) => ContentWords((a.Title ?? string.Empty) + " " + (leads[i] ?? string.Empty))).ToList();
        var scores = new double[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            if (titleWords[a].Count == 0)
            {
                continue;
            }

            var shared = 0;
            for (var b = 0; b < articles.Count; b++)
            {
                shared += b == a ? 0 : titleWords[a].Count(contextWords[b].Contains);
            }

            scores[a] = shared / Math.Sqrt(titleWords[a].Count);
        }

        return scores;
    }

    private static HashSet<string> ContentWords(string text) =>
        Tokenizer.Terms.Words(text).Where(w => w.Length > 1 && !Stopwords.IsStopword(w)).Select(Stemmer.Porter.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>A sentence cut to headline length: whole if short, else up to a clause break, else its first words.</summary>
    public static string Shorten(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords)
        {
            return sentence.TrimEnd('.', '!', ' ');
        }

        for (var i = MaxWords - 1; i >= 5; i--)
        {
            if (words[i].EndsWith(',') || words[i].EndsWith(';') || words[i].EndsWith(':') || words[i + 1] is "—" or "–")
            {
                return string.Join(' ', words[..(i + 1)]).TrimEnd(',', ';', ':');
            }
        }

        return string.Join(' ', words[..(MaxWords - 2)]).TrimEnd(',', ';', ':') + "…";
    }
}
