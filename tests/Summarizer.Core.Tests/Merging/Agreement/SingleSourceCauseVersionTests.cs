using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A cause is a version of a disagreement told in words, with no typed fact in its clause: the clause that gives it is
/// shown under "what caused it" and is no one source's news, however much else of its wording is the outlet's own,
/// on invented stories.
/// </summary>
public sealed class SingleSourceCauseVersionTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    public static TheoryData<string, string, string, string> Stories => new()
    {
        {
            "Flood water poured through Millbrook village on Sunday. Council surveyors blamed a blocked culvert beneath the old tannery lane for the flooding.",
            "Flood water poured through Millbrook village on Sunday. Residents said the flooding was caused by a culvert clogged with branches.",
            "Flood water poured through Millbrook village on Sunday. The water company said the flooding was caused by a burst main under the square.",
            "culvert"
        },
        {
            "The Harwood cinema was evacuated on Friday night. Fire officers blamed an overheating projector lamp in the upstairs booth for the smoke.",
            "The Harwood cinema was evacuated on Friday night. The manager said the smoke was caused by a projector that overheated.",
            "The Harwood cinema was evacuated on Friday night. Staff said the smoke was caused by a faulty popcorn machine in the foyer.",
            "projector"
        },
        {
            "Trains between Ashby and Colne were halted on Monday. Network engineers blamed a snapped overhead wire near the goods yard for the delays.",
            "Trains between Ashby and Colne were halted on Monday. The operator said the delays were caused by damage to an overhead wire.",
            "Trains between Ashby and Colne were halted on Monday. Passengers were told the delays were caused by a signal failure at Colne.",
            "wire"
        },
    };

    [Theory]
    [MemberData(nameof(Stories))]
    public void A_clause_giving_a_version_of_the_cause_is_not_listed_as_one_sources(string own, string agreeing, string rival, string cause)
    {
        var result = Analyze(own, agreeing, rival);

        Assert.Contains(result.Disagreements, d => d.Topic == CauseFinder.Topic);
        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains(cause, StringComparison.Ordinal));
    }
}
