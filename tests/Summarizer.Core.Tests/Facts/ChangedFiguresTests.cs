using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A later report that moves a figure on in its own clause ("has risen to 22", "had fallen to 40") updates the figure earlier
/// reports gave of the same thing, even when the aligner left the two apart (<see cref="ChangedFigures"/>).
/// </summary>
public sealed class ChangedFiguresTests
{
    private static readonly DateTimeOffset Day = new(2026, 3, 8, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<AlignedGroup> Changed(params (string Text, int Day)[] texts)
    {
        var sources = texts.Select((t, i) => FactExtractor.Extract(Article(i + 1, t.Text, Day.AddDays(t.Day)))).ToList();
        return ChangedFigures.Find(sources, FactAligner.Align(sources));
    }

    [Fact]
    public void A_count_that_has_risen_updates_the_earlier_count_worded_otherwise()
    {
        var groups = Changed(
            ("Fourteen families have been moved into temporary flats while their homes in Brackley are repaired.", 0),
            ("The number of families moved out of their Brackley homes while repairs are carried out has risen to 22, the council said.", 2));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_total_that_has_passed_a_figure_updates_an_earlier_bound()
    {
        var groups = Changed(
            ("By Monday more than 900 people had signed an online petition against the closure of Elmfield library.", 0),
            ("The Elmfield library petition has now passed 2,400 names.", 3));

        Assert.Equal("Update: 1 | later 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void A_fall_does_not_move_on_from_a_smaller_figure()
    {
        var groups = Changed(
            ("Fourteen families have been moved into temporary flats while their homes in Brackley are repaired.", 0),
            ("The number of families moved out of their Brackley homes while repairs are carried out has fallen to 22, the council said.", 2));

        Assert.Empty(groups);
    }

    [Fact]
    public void A_change_of_one_thing_does_not_update_a_count_of_another_named_thing()
    {
        var groups = Changed(
            ("The water company has opened three bottled water stations in Dunholm after confirmed cases of illness.", 0),
            ("The number of confirmed cases of illness in Dunholm has risen to 23, the water company said.", 2));

        Assert.Empty(groups);
    }

    [Fact]
    public void Reports_of_the_same_hour_are_no_update()
    {
        var groups = Changed(
            ("Fourteen families have been moved into temporary flats while their homes in Brackley are repaired.", 0),
            ("The number of families moved out of their Brackley homes while repairs are carried out has risen to 22, the council said.", 0));

        Assert.Empty(groups);
    }

    [Theory]
    [InlineData("The number of families moved out has risen to 22.", "22", 1)]
    [InlineData("By Sunday evening the backlog had fallen to 280 bags.", "280", -1)]
    [InlineData("The number of schools due to have their roofs checked has been revised up to 17.", "17", 1)]
    public void A_figure_a_clause_moves_to_is_read_with_its_direction(string sentence, string figure, int direction)
    {
        Assert.Equal(direction, Assert.Single(Read(sentence), f => f.Text.Contains(figure, StringComparison.Ordinal)).MovedTo);
    }

    [Theory]
    [InlineData("Bookings for the trust's two open days have risen to 1,450.", "two")]
    [InlineData("The restructuring cuts up to 40 posts across the council.", "40")]
    [InlineData("Two children remain in hospital, down from four earlier in the week.", "four")]
    public void A_figure_that_names_what_changed_or_a_cap_is_not_moved(string sentence, string figure)
    {
        Assert.Null(Assert.Single(Read(sentence), f => f.Text.Contains(figure, StringComparison.Ordinal)).MovedTo);
    }
}
