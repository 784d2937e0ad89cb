using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A speed, a size, a sum or a share that names no noun after it is the figure of its clause's subject ("the hovercraft
/// was running at 40mph", "a season ticket now costs £310 a year"): two such figures whose subjects name different things are
/// two measures, never rival versions of one (<see cref="MeasureSignature.Subject"/>). A subject that names the figure's own
/// kind of value ("the bill", "shares"), the object of a preposition or one of several joined subjects is no owner. Every
/// sentence here is invented for the test.
/// </summary>
public sealed class FigureOwnersTests
{
    [Theory]
    [InlineData("The hovercraft was running at about 40mph when the fog came down.", "hovercraft")]
    [InlineData("A season ticket now costs £310 a year.", "ticket")]
    [InlineData("The old tram was moving at 12mph.", "tram")]
    [InlineData("Sadly, the minibus was moving at 45mph at the time.", "minibu")]
    public void A_figure_with_no_noun_after_it_is_its_subjects(string sentence, string subject) =>
        Assert.Equal(subject, Value(sentence).Signature.Subject);

    [Theory]
    [InlineData("The heating bill was running at £80,000 a month.")] // the sum's own noun says what it is, not whose
    [InlineData("Trading was halted when the brewer's shares slipped 4%.")] // so does a share price's
    [InlineData("Levels along the towpath reached 1.2 metres.")] // a preposition's object
    [InlineData("Lining, lighting and new seating will cost £2m.")] // one of several joined subjects
    [InlineData("The 30mph zone begins at the school gates.")] // a noun after the figure names what it measures
    public void A_subject_that_owns_no_figure_is_not_read(string sentence) =>
        Assert.Equal("", Value(sentence).Signature.Subject);

    [Fact]
    public void Two_things_speeds_are_two_measures_but_a_general_noun_may_be_either()
    {
        var hovercraft = Value("The hovercraft was running at about 40mph when the fog came down.").Signature;
        var tram = Value("The old tram was moving at 12mph.").Signature;
        var vehicle = Value("The vehicle was moving at 12mph.").Signature;
        Assert.True(hovercraft.OtherMeasure(tram));
        Assert.False(hovercraft.OtherMeasure(vehicle));
    }

    [Fact]
    public void Each_outlets_speed_of_another_thing_in_one_collision_is_no_rival_version()
    {
        var groups = Align(
            "A hovercraft struck a canoe off the slipway at Upper Wraybank on Tuesday evening, the coastguard said. The hovercraft was travelling at about 35mph, according to the marine inspectors.",
            "Marine inspectors said a canoe was hit by a hovercraft off the Upper Wraybank slipway on Tuesday evening. The canoe was travelling at about 8mph, the inspectors said.");
        Assert.DoesNotContain(groups, SpeedsConflict);
    }

    [Fact]
    public void One_things_speed_told_by_two_outlets_still_conflicts()
    {
        var groups = Align(
            "A hovercraft struck a canoe off the slipway at Upper Wraybank on Tuesday evening, the coastguard said. The hovercraft was travelling at about 35mph, according to the marine inspectors.",
            "Marine inspectors said a canoe was hit by a hovercraft off the Upper Wraybank slipway on Tuesday evening. The hovercraft was travelling at about 50mph, the inspectors said.");
        Assert.Contains(groups, SpeedsConflict);
    }

    private static bool SpeedsConflict(AlignedGroup group) =>
        group.Label == AlignmentLabel.Disagree && group.Facts.All(f => f.Value.Kind == ValueKind.Quantity) && group.Sources.Count == 2;
}
