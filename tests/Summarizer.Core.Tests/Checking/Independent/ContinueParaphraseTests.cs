using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// News says a state goes on as continuing, persisting, staying, remaining or carrying on: each is the other's word.
/// Every sentence is invented.
/// </summary>
public class ContinueParaphraseTests
{
    [Theory]
    [InlineData("The closures will remain.", "The closures will continue.")]
    [InlineData("The rain persisted.", "The rain continued.")]
    [InlineData("Lessons will carry on.", "Lessons will continue.")]
    public void Going_on_is_worded_either_way(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("The closures will end.", "The closures will continue.")]
    [InlineData("Lessons will resume.", "Lessons will carry on.")]
    public void Ending_or_resuming_is_not_going_on(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));
}
