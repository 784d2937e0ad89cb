using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

public sealed class DriversAndMotoristsTests
{
    [Fact]
    public void DriversAndMotoristsCaughtByOneCameraAreOneCount()
    {
        var group = FactTestKit.CountGroup(
            "The town has stopped its speed camera after 2,100 drivers were caught in a week on the bypass.",
            "A speed camera on the bypass snared more than 3,000 motorists in its first week.");

        Assert.Equal(AlignmentLabel.Disagree, group.Label);
    }
}
