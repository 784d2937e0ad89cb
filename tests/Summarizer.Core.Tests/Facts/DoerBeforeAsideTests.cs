using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// An aside set off by commas between a person's name and the verb ("Dorcas Flitwick, an inspector with the Industrial
/// Safety Executive, is leading the investigation") describes that person: the names inside it, the body they work for or
/// the town their brigade covers, are not who acted, and a proper name of an organisation is never a rival doer.
/// </summary>
public sealed class DoerBeforeAsideTests
{
    [Theory]
    [InlineData("Dorcas Flitwick, an inspector with the Industrial Safety Executive, is leading the investigation into what ignited the dust.", "Dorcas Flitwick")]
    [InlineData("Group Manager Evander Ferrity, of the fire brigade covering Brisley Staithe, has led the investigation since the night of the explosion.", "Evander Ferrity")]
    [InlineData("Mara Quint, a surveyor with Hollin Water Board, led the inspection of the dam on Monday.", "Mara Quint")]
    public void The_doer_is_the_name_the_aside_follows(string sentence, string doer)
    {
        var led = Assert.Single(Read(sentence), f => f.Role == "lead");

        Assert.EndsWith(doer, led.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("On Tuesday, the board's chair, Ada Finch, led the review of the accounts.", "Ada Finch")]
    [InlineData("Emma Ward, 43, led the rescue from the lifeboat station.", "Emma Ward")]
    [InlineData("Ada Finch of the Port Authority led the review.", "Ada Finch")]
    public void Names_without_an_aside_after_them_read_as_before(string sentence, string doer)
    {
        var led = Assert.Single(Read(sentence), f => f.Role == "lead");

        Assert.EndsWith(doer, led.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bodies_two_leaders_work_for_are_no_rival_leaders()
    {
        var groups = Align(
            "A silo exploded at the mill on Tuesday. Dorcas Flitwick, an inspector with the Industrial Safety Executive, is leading the investigation.",
            "A silo exploded at the mill on Tuesday. Group Manager Evander Ferrity, of the fire brigade covering Brisley Staithe, has led the investigation.");

        var people = groups.Where(g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person))
            .SelectMany(g => g.Facts).Select(f => f.Text).ToList();
        Assert.DoesNotContain(people, p => p.Contains("Industrial", StringComparison.Ordinal) || p.Contains("Brisley", StringComparison.Ordinal));
    }
}
