using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

public sealed class WinlessRunsTests
{
    [Fact]
    public void GamesAndMatchesWithoutAWinOrAVictoryAreOneCount()
    {
        var groups = FactTestKit.Align(
            "The club sacked its coach after a run without a league win stretched to 12 games.",
            "The club has dismissed its coach following ten league matches without a victory.");

        Assert.Contains(groups, g => g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Count));
    }
}
