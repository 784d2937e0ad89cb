using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A cause two independent outlets give, each in its own words, is a corroborated fact as a figure both give is: the
/// clause that gives it is not listed as one source's, while a cause only one outlet gives still is, on invented stories.
/// </summary>
public sealed class SingleSourceAgreedCauseTests
{
    private static readonly DateTimeOffset Published = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = Published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params string[] texts) =>
        StoryAnalysis.Analyze([.. texts.Select((t, i) => Article(i + 1, t))]);

    private const string Flooding =
        "Flood water poured through Millbrook village on Sunday, reaching the doorsteps of the parish church. Council surveyors blamed a blocked culvert beneath Tannery Lane for the flooding. The parish council has set aside £40,000 for repairs to the village hall.";

    public static TheoryData<string, string, string, string> Agreeing => new()
    {
        {
            Flooding,
            "Dozens of homes in Millbrook were flooded at the weekend after heavy rain. Residents said the flooding was caused by a culvert clogged with branches. Volunteers from Ashcombe Rotary handed out 300 sandbags.",
            "culvert", "£40,000"
        },
        {
            "The Harwood cinema was evacuated during a late screening on Friday night. Fire officers blamed an overheating projector lamp in the Regent Street booth for the smoke. The cinema has refunded 140 tickets.",
            "Film-goers were led out of the Harwood on Friday after smoke filled the auditorium. The manager said the smoke was caused by a projector that overheated. Two staff were checked by paramedics at the Pelham Road entrance.",
            "projector", "140"
        },
        {
            "Trains between Ashby and Colne were halted for most of Monday morning. Network engineers blamed a snapped overhead wire near Dunford goods yard for the delays. About 9,000 commuters were affected across the county.",
            "Rail passengers faced long waits on the Ashby to Colne line on Monday. The operator said the delays were caused by damage to an overhead wire. Replacement buses ran from Colne station until 2pm.",
            "wire", "9,000"
        },
    };

    [Theory]
    [MemberData(nameof(Agreeing))]
    public void A_cause_two_outlets_give_in_their_own_words_is_not_listed_as_one_sources(string own, string other, string cause, string ownFigure)
    {
        var result = Analyze(own, other);

        Assert.DoesNotContain(result.Disagreements, d => d.Topic == CauseFinder.Topic);
        Assert.Contains(result.SingleSource, c => c.Text.Contains(ownFigure, StringComparison.Ordinal)); // the list is read at all
        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains(cause, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cause_only_one_outlet_gives_is_still_listed()
    {
        var result = Analyze(
            Flooding,
            "Dozens of homes in Millbrook were flooded at the weekend after heavy rain. Volunteers from Ashcombe Rotary handed out 300 sandbags.");

        Assert.Contains(result.SingleSource, c => c.Text.Contains("culvert", StringComparison.Ordinal));
    }
}
