using Summarizer.Core.Tests.Merging.Agreement;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Facts;

/// <summary>The story analysis reads each sentence's words once and hands them to the fact extractor: the facts must not change.</summary>
public class SharedSentenceReadingTests
{
    [Fact]
    public void Facts_read_from_the_index_sentences_are_the_facts_read_from_the_text()
    {
        var own = new CleanedArticle(
            90, "own.txt", "Reddick flock saved", ArticleMetadata.Empty,
            "Sheep farmer Tomas Reddick found the flock at dawn on Tuesday. Mr Reddick, 64, called the vet at 6.40am. "
            + "Coach driver Ilona Varsk was praised by 31 passengers. The 52-year-old steered the bus off the road, police said.",
            40, CleaningReport.Empty);
        List<CleanedArticle> articles = [.. TrustFixtures.Seeds(), own];
        var index = articles.Select(SourceIndex.Build).ToList();

        var fromText = FactExtractor.ExtractStory(articles);
        var fromIndex = FactExtractor.ExtractStory(articles, [.. index.Select(s => s.ReadSentences())]);

        Assert.Equal(Describe(fromText), Describe(fromIndex));
        // Both look-backs over earlier sentences ran: an age of a surname given its full name, an anaphoric age its person.
        Assert.Contains(fromIndex[^1].Facts, f => f.Value.Kind == ValueKind.Age && f.Measure.Contains("tomas", StringComparison.Ordinal));
        Assert.Contains(fromIndex[^1].Facts, f => f.Text == "52-year-old" && f.Measure.StartsWith(Measures.PersonPrefix, StringComparison.Ordinal) && f.Measure != Measures.Antecedent);
    }

    private static List<string> Describe(List<SourceFacts> story) =>
        [.. story.SelectMany(s => s.Facts.Concat(s.States).Select(f => $"{f.SourceId}/{f.SentenceIndex} {f.Start}-{f.End} {f.Text} | {f.Value} | {f.Measure} | {f.Frame} | {f.Role}"))];
}
