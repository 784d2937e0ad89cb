using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A figure told in a relative clause set off after a person ("X, who has run the shop for 30 years,") is that person's:
/// it is no version of the story's own figure, however many of the story's names the two sentences share.
/// </summary>
public sealed class PersonAsidesTests
{
    private static List<AlignedGroup> Durations(params string[] texts) =>
        FactTestKit.Align(texts).Where(g => g.Facts.All(f => f.Value.Kind == ValueKind.Duration)).ToList();

    [Theory]
    [InlineData("Shopkeeper Ann Reid, who has run the corner store on Dock Street for 30 years, said trade had collapsed.")]
    [InlineData("Councillor Priya Shah, who chaired the planning committee for nine years, voted against the scheme.")]
    [InlineData("The farm belongs to Owen Pryce, who keeps 200 sheep on the hill above the village.")]
    public void A_figure_in_a_persons_aside_is_theirs(string sentence) =>
        Assert.True(FactTestKit.Value(sentence).InPersonsAside);

    [Theory]
    [InlineData("Dr Lena Ortiz, who said 14 patients had been treated, praised the crews.")] // what they said is the story's
    [InlineData("The 40 residents who were moved out spent the night in a school hall.")] // the figure names the group
    [InlineData("Ann Reid, who runs the corner store, said 30 customers had complained.")] // the aside has closed
    public void A_figure_outside_a_persons_aside_is_the_storys(string sentence) =>
        Assert.False(FactTestKit.Value(sentence).InPersonsAside);

    [Fact]
    public void A_persons_tenure_is_no_version_of_the_storys_span()
    {
        var groups = Durations(
            "The Kelby bakery in Marston will close in March. Output at the Kelby bakery in Marston has fallen sharply over the past three years.",
            "The Kelby bakery in Marston is to shut in March. Joan Pell, who has worked at the Kelby bakery in Marston for 19 years, said output had fallen sharply.");

        Assert.Empty(groups);
    }

    [Fact]
    public void A_persons_span_does_not_fill_the_slot_of_the_events_span()
    {
        // No shared words tie the two: only the duration slot (each outlet's one early span) could join them.
        var groups = Durations(
            "Lifeboat crews searched the estuary for nine hours before the missing dinghy was found.",
            "Coxswain Ian Moss, who had been on duty for seven hours, praised his volunteers.");

        Assert.Empty(groups);
    }

    [Fact]
    public void Two_outlets_tenures_of_one_person_still_meet()
    {
        var groups = Durations(
            "The Kelby bakery in Marston closed on Friday. Baker Joan Pell, who had worked at the Marston bakery for 19 years, was among those told.",
            "The Kelby bakery in Marston shut its doors on Friday. Joan Pell, who had worked at the Marston bakery for 21 years, said she was heartbroken.");

        var group = Assert.Single(groups);
        Assert.Equal("Disagree: 1 | 2", FactTestKit.Describe(group));
    }
}
