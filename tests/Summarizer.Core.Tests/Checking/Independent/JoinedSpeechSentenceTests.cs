using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A source's own summary sentence that joins a fact and someone's words (or an aside about the speaker and their words)
/// its source gives in two sentences: each clause is held by one sentence of the source, the speech with its speaker.
/// Each loosening keeps a planted error of its shape caught. Every sentence is invented.
/// </summary>
public class JoinedSpeechSentenceTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Libraries =
        "The county will shut three of its libraries next spring to save money. Council leader Jon Avery defended the plan at a packed meeting. "
        + "Opposition leader Marta Quinn called the closures \"a betrayal of readers\".";

    private const string Bridge =
        "Engineer Tove Lind was not involved in the inspection of the Harl footbridge. Inspectors found deep cracks in two of its piers. "
        + "Speaking on Tuesday, Lind said the cracks were \"worrying but fixable\".";

    private const string Market =
        "Mayor Ola Brandt said the covered market would reopen on Friday. Traders say they lost about £20,000 in takings while it was shut.";

    // A source's own summary cites nothing: it is held against its own source.
    private static List<string> Found(string summary, string source) =>
        [.. Checker.Check(summary, [1], [Article(1, source)]).Select(u => u.Token)];

    [Theory]
    [InlineData(Libraries, "The county will shut three of its libraries next spring, and opposition leader Marta Quinn called the closures \"a betrayal of readers\".")]
    [InlineData(Bridge, "Engineer Tove Lind, who was not involved in the inspection, said the cracks were \"worrying but fixable\".")]
    [InlineData(Market, "Mayor Ola Brandt said the covered market would reopen on Friday; traders lost about £20,000 in takings while it was shut.")]
    public void Each_clause_held_by_one_sentence_with_the_speech_beside_its_speaker_passes(string source, string summary) =>
        Assert.Empty(Found(summary, source));

    [Theory]
    // The words given to another person the source names
    [InlineData(Libraries, "The county will shut three of its libraries next spring, and council leader Jon Avery called the closures \"a betrayal of readers\".")]
    // A clause the source does not say, joined to words it does
    [InlineData(Libraries, "The county will sell its library buildings to housing developers, and opposition leader Marta Quinn called the closures \"a betrayal of readers\".")]
    // Words the speaker did not say, joined to a fact the source gives
    [InlineData(Libraries, "The county will shut three of its libraries next spring, and opposition leader Marta Quinn said she would take the council to court.")]
    [InlineData(Bridge, "Engineer Tove Lind, who was not involved in the inspection, said the footbridge should be pulled down at once.")]
    // A wrong figure in the fact beside the speech
    [InlineData(Market, "Mayor Ola Brandt said the covered market would reopen on Friday; traders lost about £30,000 in takings while it was shut.")]
    public void A_clause_no_sentence_holds_is_still_found(string source, string summary) =>
        Assert.NotEmpty(Found(summary, source));

    [Fact]
    public void A_cited_speaker_is_not_found_in_a_role_word_that_titles_another_name() =>
        Assert.NotEmpty(Checker.CheckClaim(new Claim("Council leader Jon Avery called the closures \"a betrayal of readers\".", [1]), [Article(1, Libraries)]));

    [Fact]
    public void A_cited_speaker_is_found_by_the_role_the_source_gives_them() =>
        Assert.Empty(Checker.CheckClaim(new Claim("The opposition leader called the closures \"a betrayal of readers\".", [1]), [Article(1, Libraries)]));
}
