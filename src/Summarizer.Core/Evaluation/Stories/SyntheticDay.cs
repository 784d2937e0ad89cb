using Summarizer.Evaluation.Summaries;

namespace Summarizer.Evaluation.Stories;

/// <summary>One topic's source documents, each as its sentences in order.</summary>
internal sealed record SyntheticTopic(string Name, IReadOnlyList<IReadOnlyList<string>> Documents);

/// <summary>A generated article: its file name, the topic it was built from (the truth) and its text.</summary>
internal sealed record SyntheticArticle(string Name, string Topic, string Text);

/// <summary>
/// Builds a day of news of any size from a few multi-document topics (DUC 2004 style): each article
/// opens with the lead of one of its topic's documents and goes on with sentences drawn from all of
/// that topic's documents, so articles on one topic overlap the way different outlets' reports of one
/// story do, and the topic is the true story. The same topics, count and seed give the same day.
/// </summary>
internal static class SyntheticDay
{
    /// <summary>Sentences taken from the start of one document (1..this).</summary>
    internal const int MaxLeadSentences = 3;

    /// <summary>Further sentences drawn from the topic's pool.</summary>
    internal const int MinBodySentences = 5, MaxBodySentences = 12;

    /// <summary>Reads every cluster folder under <paramref name="root"/> (ordinal order) as a topic; references are left out.</summary>
    public static async Task<IReadOnlyList<SyntheticTopic>> LoadTopicsAsync(string root, CancellationToken cancellationToken)
    {
        var topics = new List<SyntheticTopic>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var (sources, _) = await ClusterFiles.ReadAsync(folder, cancellationToken);
            var documents = sources
                .Select(s => (IReadOnlyList<string>)s.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                .Where(d => d.Count > 0)
                .ToList();
            if (documents.Count > 0)
            {
                topics.Add(new SyntheticTopic(Path.GetFileName(folder), documents));
            }
        }

        return topics;
    }

    /// <summary>
    /// <paramref name="count"/> articles named <c>a000001.txt</c>.. in generation order; each picks its topic at
    /// random, so a file's name and position say nothing about its story.
    /// </summary>
    public static IReadOnlyList<SyntheticArticle> Generate(IReadOnlyList<SyntheticTopic> topics, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (topics.Count == 0)
        {
            throw new ArgumentException("At least one topic is needed.", nameof(topics));
        }

        // A seeded System.Random is the same sequence on every run and platform.
        var random = new Random(seed);
        var pools = topics.Select(t => t.Documents
            .SelectMany((d, di) => d.Select((_, si) => (Document: di, Sentence: si)))
            .ToArray()).ToList();
        var width = Math.Max(6, count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var articles = new List<SyntheticArticle>(count);
        for (var k = 0; k < count; k++)
        {
            var t = random.Next(topics.Count);
            var topic = topics[t];
            var lead = random.Next(topic.Documents.Count);
            var leadLength = Math.Min(topic.Documents[lead].Count, random.Next(1, MaxLeadSentences + 1));
            var body = Draw(pools[t], p => p.Document == lead && p.Sentence < leadLength, random.Next(MinBodySentences, MaxBodySentences + 1), random);
            var sentences = topic.Documents[lead].Take(leadLength)
                .Concat(body.Select(p => topic.Documents[p.Document][p.Sentence]));
            var name = "a" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width, '0') + ".txt";
            articles.Add(new SyntheticArticle(name, topic.Name, string.Join("\n\n", sentences) + "\n"));
        }

        return articles;
    }

    // A partial Fisher-Yates shuffle over a copy of the pool, the chosen sentences then put back in document order.
    private static List<(int Document, int Sentence)> Draw(
        (int Document, int Sentence)[] pool,
        Func<(int Document, int Sentence), bool> excluded,
        int wanted,
        Random random)
    {
        var candidates = pool.Where(p => !excluded(p)).ToArray();
        var take = Math.Min(wanted, candidates.Length);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, candidates.Length);
            (candidates[i], candidates[j]) = (candidates[j], candidates[i]);
        }

        return [.. candidates.Take(take).Order()];
    }
}
