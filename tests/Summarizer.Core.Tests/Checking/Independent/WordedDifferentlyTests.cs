using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// The same statement worded differently is accepted, and the change that makes it another statement is still
/// rejected: news paraphrase by class ("died"/"were killed", "came off the rails"/"derailed", "lowered"/"cut"),
/// a conditional claim against an open question, a participle that is not speech, an organisation referred back to,
/// a first name another source gives, temperatures, and relative days against the article's date.
/// </summary>
public class WordedDifferentlyTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("Four people died when the tram came off the rails near the depot.", "Four people were killed when the tram derailed.")]
    [InlineData("The central bank lowered its main rate to 2.5% on Monday.", "The bank cut its benchmark rate to 2.5%.")]
    [InlineData("Orvane Foods said on Monday it would shut three bakeries, or about 10% of its sites, as flour prices soar.", "Orvane Foods is shutting about 10% of its sites in a reorganisation announced on Monday, as flour prices soar.")]
    [InlineData("Governor Anna Pell said the pace of hiring would decide whether there were further rate cuts.", "Anna Pell said further rate cuts would depend on hiring.")]
    [InlineData("The ferry is run by Brindle Sea Lines. The company said it had opened a hotline for relatives.", "Brindle Sea Lines has opened a hotline for families.")]
    public void A_news_paraphrase_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("The central bank raised its main rate to 2.5% on Monday.", "The bank cut its benchmark rate to 2.5%.")]
    [InlineData("Four people were injured when the tram came off the rails near the depot.", "Four people were killed when the tram derailed.")]
    [InlineData("Governor Anna Pell said hiring would decide the pace, and declined to say whether there would be further rate cuts.", "Anna Pell said there would be further rate cuts.")]
    [InlineData("The ferry is run by Brindle Sea Lines. The company said it would review its timetable.", "Brindle Sea Lines has opened a hotline for families.")]
    public void A_paraphrase_that_says_something_else_is_rejected(string source, string claim) =>
        Assert.Equal(["[1]"], Found(claim, Article(1, source)));

    [Fact]
    public void A_full_name_is_accepted_for_a_source_that_gives_the_surname_when_another_source_gives_the_full_name()
    {
        var sources = new[]
        {
            Article(1, "Varga, who led the research, said the results were strong."),
            Article(2, "Dr. Ilse Varga of the Kestrel Institute led the study."),
        };

        Assert.Empty(Found("Ilse Varga", sources));
        Assert.Equal(["Ilse Marsh"], Found("Ilse Marsh", sources));
    }

    [Theory]
    [InlineData("39.6C", new string[0])]
    [InlineData("39.6°C", new string[0])]
    [InlineData("39.9C", new[] { "39.9C" })]
    [InlineData("39.6F", new[] { "39.6F" })]
    public void A_temperature_is_read_with_its_scale(string claim, string[] missing) =>
        Assert.Equal(missing, Found(claim, Article(1, "The thermometer at Pell Ridge reached 39.6 degrees Celsius on Sunday.")));

    [Theory]
    [InlineData("Thursday", new string[0])]
    [InlineData("on 5 March", new string[0])]
    [InlineData("Wednesday", new[] { "Wednesday" })]
    [InlineData("Thursday (5 March 2026)", new string[0])]
    [InlineData("Thursday (5 March 2025)", new[] { "2025" })]
    public void A_relative_day_is_read_against_the_dateline(string claim, string[] missing) =>
        Assert.Equal(missing, Found(claim, Article(1, "Friday 6 March 2026\n\nThe ferry ran aground yesterday off Tarn Point.")));

    [Fact]
    public void A_relative_day_is_read_against_the_published_date()
    {
        var article = Article(1, "The ferry ran aground this morning off Tarn Point.") with
        {
            Metadata = new ArticleMetadata { PublishedAt = new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero) },
        };

        Assert.Empty(Found("The ferry ran aground on Friday.", article));
        Assert.Equal(["Saturday"], Found("The ferry ran aground on Saturday.", article));
    }

    [Fact]
    public void A_relative_day_under_a_dateline_without_its_year_is_read_in_the_year_of_the_story()
    {
        var wire = Article(1, "VARNO, Oct 14 (KPA) - Traces of a solvent were found in the Helmstad reservoir on Monday, the water board said.");
        var dated = Article(2, "The water board is still testing the Helmstad reservoir.") with
        {
            Metadata = new ArticleMetadata { PublishedAt = new DateTimeOffset(2026, 10, 14, 8, 0, 0, TimeSpan.Zero) },
        };

        Assert.Empty(Found("Traces of a solvent were found on Monday (12 October 2026).", wire, dated));
        Assert.NotEmpty(Found("Traces of a solvent were found on Monday (13 October 2026).", wire, dated));
    }

    [Theory]
    [InlineData("from 1 April (2027)", new string[0])]
    [InlineData("from Thursday 1 April 2027", new string[0])]
    [InlineData("from 1 April (2026)", new[] { "[1]" })]
    [InlineData("from 2 April (2027)", new[] { "2 April" })]
    public void A_yearless_date_months_ahead_is_read_in_the_year_nearest_the_article(string claim, string[] missing) =>
        Assert.Equal(missing, Found(
            $"The new fares apply {claim}.",
            Article(1, "Monday 23 November 2026\n\nThe new fares apply from 1 April, the transport board said.")));

    [Theory]
    [InlineData("in September (2026)", new string[0])]
    [InlineData("in September 2026", new string[0])]
    [InlineData("in September (2027)", new[] { "[1]" })]
    public void A_month_without_its_year_is_read_in_the_year_nearest_the_article(string claim, string[] missing) =>
        Assert.Equal(missing, Found(
            $"The swing bridge was last inspected {claim}.",
            Article(1, "Monday 11 January 2027\n\nThe swing bridge was last inspected in September, the harbour board said.")));
}
