using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Who proposed a measure: moved, put forward, tabled, active or passive.</summary>
public sealed class ProposersTests
{
    [Theory]
    [InlineData("Council leader Orla Penhallow moved the budget, telling the chamber the gap had widened.", "Orla Penhallow", "budget")]
    [InlineData("The budget was put forward by Councillor Bryn Teague, the cabinet member for finance.", "Bryn Teague", "budget")]
    [InlineData("The budget was moved by Cllr Bryn Teague at Thursday's meeting.", "Bryn Teague", "budget")]
    [InlineData("Ines Marwood, the cabinet member for parks, who put forward the proposals, said there was no choice.", "Ines Marwood", "proposal")]
    [InlineData("Senator Ruth Calloway tabled the amendment late on Tuesday.", "Ruth Calloway", "amendment")]
    public void Proposers_are_read_in_each_wording(string sentence, string name, string obj)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == ProposalReader.Role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(obj, fact.RoleObject);
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
