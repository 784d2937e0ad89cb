using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Who decided or ordered an act, told with a verb, a decision noun or an instruction.</summary>
public sealed class DecisionMakersTests
{
    [Theory]
    [InlineData("Harbour master Ines Valk ordered the marina closed within minutes of the spill.", "Ines Valk", "close")]
    [InlineData("Oren Maddock, the trust's chief officer, who ordered the shutdown, said no date could be given.", "Oren Maddock", "close")]
    [InlineData("The inquiry was ordered on Friday by county leader Rhona Keel, who wants a report within a month.", "Rhona Keel", "investigation")]
    [InlineData("The decision to shut the library was taken by the council's director of culture, Ivo Brandt, after a survey.", "Ivo Brandt", "close")]
    [InlineData("Head teacher Noor Haddad closed the college for two days while engineers checked the ceilings.", "Noor Haddad", "close")]
    [InlineData("The alert, sent on Tuesday on the instruction of the region's chief medical officer, Dr Lise Amundsen, tells people to stay indoors.", "Lise Amundsen", "")]
    [InlineData("Captain Idris Vale made the decision to abort as the engine failed.", "Idris Vale", "abort")]
    [InlineData("The decision to shut the pier was taken by Holmby Borough Council's director of leisure, Aled Brynmor, after a survey.", "Aled Brynmor", "close")]
    public void Decision_makers_are_read_in_each_wording(string sentence, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == DecisionReader.Role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(obj, fact.RoleObject);
    }

    [Fact]
    public void A_closure_ordered_and_a_shutdown_ordered_by_different_people_disagree()
    {
        var groups = Align(
            "The Brisholm marina was closed on Monday. Harbour master Ines Valk ordered the marina closed within minutes of the fuel spill.",
            "Oren Maddock, chief officer of the Brisholm Marina Trust, who ordered the shutdown after the fuel spill, said no date for reopening could be given.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == DecisionReader.Role));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_closed_building_names_no_decision_maker()
    {
        Assert.DoesNotContain(Read("The Brisholm Leisure Centre closed on Monday for repairs."), f => f.Role == DecisionReader.Role);
    }

    [Fact]
    public void A_body_named_before_its_possessive_is_not_the_agent()
    {
        var people = Read("The fine was announced by Westry Port Authority's head of enforcement, Mara Quell, on Monday.")
            .Where(f => f.Value.Kind == ValueKind.Person && f.Role == "announce").ToList();

        Assert.Equal(NameKey.Of("Mara Quell"), Assert.Single(people).Value.Name);
    }
}
