using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "X said A and that B": the repeated "that" opens a second reported clause of the same verb, which the source may give
/// in a sentence of its own further on; each clause is found with its speaker. Every sentence is invented.
/// </summary>
public class AndThatSpeechTests
{
    [Theory]
    [InlineData("Council leader Ann Reyes said the budget had been balanced. Opposition members walked out of the meeting in protest. Ms Reyes said libraries would stay open.",
        "Council leader Ann Reyes said the budget had been balanced and that libraries would stay open.")]
    [InlineData("Tom Birch said the players were exhausted. The club was fined heavily last season for a similar fixture pile-up. Birch said the squad would train on Sunday.",
        "Tom Birch said the players were exhausted and that the squad would train on Sunday.")]
    [InlineData("Dr Lena Marsh said the outbreak was under control. The wards on the third floor remain closed to visitors. Dr Marsh said visiting would resume next week.",
        "Dr Lena Marsh said the outbreak was under control and that visiting would resume next week.")]
    public void Each_reported_clause_is_found_with_its_speaker(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Council leader Ann Reyes said the budget had been balanced. Opposition members walked out of the meeting in protest. Their leader Max Hill said libraries would stay open.",
        "Council leader Ann Reyes said the budget had been balanced and that libraries would stay open.")]
    [InlineData("Tom Birch said the players were exhausted. The club was fined heavily last season for a similar fixture pile-up. Birch said the squad would rest on Sunday.",
        "Tom Birch said the players were exhausted and that the squad would travel abroad on Sunday.")]
    public void A_clause_another_speaker_says_or_no_one_says_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));
}
