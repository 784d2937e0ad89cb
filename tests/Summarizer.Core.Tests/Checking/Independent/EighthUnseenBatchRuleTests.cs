using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// Readings found wrong on an eighth batch of model replies (spent trust cases 45, 46, 48, 51, 53 and 54, and the dev
/// batches): a span of years that runs up to the day of the report gives the year it began ("for twenty-two years" in
/// 2026 is "since 2004"), and such a year, like the year of "on Saturday", is no count ("more than a thousand"); a
/// sentence whose subject refers back (a pronoun, or a person by age: "The 41-year-old former nurse ...", "She ...") is
/// about the person the sentence before it opens with; a count of "people" is what a count of villagers or passengers says, and "two deaths" what
/// "two climbers were confirmed dead" says; an acronym is what the capitalised words it abbreviates say. Each loosening
/// has a planted error of its shape that is still caught. Every sentence is invented.
/// </summary>
public class EighthUnseenBatchRuleTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private static List<string> Found(string claim, params CleanedArticle[] sources) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), sources).Select(u => u.Token)];

    [Theory]
    [InlineData("For twenty-two years the Harlow ward elected a Liberal councillor without a contest.", "The Harlow ward had elected a Liberal councillor since 2004.")]
    [InlineData("Anneli Roos has run the Quayside bakery for fifteen years, she told the paper.", "Anneli Roos has run the Quayside bakery since 2011.")]
    [InlineData("The Brandmoor pit closed 40 years ago and its headframe is now a listed monument.", "The Brandmoor pit closed in 1986.")]
    public void A_year_read_from_a_span_of_years_up_to_the_report_is_accepted(string source, string claim) =>
        Assert.Empty(Found(claim, Dated(source)));

    [Theory]
    [InlineData("For twenty-two years the Harlow ward elected a Liberal councillor without a contest.", "The Harlow ward had elected a Liberal councillor since 2003.")]
    [InlineData("Anneli Roos has run the Quayside bakery for fifteen years, she told the paper.", "Anneli Roos has run the Quayside bakery since 2001.")]
    [InlineData("Former treasurer Olav Brekke was jailed for nine years for taking the club's funds.", "Former treasurer Olav Brekke was jailed in 2017 for taking the club's funds.")]
    [InlineData("Former treasurer Olav Brekke was jailed for nine years for taking the club's funds.", "Former treasurer Olav Brekke was jailed until 2035 for taking the club's funds.")]
    [InlineData("The 40-year-old Brandmoor pit manager retired on Friday.", "The Brandmoor pit manager retired in 1986.")]
    public void A_year_no_span_of_the_source_gives_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Dated(source)));

    [Theory]
    [InlineData("The chapel was built two hundred years ago and holds hundreds of candles.", "The chapel holds more than a thousand candles.")]
    [InlineData("The fair drew hundreds of visitors on Saturday.", "The fair drew more than 2,000 visitors on Saturday.")]
    public void A_year_reckoned_from_the_day_of_the_report_is_no_count(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Dated(source)));

    [Theory]
    [InlineData("Priya Hollis took 52 per cent of the vote. The 41-year-old former nurse fought a noisy campaign over the cottage hospital.")]
    [InlineData("Priya Hollis took 52 per cent of the vote. She fought a noisy campaign over the cottage hospital.")]
    public void A_subject_that_refers_back_is_the_person_the_sentence_before_opens_with(string source) =>
        Assert.Empty(Found("Hollis made the cottage hospital her cause.", Article(1, source)));

    [Theory]
    [InlineData("Priya Hollis took 52 per cent of the vote. The 41-year-old former nurse fought a noisy campaign over the cottage hospital. Tom Garrow conceded.", "Garrow made the cottage hospital his cause.")]
    [InlineData("Priya Hollis took 52 per cent of the vote. Tom Garrow fought a noisy campaign over the cottage hospital.", "Hollis made the cottage hospital her cause.")]
    [InlineData("Tom Garrow took 31 per cent, behind Priya Hollis. The 41-year-old former nurse fought a noisy campaign over the cottage hospital.", "Hollis made the cottage hospital her cause.")]
    public void A_person_the_referring_subject_does_not_point_to_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Nine cottages were buried when the bank gave way on Friday night, and four villagers are missing.", "Four people are missing after the bank gave way on Friday night.")]
    [InlineData("Six passengers were taken to hospital with burns after the bus caught fire.", "Six people were taken to hospital after the bus caught fire.")]
    [InlineData("Two climbers were confirmed dead by noon, the mountain rescue service said.", "The mountain rescue service confirmed two deaths by noon.")]
    public void A_count_of_people_is_what_a_count_of_passengers_or_villagers_says(string source, string claim) =>
        Assert.Empty(Found(claim, Article(1, source)));

    [Theory]
    [InlineData("Nine cottages were buried when the bank gave way on Friday night, and four sheds were swept away.", "Four people are missing after the bank gave way on Friday night.")]
    [InlineData("Six people were taken to hospital with burns after the bus caught fire.", "Six passengers were taken to hospital after the bus caught fire.")]
    [InlineData("Two climbers were injured by noon, the mountain rescue service said.", "The mountain rescue service confirmed two deaths by noon.")]
    public void A_count_of_other_things_or_of_another_fate_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Found(claim, Article(1, source)));

    [Fact]
    public void An_acronym_is_found_where_the_words_it_abbreviates_stand_in_a_row()
    {
        var spelled = Article(1, "Crews from the Royal National Lifeboat Institution got to the yacht on Sunday.");
        var elsewhere = Article(1, "Crews from the Royal National Lifeboat Institution searched the bay on Saturday. A fishing crew got to the yacht on Sunday.");

        Assert.Empty(Found("An RNLI crew reached the yacht.", spelled));
        Assert.NotEmpty(Found("An RNLI crew reached the yacht.", elsewhere));
    }

    private static CleanedArticle Dated(string text) =>
        Article(1, text) with { Metadata = ArticleMetadata.Empty with { PublishedAt = new DateTimeOffset(2026, 5, 14, 9, 0, 0, TimeSpan.Zero) } };
}
