using Summarizer.Documents;
using Summarizer.Merging.Agreement;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// A news story opens with the event it reports, which every outlet tells in its own words: an outlet's lead retold
/// with no figure of its own is not listed as that outlet's alone. A lead with a figure no other outlet gives, the lead
/// of the report published after all the others, and a lead that reports the stage a process has reached still are;
/// the outlet's body details still are too. Invented stories.
/// </summary>
public sealed class SingleSourceLeadTests
{
    private static readonly DateTimeOffset Morning = new(2026, 3, 9, 8, 0, 0, TimeSpan.Zero);

    private static CleanedArticle Article(int id, string text, DateTimeOffset published) =>
        new(id, $"{id}.txt", null, new ArticleMetadata { PublishedAt = published }, text, 0, CleaningReport.Empty);

    private static StoryAnalysisResult Analyze(params (string Text, DateTimeOffset Published)[] articles) =>
        StoryAnalysis.Analyze([.. articles.Select((a, i) => Article(i + 1, a.Text, a.Published))]);

    private const string Plain =
        "A lorry overturned on the Harlow bypass near Fenbridge on Tuesday morning and shed its load of timber across both lanes. "
        + "Police closed the road for most of the day while the timber was cleared. The driver was not hurt.";

    private const string Retold =
        "Commuters sat in gridlock for hours while a jackknifed lorry blocked the busy road into town. "
        + "Police closed the road for most of the day while the timber was cleared. "
        + "A passing cyclist helped the shaken driver climb out through the passenger door.";

    [Fact]
    public void A_lead_retold_in_other_words_is_not_listed_as_one_sources()
    {
        var result = Analyze((Plain, Morning), (Retold, Morning));

        Assert.DoesNotContain(result.SingleSource, c => c.Text.Contains("gridlock", StringComparison.Ordinal));
        Assert.Contains(result.SingleSource, c => c.Text.Contains("cyclist", StringComparison.Ordinal)); // its body detail
    }

    // A guard: it passes on the code before the lead rule too; it keeps that rule's exemptions.
    [Fact]
    public void The_lead_of_the_report_published_after_the_others_is_still_listed()
    {
        var result = Analyze((Plain, Morning), (Retold, Morning.AddHours(6)));

        Assert.Contains(result.SingleSource, c => c.Text.Contains("gridlock", StringComparison.Ordinal));
    }

    // A guard: it passes on the code before the lead rule too; it keeps that rule's exemptions.
    [Fact]
    public void A_lead_that_reports_a_stage_of_a_process_is_still_listed()
    {
        var result = Analyze(
            (Plain, Morning),
            ("The lorry's owner has been charged with failing to secure a dangerous cargo on the public highway. "
                + "Police closed the road for most of the day while the timber was cleared.", Morning));

        Assert.Contains(result.SingleSource, c => c.Text.Contains("charged", StringComparison.Ordinal));
    }

    // A guard: it passes on the code before the lead rule too; it keeps that rule's exemptions.
    [Fact]
    public void A_lead_with_a_figure_no_other_source_gives_is_still_listed()
    {
        var result = Analyze(
            (Plain, Morning),
            ("Repairs to the crash barrier on the Harlow bypass will cost £42,000, the county council said. "
                + "Police closed the road for most of the day while the timber was cleared.", Morning));

        Assert.Contains(result.SingleSource, c => c.Text.Contains("£42,000", StringComparison.Ordinal));
    }
}
