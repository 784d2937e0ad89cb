using Summarizer.Chunking;
using Summarizer.Documents;

namespace Summarizer.Stories;

/// <summary>
/// Average-linkage agglomerative clustering: start with one cluster per article, repeatedly merge
/// the most similar pair while their mean pairwise similarity reaches the threshold. Average
/// linkage resists chaining (one bridging article cannot glue two stories together) better than
/// single linkage, and needs no preset number of stories. The cost follows the article pairs that
/// share rare words or names (<see cref="SimilarityGraph"/>), merged by the nearest-neighbour chain
/// (<see cref="AverageLinkageChain"/>), so a day of thousands of articles is not an n x n matrix;
/// cancellation is checked per article in every pass and per step of the chain.
/// </summary>
/// <param name="afterMerge">Test seam: called with the number of merges done after each merge.</param>
/// <param name="afterRow">Test seam: called with the number of articles whose pairs are found, after each.</param>
internal sealed class AgglomerativeStoryClusterer(StoryClusteringOptions options, Action<int>? afterMerge = null, Action<int>? afterRow = null) : IStoryClusterer
{
    private const int MinUntitledLabelWords = 6;

    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);

        // Sorting by id first makes every later step (interned ids, IDF sums, tie-breaks) independent of input order.
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
        var graph = SimilarityGraph.Build(features, options, cancellationToken, afterRow);
        var groups = AverageLinkageChain.Cluster(graph, options.Threshold, cancellationToken, afterMerge);
        var centrality = Centrality(graph, groups, cancellationToken);
        return groups.Select(g =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return Describe(g, sorted, centrality);
            })
            .OrderByDescending(c => c.DistinctOutlets)
            .ThenByDescending(c => c.Articles.Count)
            .ThenBy(c => c.Articles[0].Id)
            .ToList();
    }

    // Each article's summed similarity to the rest of its own group (pairs the graph left out count as 0).
    private static double[] Centrality(SimilarityGraph graph, List<List<int>> groups, CancellationToken cancellationToken)
    {
        var groupOf = new int[graph.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var i in groups[g])
            {
                groupOf[i] = g;
            }
        }

        var centrality = new double[graph.Count];
        for (var i = 0; i < graph.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var later = graph.Later(i);
            var similarities = graph.LaterSimilarities(i);
            for (var k = 0; k < later.Length; k++)
            {
                var j = later[k];
                if (groupOf[i] == groupOf[j])
                {
                    centrality[i] += similarities[k];
                    centrality[j] += similarities[k];
                }
            }
        }

        return centrality;
    }

    private static StoryCluster Describe(List<int> group, List<CleanedArticle> sorted, double[] centrality)
    {
        var articles = group.Select(i => sorted[i]).ToList();
        var representative = group[0];
        var bestCentrality = double.NegativeInfinity;
        var pairSum = 0.0;
        foreach (var i in group)
        {
            pairSum += centrality[i];
            if (centrality[i] > bestCentrality)
            {
                (representative, bestCentrality) = (i, centrality[i]);
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
