using Summarizer.Evaluation.Trust.Normalising;
using Summarizer.Evaluation.Trust.Scoring;

namespace Summarizer.Core.Tests.Evaluation.Trust;

/// <summary>Rule 8 ("numbers held"): a file holds the clock time of a spoken hour, on the half of the day its words give.</summary>
public sealed class ClockHoursTests
{
    private static bool Holds(string article, string claim)
    {
        var held = ClockHours.Held(new TrustText(article));
        var source = new TrustText(article);
        return new TrustText(claim).Figures.All(f => source.Tokens.Any(f.FoundAs) || held.Any(f.FoundAs));
    }

    [Theory]
    [InlineData("The barge struck the gate shortly before nine o'clock on Monday morning.", "shortly before nine o'clock on Monday (9am)", true)]
    [InlineData("The barge struck the gate shortly before nine o'clock on Monday morning.", "shortly before nine o'clock on Monday (9pm)", false)]
    [InlineData("The alarm was raised at ten o'clock that night.", "at ten o'clock (10pm)", true)]
    [InlineData("The alarm was raised at ten o'clock that night.", "at ten o'clock (10am)", false)]
    [InlineData("The alarm was raised at ten o'clock.", "at ten o'clock (10pm)", true)]
    [InlineData("The alarm was raised at ten o'clock.", "at 11pm", false)]
    [InlineData("The tower fell at about half past seven on Sunday morning.", "about half past seven on Sunday (7.30am)", true)]
    [InlineData("The tower fell at about half past seven on Sunday morning.", "about half past seven on Sunday (7.30pm)", false)]
    [InlineData("The tower fell at a quarter to six.", "at a quarter to six (5.45pm)", true)]
    [InlineData("The tower fell at a quarter to six.", "at a quarter to six (6.45pm)", false)]
    [InlineData("The lorry overturned at about four in the morning near the depot.", "at about four in the morning (4am)", true)]
    [InlineData("The lorry overturned at about four in the morning near the depot.", "at about four in the morning (4pm)", false)]
    [InlineData("Stewards opened the gates shortly after six this evening.", "shortly after six this evening (6pm)", true)]
    [InlineData("Stewards opened the gates shortly after six this evening.", "shortly after six this evening (6am)", false)]
    [InlineData("The last bus left at eleven at night.", "at eleven at night (11pm)", true)]
    [InlineData("Five people in the morning queue were turned away.", "Five people (5am)", false)]
    public void A_spoken_hour_holds_its_clock_time(string article, string claim, bool held) =>
        Assert.Equal(held, Holds(article, claim));
}
