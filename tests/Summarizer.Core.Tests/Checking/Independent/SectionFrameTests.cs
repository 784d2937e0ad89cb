using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A report that turns to a second matter opens it in a sentence of its own and gives that matter's figures paragraphs
/// further down; a summary joins the two as it joins the report's opening to a figure (<see cref="LeadFrameTests"/>).
/// The earlier sentence frames the figure, never a later one, and the joined passage must still hold nearly all of the
/// claim's words. Every sentence is invented.
/// </summary>
public class SectionFrameTests
{
    private const string Source =
        "Heavy rain shut three primary schools in Marlow Vale on Tuesday.\n\n"
        + "Parents were told to collect their children by midday.\n\n"
        + "Engineers also began repairing the cracked footbridge over the River Tenn at Hobb's Ford.\n\n"
        + "Residents said the crossing had been unsafe for months.\n\n"
        + "The work is expected to cost £340,000.\n\n"
        + "A county spokesman declined to comment.\n\n"
        + "A temporary ferry will carry walkers across the water in the meantime.";

    [Fact]
    public void A_later_figure_told_in_the_words_of_the_sentence_that_opened_its_matter_is_what_the_report_says() =>
        Assert.Empty(Unsupported("Engineers began repairing the cracked footbridge over the River Tenn, work expected to cost £340,000.", Source));

    [Fact]
    public void A_figure_the_report_does_not_give_is_still_caught() =>
        Assert.NotEmpty(Unsupported("Engineers began repairing the cracked footbridge over the River Tenn, work expected to cost £430,000.", Source));

    [Fact]
    public void A_sentence_after_the_figure_does_not_frame_it() =>
        Assert.NotEmpty(Unsupported("A temporary ferry costing £340,000 will carry walkers across the water in the meantime.", Source));

    [Fact]
    public void Words_no_one_sentence_before_the_figure_gives_are_still_caught() =>
        Assert.NotEmpty(Unsupported("Parents were told the footbridge repairs would cost £340,000.", Source));
}
