using Summarizer.Chunking;
using Summarizer.Documents;

namespace Summarizer.Stories;

/// <summary>
/// Average-linkage agglomerative clustering: start with one cluster per article, repeatedly merge
/// the most similar pair while their mean pairwise similarity reaches the threshold. Average
/// linkage resists chaining (one bridging article cannot glue two stories together) better than
/// single linkage, and needs no preset number of stories. O(n^3) time, fine for a day's few
/// hundred articles; cancellation is checked once per merge and per row of the similarity matrix.
/// </summary>
/// <param name="afterMerge">Test seam: called with the number of merges done after each merge.</param>
internal sealed class AgglomerativeStoryClusterer(StoryClusteringOptions options, Action<int>? afterMerge = null) : IStoryClusterer
{
    private const int MinUntitledLabelWords = 6;

    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Sorting by id first makes every later step (IDF sums, tie-breaks) independent of input order.
        var sorted = articles.OrderBy(a => a.Id).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Id == sorted[i - 1].Id)
            {
                throw new ArgumentException($"Two articles share id {sorted[i].Id}; ids must be unique.", nameof(articles));
            }
        }

        var features = ArticleFeatures.WithDayNames(sorted.Select(a =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ArticleFeatures.Extract(a, options);
        }).ToList());
        var sim = SimilarityMatrix.Build(features, options, cancellationToken);
        var groups = Agglomerate(sim, options.Threshold, cancellationToken);
        return groups.Select(g =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Describe(g, sorted, sim);
            })
            .OrderByDescending(c => c.DistinctOutlets)
            .ThenByDescending(c => c.Articles.Count)
            .ThenBy(c => c.Articles[0].Id)
            .ToList();
    }

    private List<List<int>> Agglomerate(double[][] articleSim, double threshold, CancellationToken cancellationToken)
    {
        var n = articleSim.Length;
        var linkage = articleSim.Select(row => (double[])row.Clone()).ToArray();
        var members = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        var alive = Enumerable.Repeat(true, n).ToArray();
        for (var merges = 0; ; merges++)
        {
            // One scan below is O(n^2): checking once per merge costs nothing next to it.
            cancellationToken.ThrowIfCancellationRequested();
            // A slot keeps the index of its earliest article, so scanning slots in order and
            // taking only strictly better pairs breaks ties by article id.
            var (bestA, bestB, best) = (-1, -1, double.NegativeInfinity);
            for (var a = 0; a < n; a++)
            {
                if (!alive[a])
                {
                    continue;
                }

                for (var b = a + 1; b < n; b++)
                {
                    if (alive[b] && linkage[a][b] > best)
                    {
                        (bestA, bestB, best) = (a, b, linkage[a][b]);
                    }
                }
            }

            if (bestA < 0 || best < threshold)
            {
                break;
            }

            // Lance-Williams update for average linkage: the mean over all cross pairs.
            double sizeA = members[bestA].Count, sizeB = members[bestB].Count;
            for (var k = 0; k < n; k++)
            {
                if (alive[k] && k != bestA && k != bestB)
                {
                    var merged = ((sizeA * linkage[bestA][k]) + (sizeB * linkage[bestB][k])) / (sizeA + sizeB);
                    linkage[bestA][k] = merged;
                    linkage[k][bestA] = merged;
                }
            }

            members[bestA].AddRange(members[bestB]);
            members[bestA].Sort();
            alive[bestB] = false;
            afterMerge?.Invoke(merges + 1);
        }

        return Enumerable.Range(0, n).Where(i => alive[i]).Select(i => members[i]).ToList();
    }

    private static StoryCluster Describe(List<int> group, List<CleanedArticle> sorted, double[][] sim)
    {
        var articles = group.Select(i => sorted[i]).ToList();
        var representative = group[0];
        var bestCentrality = double.NegativeInfinity;
        var pairSum = 0.0;
        foreach (var i in group)
        {
            var centrality = group.Where(j => j != i).Sum(j => sim[i][j]);
            pairSum += centrality;
            if (centrality > bestCentrality)
            {
                (representative, bestCentrality) = (i, centrality);
            }
        }

        var pairs = group.Count * (group.Count - 1);
        var outlets = articles.Select(StoryOutlets.Of)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ThenBy(o => o, StringComparer.Ordinal)
            .ToList();
        var rep = sorted[representative];
        return new StoryCluster(articles, outlets, rep, TitleFor(rep, articles), pairs == 0 ? 1 : pairSum / pairs);
    }

    private static string TitleFor(CleanedArticle representative, List<CleanedArticle> articles)
    {
        var title = TitleOf(representative) ?? articles.Select(TitleOf).FirstOrDefault(t => t is not null);
        if (title is not null)
        {
            return title;
        }

        // Untitled sources (wire copy, feeds) get their opening; a splitter can cut that after an
        // initial ("President B.J."), so short pieces are joined until the label says something.
        var label = string.Empty;
        foreach (var sentence in SentenceSplitter.Instance.Split(representative.Text))
        {
            label = (label + " " + sentence.Text.Trim()).Trim();
            if (WordCount.Of(label) >= MinUntitledLabelWords)
            {
                break;
            }
        }

        return label.Length == 0 ? representative.Origin : label;
    }

    private static string? TitleOf(CleanedArticle article) =>
        new[] { article.Title, article.Metadata.Title }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t))?.Trim();
}
