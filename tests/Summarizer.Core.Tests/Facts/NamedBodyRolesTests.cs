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
    [Theory]
    [InlineData("Chairman Piers Dunmore said the club would appeal against the closure order.", "Ines Varley, who chairs the Ferris Lane Residents' Association, said the closure order was overdue.")]
    [InlineData("General secretary Rosa Pell told members the deal was the best on offer.", "Tom Akers, who leads the Guild of Harbour Pilots, called the deal a missed chance.")]
    [InlineData("The outgoing head, Alma Roote, thanked staff for their work.", "Kit Osei, who leads Brookside Academy, will take charge of the school from January.")]
    public void An_office_of_a_named_body_is_not_the_office_held_with_no_body_named(string bare, string named)
    {
        var groups = Align(
            $"The ruling was published on Monday. {bare}",
            $"The ruling was published on Monday. {named}");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }

    [Fact]
    public void Two_offices_held_with_no_body_named_still_disagree()
    {
        var groups = Align(
            "The ruling was published on Monday. Chairman Piers Dunmore said the club would appeal against the closure order.",
            "The ruling was published on Monday. Chairman Hal Brierley said the club would appeal against the closure order.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }

    [Theory]
    [InlineData("Chair Dominic Vane said the club would fight the points deduction in the courts.", "The appeals tribunal, chaired by Edith Marr, upheld the points deduction on Tuesday.")]
    [InlineData("Chairman Rhys Amberton told members the society would contest the planning refusal.", "The planning committee, chaired by Nell Oakes, confirmed the refusal after a two-hour meeting.")]
    [InlineData("Speaking outside the ground, Chair Laila Osei called the doping ban unjust.", "A three-member hearing chaired by Conor Wyle imposed the doping ban in March.")]
    public void An_office_title_and_the_chair_of_a_named_panel_are_different_roles(string office, string act)
    {
        var groups = Align(
            $"The ruling was published on Monday. {office}",
            $"The ruling was published on Monday. {act}");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }

    // A club, a family firm or an institution credited with the act is no person doing it (participant49).
    [Theory]
    [InlineData("Ashby Brothers has issued notices to its staff, days after announcing that its store will close.")]
    [InlineData("The cup tie between Harnley Town and Brookvale Athletic will be replayed after the league ruled that the match cannot stand.")]
    [InlineData("The kitchen at Ebbsworth General Hospital was ordered shut on Wednesday.")]
    public void A_name_ending_as_a_bodys_is_no_doer(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Person && f.Role is "announce" or "rule" or "order");
    }
}
