using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The agent of a passive named through a role phrase that places the role in a body or a site before the comma ("by the
/// club's press officer at the Elm Park ground, Dana Roe"): the capitalised words after the preposition are where the
/// role is held, and the name after the comma is the doer.
/// </summary>
public sealed class PassiveAgentsInTheirBodyTests
{
    [Theory]
    [InlineData("The verdict was announced by the club's press officer at the Elm Park ground, Dana Roe.", "announce", "Dana Roe")]
    [InlineData("The plan was unveiled by the trust's project manager for the Marlow Bridge scheme, Owen Pask, on Friday.", "announce", "Owen Pask")]
    [InlineData("The figures were presented by the council's lead officer at Hollin House, Priya Dane, to a packed meeting.", "present", "Priya Dane")]
    public void A_role_held_at_a_named_place_or_body_names_the_agent_after_its_comma(string sentence, string role, string name)
    {
        var fact = Assert.Single(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role == role);

        Assert.Equal(NameKey.Of(name), fact.Value.Name);
    }
}
