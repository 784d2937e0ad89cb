using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// "X said A and that B": the repeated "that" opens a second reported clause of the same verb, which the source may give
/// in a sentence of its own further on; each clause is found with its speaker. Every sentence is invented.
/// </summary>
public class AndThatSpeechTests
{
    [Theory]
    [InlineData("Council leader Ann Reyes said the library budget had been fully balanced. Opposition members walked out of the meeting in protest. Ms Reyes said branch hours would stay unchanged.",
        "Council leader Ann Reyes said the library budget had been fully balanced and that branch hours would stay unchanged.")]
    [InlineData("Tom Birch said his players were physically exhausted. The club was fined heavily last season for a similar fixture pile-up. Birch said the squad would skip training entirely.",
        "Tom Birch said his players were physically exhausted and that the squad would skip training entirely.")]
    [InlineData("Dr Lena Marsh said the norovirus outbreak was under control. The wards on the third floor remain closed. Dr Marsh said family visiting would resume shortly.",
        "Dr Lena Marsh said the norovirus outbreak was under control and that family visiting would resume shortly.")]
    public void Each_reported_clause_is_found_with_its_speaker(string source, string claim) =>
        Assert.Empty(Unsupported(claim, source));

    [Theory]
    [InlineData("Council leader Ann Reyes said the library budget had been fully balanced. Opposition members walked out of the meeting in protest. Their leader Max Hill said branch hours would stay unchanged.",
        "Council leader Ann Reyes said the library budget had been fully balanced and that branch hours would stay unchanged.")]
    [InlineData("Tom Birch said his players were physically exhausted. The club was fined heavily last season for a similar fixture pile-up. Birch said the squad would train as usual.",
        "Tom Birch said his players were physically exhausted and that the squad would skip training entirely.")]
    public void A_clause_another_speaker_says_or_no_one_says_is_rejected(string source, string claim) =>
        Assert.NotEmpty(Unsupported(claim, source));
}
