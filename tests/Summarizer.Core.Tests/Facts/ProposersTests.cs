using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Who proposed a measure: moved, brought, put forward, tabled, active or passive.</summary>
public sealed class ProposersTests
{
    [Theory]
    [InlineData("Council leader Orla Penhallow moved the budget, telling the chamber the gap had widened.", "Orla Penhallow", "budget")]
    [InlineData("The budget was put forward by Councillor Bryn Teague, the cabinet member for finance.", "Bryn Teague", "budget")]
    [InlineData("The budget was moved by Cllr Bryn Teague at Thursday's meeting.", "Bryn Teague", "budget")]
    [InlineData("Ines Marwood, the cabinet member for parks, who put forward the proposals, said there was no choice.", "Ines Marwood", "proposal")]
    [InlineData("Senator Ruth Calloway tabled the amendment late on Tuesday.", "Ruth Calloway", "amendment")]
    [InlineData("The proposal was brought by the council leader, Rosalind Achebe, at a meeting in Pendlecombe House.", "Rosalind Achebe", "proposal")]
    [InlineData("The no-confidence motion, brought by Cllr Priya Lockwood, was carried 29-24.", "Priya Lockwood", "motion")]
    [InlineData("Councillor Ivo Lund brought a motion calling for the sale to be halted.", "Ivo Lund", "motion")]
    public void Proposers_are_read_in_each_wording(string sentence, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == ProposalReader.Role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(obj, fact.RoleObject);
    }

    [Theory]
    [InlineData("The boy was brought ashore by lifeboat crew member Dan Ellery.")]
    [InlineData("Shepherd Owen Pryce brought the flock down from the fell on Sunday.")]
    public void Bringing_a_person_or_a_thing_proposes_nothing(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Role == ProposalReader.Role);
    }

    [Fact]
    public void Two_sources_naming_different_people_bringing_the_motion_disagree()
    {
        var groups = Align(
            "Carrowdale council voted on the motion on Tuesday. The motion was brought by Cllr Priya Lockwood at the Carrowdale council meeting.",
            "The motion was brought at the Carrowdale council meeting by Cllr Ossian Marr, leader of the opposition group.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == ProposalReader.Role));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void Moving_a_thing_proposes_nothing()
    {
        Assert.DoesNotContain(Read("Farmer Owen Pryce moved the cattle to higher ground on Sunday."), f => f.Role == ProposalReader.Role);
    }

    [Fact]
    public void Two_sources_naming_different_movers_of_the_budget_disagree()
    {
        var groups = Align(
            "Tarrow council approved a 4.9% rise. Council leader Orla Penhallow moved the budget at the Tarrow council meeting.",
            "The budget was moved at the Tarrow council meeting by Cllr Bryn Teague, cabinet member for finance.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role == ProposalReader.Role));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
