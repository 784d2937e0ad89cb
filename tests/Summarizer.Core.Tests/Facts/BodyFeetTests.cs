using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "Walked out on their own two feet": feet a person owns are the body's, not a length in feet; a figure in feet that
/// no one owns, or a unit glued to its figure, is still a length.
/// </summary>
public sealed class BodyFeetTests
{
    [Theory]
    [InlineData("Everyone walked out on their own two feet, the manager said.")]
    [InlineData("The climber came down the hill on his two feet.")]
    public void Feet_someone_owns_are_no_length(string sentence) =>
        Assert.DoesNotContain(Read(sentence), f => f.Value.Kind == ValueKind.Quantity);

    [Theory]
    [InlineData("The wave rose two feet above the harbour wall.")]
    [InlineData("Their 40-foot yacht ran aground off the point.")]
    public void Feet_of_a_measure_are_still_a_length(string sentence) =>
        Assert.Contains(Read(sentence), f => f.Value.Kind == ValueKind.Quantity && f.Value.Unit == "length");
}
