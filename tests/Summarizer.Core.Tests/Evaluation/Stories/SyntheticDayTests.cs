using Summarizer.Evaluation.Stories;

namespace Summarizer.Core.Tests.Evaluation.Stories;

public class SyntheticDayTests
{
    // Sentences name their topic, document and position, so an article's origin can be read back from its text.
    private static readonly IReadOnlyList<SyntheticTopic> Topics =
    [
        Topic("alpha", 3, 6),
        Topic("beta", 2, 5),
        Topic("gamma", 4, 4),
    ];

    [Fact]
    public void Builds_the_same_day_from_the_same_seed_and_another_from_another()
    {
        var first = SyntheticDay.Generate(Topics, 12, seed: 7);
        var again = SyntheticDay.Generate(Topics, 12, seed: 7);
        var other = SyntheticDay.Generate(Topics, 12, seed: 8);

        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(a => a.Text), other.Select(a => a.Text));
    }

    [Fact]
    public void Names_articles_in_order_and_picks_topics_from_the_seed()
    {
        var day = SyntheticDay.Generate(Topics, 6, seed: 7);

        Assert.Equal(["a000001.txt", "a000002.txt", "a000003.txt", "a000004.txt", "a000005.txt", "a000006.txt"], day.Select(a => a.Name));
        Assert.Equal("beta gamma beta alpha gamma alpha", string.Join(" ", day.Select(a => a.Topic)));
    }

    [Fact]
    public void Each_article_opens_with_a_document_lead_and_draws_only_its_own_topic_without_repeats()
    {
        var day = SyntheticDay.Generate(Topics, 40, seed: 3);

        Assert.Equal(40, day.Count);
        Assert.Equal(3, day.Select(a => a.Topic).Distinct().Count());
        foreach (var article in day)
        {
            var sentences = article.Text.Split("\n\n", StringSplitOptions.TrimEntries);
            Assert.All(sentences, s => Assert.StartsWith(article.Topic + ".", s, StringComparison.Ordinal));
            Assert.EndsWith(".s1.", sentences[0], StringComparison.Ordinal);
            Assert.Equal(sentences.Length, sentences.Distinct().Count());
            Assert.InRange(sentences.Length, 1 + SyntheticDay.MinBodySentences, SyntheticDay.MaxLeadSentences + SyntheticDay.MaxBodySentences);
        }
    }

    private static SyntheticTopic Topic(string name, int documents, int sentences) => new(
        name,
        [.. Enumerable.Range(1, documents).Select(d => (IReadOnlyList<string>)[.. Enumerable.Range(1, sentences).Select(s => $"{name}.d{d}.s{s}.")])]);
}
