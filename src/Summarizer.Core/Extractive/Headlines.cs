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

        // Prefer a real headline: the most central article's title, else the next most central titled one.
        var titled = Enumerable.Range(0, table.Articles.Count)
            .Where(a => !string.IsNullOrWhiteSpace(table.Articles[a].Title))
            .OrderByDescending(a => articleCount[a] > 0 ? articleScore[a] / articleCount[a] : 0)
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
