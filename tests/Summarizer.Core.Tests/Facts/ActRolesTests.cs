using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Who did an act news names by a verb and its object, or by a verb that names the act only with a noun object.</summary>
public sealed class ActRolesTests
{
    [Theory]
    [InlineData("The coastguard was alerted when the alarm was raised by Moira Lusk from her kitchen window.", "alarm", "Moira Lusk", "alarm")]
    [InlineData("The ferry's master, Ivo Brandt, sent a mayday at dawn as water poured into the hold.", "alarm", "Ivo Brandt", "alarm")]
    [InlineData("A passing walker, Tomas Reiner, radioed the mountain rescue team.", "alarm", "Tomas Reiner", "alarm")]
    [InlineData("Station officer Lena Vasko, who gave the order to pull back, said nobody was hurt.", "order", "Lena Vasko", "pull")]
    [InlineData("Deputy mayor Oren Fisk broke the news to families at the town hall.", "announce", "Oren Fisk", "")]
    [InlineData("Chief executive Mara Quill told staff of the plan at a briefing on Tuesday.", "announce", "Mara Quill", "")]
    [InlineData("The editor, Ruth Dane, told employees at a meeting in the newsroom that morning.", "announce", "Ruth Dane", "")]
    [InlineData("Beth Arlow, a station officer, took command of the search from a van on the quay.", "command", "Beth Arlow", "search")]
    [InlineData("Piet Sandor, who was in charge of the crane that afternoon, has been suspended.", "command", "Piet Sandor", "crane")]
    [InlineData("The redundancies were confirmed by the group's finance director, Anil Rao, on Friday.", "announce", "Anil Rao", "redundancies")]
    [InlineData("The fire was made public on the trust's website by its director of estates, Ruth Ellam.", "announce", "Ruth Ellam", "fire")]
    [InlineData("The budget was put to the council on Monday by treasurer Ana Gorski.", "present", "Ana Gorski", "budget")]
    [InlineData("A lorry driver, Sam Kettle, spotted the smoke from the bypass.", "spot", "Sam Kettle", "smoke")]
    [InlineData("The leak was announced by the head of operations at Vell Water, Ida Krane, on Sunday.", "announce", "Ida Krane", "leak")]
    // An organiser and a conductor, read from their passives (participant48).
    [InlineData("The clean-up was organised by Nia Cole, who runs a beach group.", "organise", "Nia Cole", "clean-up")]
    [InlineData("It won with a 64-voice ensemble conducted by Rhian Tallis.", "lead", "Rhian Tallis", "ensemble")]
    // An event run by someone is organised by them (participant49).
    [InlineData("Friday's clean-up, run by Nia Cole and the Beach Guardians, filled 40 sacks.", "organise", "Nia Cole", "clean-up")]
    public void The_doer_of_an_act_named_by_verb_and_object_is_read(string sentence, string role, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize(obj), fact.RoleObject);
    }

    [Theory]
    [InlineData("Councillor Mia Dorn confirmed that the school would close.")]
    [InlineData("Inspector Joel Varga saw that the door had been forced.")]
    [InlineData("Harbour master Ed Pryce raised the fee for moorings.")]
    [InlineData("Site manager Colm Bright told staff to leave the building at once.")]
    [InlineData("Club secretary Ewan Lusk has run the marathon twice.")]
    public void A_verb_without_its_act_names_no_doer(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role is "announce" or "spot" or "alarm" or RoleReader.Organise);
    }

    [Fact]
    public void Two_sources_naming_different_people_who_raised_the_alarm_disagree()
    {
        var groups = Align(
            "The dredger Holt Star sank off Pellan Point on Monday. Her master, Ivo Brandt, sent a mayday at dawn.",
            "The dredger Holt Star sank off Pellan Point on Monday. The alarm was raised at dawn by a fisherman, Aled Crane.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "alarm"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void An_event_organised_by_a_group_names_no_organiser()
    {
        Assert.DoesNotContain(Read("A petition organised by the Wenn Crossing Users Group had gathered 900 names."), f => f.Value.Kind == ValueKind.Person);
    }

    [Theory]
    [InlineData("The beach clean-up on Friday was organised by Nia Cole.", "Friday's beach clean-up was organised by council ranger Mark Ellery.", "organise")]
    [InlineData("The city's choir won the cup in a final conducted by its musical director, Rhian Tallis.", "The city's choir won the cup in a final conducted on the night by deputy director Owen Madoc.", "lead")]
    public void Two_sources_naming_different_organisers_or_conductors_disagree(string first, string second, string role)
    {
        var groups = Align(first, second);

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == role));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    // Who found a thing, told actively by one outlet and in the passive by another (participant49).
    [Theory]
    [InlineData("Kitchen supervisor Dawn Hollick found the droppings early on Wednesday while checking deliveries.", "Dawn Hollick", "droppings")]
    [InlineData("A dog walker, Edda Rusk, discovered the body in woodland on Sunday.", "Edda Rusk", "body")]
    public void A_person_named_right_before_found_with_a_noun_object_found_it(string sentence, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "find");

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize(obj), fact.RoleObject);
    }

    [Theory]
    [InlineData("The review by Dr Ada Finch found the ward badly understaffed.")]
    [InlineData("Inspector Joel Varga found that the door had been forced.")]
    [InlineData("Magistrate Ruth Okoro found him guilty of careless driving.")]
    public void A_conclusion_or_a_finder_further_back_finds_nothing(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == "find");
    }

    [Fact]
    public void An_active_finder_and_another_outlets_passive_finder_disagree()
    {
        var groups = Align(
            "Kitchen supervisor Dawn Hollick found the droppings early on Wednesday while checking deliveries.",
            "The droppings were found on Monday 23 November by Priya Nandra, an environmental health officer.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "find"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
