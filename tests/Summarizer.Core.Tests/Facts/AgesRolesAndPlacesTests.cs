using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Whose age a figure is, who fills a role, and where: read so that two sources' versions meet (invented sentences).</summary>
public sealed class AgesRolesAndPlacesTests
{
    [Fact]
    public void The_N_year_old_is_the_person_named_before()
    {
        var groups = Align(
            "Banker Ilse Voorn was jailed on Monday.\n\nJudge Amos Pell called the 52-year-old reckless.",
            "Ilse Voorn, 53, was jailed for fraud.");

        var group = Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Age);
        Assert.Equal("Disagree: 1 | 2", Describe(group));
    }

    [Fact]
    public void A_single_name_set_off_before_an_age_is_the_person()
    {
        var groups = Align("Okoro, 61, won the race on Sunday.", "Dele Okoro, 63, won the race.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Age)));
    }

    [Fact]
    public void Two_different_age_bounds_of_one_group_disagree()
    {
        var groups = Align("The trial enrolled adults aged 50 and over.", "The trial enrolled people aged 55 and over.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
    }

    [Fact]
    public void Ages_in_a_list_are_compared_place_by_place()
    {
        var groups = Align("The women, aged 22 and 27, were arrested.", "The two women arrested on Friday, aged 22 and 29, were released.");

        var group = Assert.Single(groups, g => g.Label == AlignmentLabel.Disagree);
        Assert.Equal([27.0, 29.0], group.Facts.Select(f => f.Value.Range.Low).Order());
    }

    [Fact]
    public void The_judge_of_a_case_is_who_ruled_and_the_sentenced_man_is_not()
    {
        var groups = Align("Judge Anna Lind told the court the fraud was vast.", "Justice Peter Holm told the court the fraud was vast.");
        var sentenced = Read("Ivo Brandt, the founder of Nordbank, was sentenced to six years.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups)));
        Assert.DoesNotContain(sentenced, f => f.Role == "rule");
    }

    [Fact]
    public void Who_found_it_is_a_role_even_when_the_find_is_named_differently()
    {
        var groups = Align("The Roman hoard was found in a field by metal detectorist Carl Imre.", "The Roman coins were discovered in a field by farmer Joan Tesk.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Person)));
    }

    [Fact]
    public void Who_commanded_an_operation_led_it()
    {
        var groups = Align(
            "The search operation was commanded by Inspector Lars Vikander, police said.",
            "Sergeant Mia Roos, who led the search operation, said the fog had lifted.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Person)));
    }

    [Fact]
    public void A_role_noun_before_a_name_gives_the_role_but_a_deputy_is_not_the_leader()
    {
        var leader = Read("Union leader Maja Holt said members would strike.");
        var deputy = Read("Deputy leader Ravi Senn said members would strike.");

        Assert.Contains(leader, f => f.Role == "lead" && f.Value.Name == "maja holt");
        Assert.DoesNotContain(deputy, f => f.Role == "lead");
    }

    [Fact]
    public void A_named_site_of_the_company_is_where_it_happens()
    {
        var groups = Align("Tomas Motors will close its Breda plant next year.", "Tomas Motors will shut its assembly plant in Vinto next year.");

        Assert.Equal("Disagree: 1 | 2", Describe(Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Place)));
    }

    [Fact]
    public void A_place_reads_on_over_the_town_it_is_in()
    {
        var groups = Align("The prize was presented at a ceremony at Kell Hall in Ordsby.", "The prize was presented at a ceremony in Ordsby Cathedral.");

        var group = Assert.Single(groups, g => g.Facts.First().Value.Kind == ValueKind.Place);
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
        Assert.Equal("at Kell Hall in Ordsby", group.Versions[0].First.Text);
    }
}
