using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// News counts one thing in other words from one report to the next: a unit of housing as homes or households ("Residents
/// of 14 homes were evacuated", days later "the number of households evacuated has gone up from 14 to 22"), a petition by
/// its signatures, its names or the people who signed it ("had gathered about 900 signatures", "has now topped 2,300
/// names"). A later report that moves the figure on in the other wording updates the earlier count
/// (<see cref="ChangedFigures"/>); a change of cars, of families or of people not told as signing still moves neither.
/// </summary>
public sealed class OneCountInOtherWordsChangedTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AlignedGroup> Changed(params (string Text, int Day)[] texts)
    {
        var sources = texts.Select((t, i) => FactExtractor.Extract(Article(i + 1, t.Text, Day.AddDays(t.Day)))).ToList();
        return ChangedFigures.Find(sources, FactAligner.Align(sources));
    }

    [Fact]
    public void Households_evacuated_that_have_gone_up_update_the_earlier_count_of_homes()
    {
        var groups = Changed(
            ("Residents of 14 homes were evacuated and spent the morning in a church hall while engineers checked the houses.", 0),
            ("The number of households evacuated has gone up from 14 to 22 as surveyors found movement beneath the terrace.", 3));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Homes_still_cut_off_that_have_fallen_update_the_earlier_count_of_households()
    {
        var groups = Changed(
            ("About 3,000 households in Ashwell were left without water after the main burst on Monday.", 0),
            ("The number of homes in Ashwell still without water had fallen to 400 by Wednesday evening.", 2));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_change_in_a_count_of_cars_does_not_move_a_count_of_homes()
    {
        var groups = Changed(
            ("Residents of 14 homes were evacuated after the sinkhole opened on Cobden Terrace.", 0),
            ("The number of cars lost in the Cobden Terrace sinkhole has gone up to 22, the council said.", 3));

        Assert.Empty(groups);
    }

    [Fact]
    public void A_change_in_a_count_of_families_does_not_move_a_count_of_homes()
    {
        var groups = Changed(
            ("Six homes on Mill Lane were damaged by the flood and their residents were evacuated.", 0),
            ("The number of families evacuated from Mill Lane has risen to 11, the council said.", 3));

        Assert.Empty(groups);
    }

    [Fact]
    public void Names_on_a_petition_that_have_topped_a_figure_update_the_earlier_count_of_signatures()
    {
        var groups = Changed(
            ("A petition opposing the ferry cuts had gathered about 900 signatures by Wednesday afternoon.", 0),
            ("The islanders' petition against the ferry cuts has now topped 2,300 names.", 4));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void People_who_have_now_signed_update_the_earlier_count_of_signatures()
    {
        var groups = Changed(
            ("Campaigners launched a petition against the maternity unit closure that had gathered 3,200 signatures by this morning.", 0),
            ("The petition against the maternity unit closure has risen to 9,400 people who have signed it.", 3));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void People_not_told_as_signing_do_not_move_a_count_of_signatures()
    {
        var groups = Changed(
            ("A petition against the maternity unit closure had gathered 3,200 signatures by this morning.", 0),
            ("The number of people at the rally against the maternity unit closure has risen to 9,400.", 3));

        Assert.Empty(groups);
    }
}
