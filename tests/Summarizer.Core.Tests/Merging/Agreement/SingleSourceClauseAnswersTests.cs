using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A source's sentences are judged against one story of the other outlets, which keeps what it has read of each clause
/// (whether another outlet restates it, holds its links, or holds it in one passage): each clause still gets its own
/// answer, whichever of a source's sentences is judged first, on invented stories.
/// </summary>
public sealed class SingleSourceClauseAnswersTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private const string Restated = "The new Ferrow Bay lifeboat station was opened on Saturday by harbour master Odile Brenn.";
    private const string Own = "Volunteers later repainted the old boathouse doors in a bright shade of orange.";
    private const string Other = "Harbour master Odile Brenn opened the new Ferrow Bay lifeboat station on Saturday. The crew gave a rescue demonstration in the bay.";

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    [Theory]
    [InlineData(Restated + " " + Own)]
    [InlineData(Own + " " + Restated)]
    public void Each_sentence_of_a_source_gets_its_own_answer(string text)
    {
        var result = StoryAnalysis.Analyze([Article(1, text), Article(2, Other)]);

        Assert.Contains(result.SingleSource, c => c.Sources.SequenceEqual([1]) && c.Text.Contains("boathouse", StringComparison.Ordinal));
        Assert.DoesNotContain(result.SingleSource, c => c.Sources.SequenceEqual([1]) && c.Text.Contains("lifeboat station", StringComparison.Ordinal));
    }
}
