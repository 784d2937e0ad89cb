using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A small count of performers ("two performers") is what a source counting its cast members, actors, dancers or
/// musicians states: news names the people on a stage by any of those words. Every sentence is invented.
/// </summary>
public class PerformerCountTests
{
    [Theory]
    [InlineData("Three cast members were treated for smoke inhalation.", "Three actors were treated for smoke inhalation.")]
    [InlineData("Two of the dancers were hurt when the stage gave way.", "Two performers were hurt when the stage gave way.")]
    [InlineData("Two singers were treated for food poisoning.", "Two performers were treated for food poisoning.")]
    public void Performers_are_counted_by_any_word_for_them(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Two stagehands were hurt when the stage gave way.", "Two performers were hurt when the stage gave way.")]
    [InlineData("Three cast members were treated for smoke inhalation.", "Four actors were treated for smoke inhalation.")]
    public void Other_people_or_another_count_are_not_the_performers(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));
}
