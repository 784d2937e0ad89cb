using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Who proposed a measure when the clause is reduced ("The levy, proposed by", "who proposed closure"), who led when the
/// verb "be" is present ("Leading the search is"), and what a body chaired or led did when it is itself a passive's agent.
/// </summary>
public sealed class ProposersAndLeadBodiesTests
{
    [Theory]
    [InlineData("The levy, proposed by Councillor Ines Varga, deputy leader, would raise £2m a year.", "levy", "Ines Varga")]
    [InlineData("Councillor Tomas Brill, who proposed deferral, said the scheme needed more work.", "deferral", "Tomas Brill")]
    public void A_reduced_or_bare_proposal_names_its_proposer(string sentence, string obj, string name)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == ProposalReader.Role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize(obj), fact.RoleObject);
    }

    [Fact]
    public void Moved_alone_with_a_bare_noun_is_no_proposal()
    {
        Assert.DoesNotContain(Read("Carla Mendes, who moved house last spring, said the noise was constant."), f => f.Role == ProposalReader.Role);
    }

    [Fact]
    public void The_leader_after_present_tense_be_in_an_inversion_is_read()
    {
        var fact = Assert.Single(Read("Leading the search is Inspector Odile Rask, a veteran of mountain rescues."), f => f.Value.Kind == ValueKind.Person && f.Role == "lead");

        Assert.Equal(NameKey.Of("Odile Rask"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("search"), fact.RoleObject);
    }

    [Fact]
    public void A_chaired_body_that_did_the_act_takes_the_act_as_its_object()
    {
        var fact = Assert.Single(Read("The audit was carried out by a committee chaired by retired judge Wenda Kallis."), f => f.Value.Kind == ValueKind.Person && f.Role == "chair");

        Assert.Equal(NameKey.Of("Wenda Kallis"), fact.Value.Name);
        Assert.Equal(RoleReader.Normalize("audit"), fact.RoleObject);
    }

    [Fact]
    public void A_chaired_body_and_a_led_act_of_one_story_are_one_role()
    {
        var groups = Align(
            "The audit, led by accountant Mirela Dosti, found the charity had overspent.",
            "The audit was carried out by a committee chaired by retired judge Wenda Kallis, and found the charity had overspent.");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role is "lead" or "chair"));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
