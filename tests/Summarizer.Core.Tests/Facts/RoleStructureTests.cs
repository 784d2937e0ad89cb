using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Who did what, read from the sentence's structure: apposition, passive agents, inversion, delivery verbs.</summary>
public sealed class RoleStructureTests
{
    [Theory]
    [InlineData("The levy was announced by the council's treasurer, Oskar Vellman, on Monday.", "announce", "Oskar Vellman", "levy")]
    [InlineData("The penalty was announced by the board's chair, Ida Marrin.", "announce", "Ida Marrin", "penalty")]
    [InlineData("Petra Lindell, the agency's head of audits, announced the fine at a briefing.", "announce", "Petra Lindell", "penalty")]
    [InlineData("The senior judge, Anja Kolde, delivered the ruling on Friday.", "rule", "Anja Kolde", "ruling")]
    [InlineData("\"We cannot agree,\" Chief Justice Ola Brenn said as she read out the judgment.", "rule", "Ola Brenn", "ruling")]
    [InlineData("Prime Minister Halvar Sund conceded defeat after midnight.", "concede", "Halvar Sund", "defeat")]
    [InlineData("It fell to deputy leader Sanne Rolf to concede, in a half-empty hall.", "concede", "Sanne Rolf", "")]
    [InlineData("The trawler was skippered by Captain Mira Tolle, a local fisherman.", "command", "Mira Tolle", "vessel")]
    [InlineData("The ship was under the command of Captain Eino Varr, a veteran.", "command", "Eino Varr", "vessel")]
    [InlineData("Heading the procession was Jalo Brask, a retired teacher.", "lead", "Jalo Brask", "procession")]
    [InlineData("At its front was Tuula Renn, chair of the Residents' Forum.", "lead", "Tuula Renn", "")]
    [InlineData("Union boss Captain Lena Harrow said her members were angry.", "lead", "Lena Harrow", "union")]
    [InlineData("\"We are safe,\" said chief executive Hanna Obel.", "chief executive", "Hanna Obel", "")]
    [InlineData("Dunmore's chief executive, Daniel Steer, said the group would not pay.", "chief executive", "Daniel Steer", "")]
    public void Roles_are_read_through_apposition_agents_and_inversion(string sentence, string role, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == role && f.RoleObject == obj);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
    }

    [Theory]
    [InlineData("It was Ivo Marsh, the union's regional organiser, who confirmed on Sunday that the strike would go ahead.", "announce", "Ivo Marsh")]
    [InlineData("But it was the second officer, Lise Aberg, who took the decision and led the crew ashore.", "lead", "Lise Aberg")]
    [InlineData("It was Petra Quell who found the hoard.", "find", "Petra Quell")]
    [InlineData("It was Halden Farms' regional director, Ruth Oyelowo, who announced on Monday that the site would shut.", "announce", "Ruth Oyelowo")]
    public void A_cleft_names_its_focused_doer_and_no_body_in_its_apposition(string sentence, string role, string name)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
    }

    [Fact]
    public void A_plural_noun_opening_the_sentence_takes_the_agent_of_its_participle()
    {
        var fact = Assert.Single(Read("Engineers led by council surveyor Mara Quill spent the morning inspecting the bridge."), f => f.Value.Kind == ValueKind.Person && f.Role == "lead");

        Assert.Equal(NameKey.Of("Mara Quill"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("engineers"), fact.RoleObject);
    }

    [Fact]
    public void A_name_opening_the_sentence_is_still_the_subject_of_its_verb()
    {
        var fact = Assert.Single(Read("Mara Quill led the review ordered by the council in March."), f => f.Value.Kind == ValueKind.Person && f.Role == "lead");

        Assert.Equal(NameKey.Of("Mara Quill"), fact.Value.Name);
    }

    [Fact]
    public void A_cleft_that_corrects_who_confirmed_it_disagrees_with_the_passive_agent()
    {
        var groups = Align(
            "The strike was confirmed late on Sunday by Ada Finch, general secretary of the Harbour Workers' Union.",
            "It was Ivo Marsh, the Harbour Workers' Union's regional organiser, who confirmed on Sunday evening that the strike would go ahead.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "announce"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_chairman_named_after_the_role_keeps_the_body_chaired()
    {
        var fact = Assert.Single(Read("Captain Rafe Olund, chairman of the association, repeated his message."), f => f.Value.Kind == ValueKind.Person && f.Role == "chair");

        Assert.Equal(NameKey.Of("Rafe Olund"), fact.Value.Name);
    }

    [Fact]
    public void Two_sources_naming_different_people_for_one_office_disagree()
    {
        var groups = Align(
            "The fine was announced on Monday. Petra Lindell, the agency's head of audits, announced the penalty at a briefing in Corvel.",
            "The fine was announced by the agency's chair, Tomas Ferr, at a briefing in Corvel.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "announce"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void The_chair_and_the_boss_of_one_body_hold_one_office()
    {
        var groups = Align(
            "\"Enough,\" union chairman Captain Rafe Olund told reporters at the airport.",
            "Union boss Captain Lena Harrow told reporters at the airport that members were angry.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role is "lead" or "chair"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_header_is_no_leadership()
    {
        Assert.DoesNotContain(Read("Tomas Elvar headed Rossmere in front midway through the half."), f => f.Role == "lead");
    }

    [Fact]
    public void The_chair_and_the_head_of_different_bodies_do_not_meet()
    {
        var groups = Align(
            "Green Coast leader Tomas Ellberg said his party was ready to talk.",
            "The hard-right Northern List won a dozen seats, and its leader Bruno Tesk vowed to be loud.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }

    [Fact]
    public void Whoever_each_source_says_delivered_the_ruling_is_one_role()
    {
        var groups = Align(
            "The senior judge, Anja Kolde, delivered the ruling on Friday morning.",
            "\"Privacy is not for sale,\" Chief Justice Ola Brenn said as she read out the judgment.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == "rule"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void Heads_of_differently_named_bodies_hold_different_offices()
    {
        var groups = Align(
            "Rosmar boss Stefan Rudd fumed that the decision was wrong after the final.",
            "The federation's head of referees, Ona Marr, called the decision in the final textbook.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }
}
