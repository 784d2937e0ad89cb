using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

public sealed class WithoutPhraseMoodTests
{
    [Fact]
    public void ACountAfterTheWithoutPhraseIsAsserted() =>
        Assert.Equal(FactMood.Asserted, FactTestKit.Value("The defeat stretched their run without a home win to 14 games.").Mood);

    [Fact]
    public void ACountInsideTheWithoutPhraseIsStillDenied() =>
        Assert.Equal(FactMood.Negated, Assert.Single(FactTestKit.Read("The village was left without two of its buses."), f => f.Value.Kind == ValueKind.Count).Mood);
}
