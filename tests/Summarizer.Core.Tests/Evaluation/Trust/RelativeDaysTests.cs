using Summarizer.Evaluation.Trust.Normalising;
using Summarizer.Evaluation.Trust.Scoring;

namespace Summarizer.Core.Tests.Evaluation.Trust;

/// <summary>Rule 8 ("numbers held"): a file holds the dates its relative days resolve to from its published day.</summary>
public sealed class RelativeDaysTests
{
    private static readonly DateOnly Thursday = new(2026, 3, 12);

    private static bool Holds(string article, string claim)
    {
        var held = RelativeDays.Held(new TrustText(article), Thursday);
        var source = new TrustText(article);
        return new TrustText(claim).Figures.All(f => source.Tokens.Any(f.FoundAs) || held.Any(f.FoundAs));
    }

    [Theory]
    [InlineData("The Orska dam gave way on Wednesday.", "Wednesday (11 March 2026)", true)]
    [InlineData("The Orska dam gave way yesterday.", "yesterday (Wednesday 11 March 2026)", true)]
    [InlineData("The Orska dam will be inspected on Monday.", "Monday (16 March 2026)", true)]
    [InlineData("The Orska dam gave way last night.", "last night (Wednesday 11 March 2026)", true)]
    [InlineData("The Orska dam gave way last night.", "last night (Thursday 12 March 2026)", false)]
    [InlineData("The Orska dam gave way on Wednesday.", "Wednesday (4 March 2026)", false)]
    [InlineData("The Orska dam gave way on Wednesday.", "Wednesday (11 March 2025)", false)]
    [InlineData("The Orska dam gave way last spring.", "11 March 2026", false)]
    [InlineData("The Orska dam has leaked since May last year.", "since May last year (2025)", true)]
    [InlineData("The Orska dam will be rebuilt next year.", "next year (2027)", true)]
    [InlineData("The Orska dam has leaked since May last year.", "since May last year (2024)", false)]
    [InlineData("The Orska dam was built last century.", "2025", false)]
    public void A_relative_day_holds_the_date_it_resolves_to(string article, string claim, bool held) =>
        Assert.Equal(held, Holds(article, claim));

    [Theory]
    [InlineData("The new Orska dam opens on 1 August.", "1 August (2026)", true)]
    [InlineData("The Orska dam opened on 20 November.", "20 November (2025)", true)]
    [InlineData("The new Orska dam opens on 1 August.", "1 August (2027)", false)]
    [InlineData("The Orska dam opened on 20 November.", "20 November (2026)", false)]
    [InlineData("The Orska dam opened on 20 November 2024.", "20 November (2025)", false)]
    public void A_date_without_its_year_holds_the_year_nearest_the_published_day(string article, string claim, bool held) =>
        Assert.Equal(held, Holds(article, claim));

    [Theory]
    [InlineData("The Orska dam was last inspected in January.", "January (2026)", true)]
    [InlineData("The Orska dam was last inspected in January.", "January (2025)", false)]
    [InlineData("The Orska dam reopens in August.", "August (2026)", true)]
    [InlineData("The Orska dam reopens in May.", "May (2026)", true)]
    [InlineData("The Orska dam may reopen soon.", "May (2026)", false)]
    [InlineData("The Orska dam reopens next month.", "next month (April 2026)", true)]
    [InlineData("The Orska dam reopens in August 2027.", "August (2026)", false)]
    public void A_month_without_its_year_holds_the_year_nearest_the_published_day(string article, string claim, bool held) =>
        Assert.Equal(held, Holds(article, claim));
}
