using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// The body a chair or leader heads, when it is named ("chairman of the Harbour Users' Forum", "who leads the Guild of
/// Ferry Pilots") or named apart from the role ("Its chair, ..."): heads of two different bodies hold different offices.
/// </summary>
public sealed class NamedBodyRolesTests
{
    [Theory]
    [InlineData("Ivo Brandt, chairman of the Harbour Users' Forum, said the pier should never have been opened.", "forum")]
    [InlineData("Nadia Quell, who leads the Guild of Ferry Pilots, said crews had raised the alarm months ago.", "guild")]
    [InlineData("Tomas Reyne, who chairs the Save Ostley Pier group, said the pier should never have been opened.", "group")]
    [InlineData("Its chair, Ivo Brandt, said the pier should never have been opened.", "its")]
    public void A_named_body_is_what_the_role_heads(string sentence, string body)
    {
        var role = Assert.Single(Read(sentence), f => f.Role is "chair" or "lead");

        Assert.Equal(body, role.RoleObject);
        Assert.True(role.Office);
    }

    [Fact]
    public void Chairs_of_two_named_bodies_are_no_disagreement()
    {
        var groups = Align(
            "The pier at Ostley was closed on Friday after a section of decking gave way. Councillor Ada Morrow, who chairs the town council, said repairs would be paid for from reserves.",
            "The pier at Ostley was closed on Friday after a section of decking gave way. Tomas Reyne, who chairs the Save Ostley Pier group, said campaigners had warned about rotten timber for years.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }
}
