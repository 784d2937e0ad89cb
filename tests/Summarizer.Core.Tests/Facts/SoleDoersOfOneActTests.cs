using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>Each source's one person in a role is the one doer of the story's act, however differently the sentences are worded.</summary>
public sealed class SoleDoersOfOneActTests
{
    private const string Setting = "Fire broke out at the Harwick flour mill on Monday night.";

    [Theory]
    [InlineData("A lorry driver, Sam Kettle, spotted the smoke from the bypass.", "Postman Ivo Grant saw the blaze while on his round.", "spot")]
    [InlineData("Station officer Lena Vasko led the evacuation of neighbouring flats.", "The operation was commanded by watch manager Piotr Halas from a van outside.", "lead")]
    [InlineData("The closure was announced by finance director Anil Rao.", "Managing director Beth Arlow unveiled a compensation scheme for staff.", "announce")]
    public void Sole_doers_whose_sentences_share_no_words_disagree(string first, string second, string role)
    {
        var groups = Align($"{Setting} {first}", $"{Setting} {second}");

        var group = Assert.Single(groups, g => g.Facts.Any(f => f.Value.Kind == ValueKind.Person && f.Role is { } r && (r == role || (role == "lead" && r == "command"))));
        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }

    [Fact]
    public void A_source_naming_two_doers_in_the_role_pairs_neither_without_shared_words()
    {
        var groups = Align(
            $"{Setting} A lorry driver, Sam Kettle, spotted the smoke from the bypass. A cyclist, Ann Lowe, noticed the flames later.",
            $"{Setting} Postman Ivo Grant saw the blaze while on his round.");

        Assert.DoesNotContain(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.Any(f => f.Value.Kind == ValueKind.Person));
    }
}
