using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary may join a name the source puts on a thing ("the Ferry Road works") to the sentence that tells what the
/// thing did ("waste from one of its works poured into the river"), however far apart the source writes them; the
/// name must still be the source's label for that noun, and the passage must tell of that noun. Every sentence is
/// invented.
/// </summary>
public class NameAsLabelTests
{
    private static readonly IGroundingChecker Checker = GroundingChecker.Create();

    private const string Source =
        "MARTON, Monday 30 November 2026 - Pellow Water has been fined £2.3 million after waste from one of its works poured into the River Aske, killing about 900 trout.\n\n"
        + "Judge Ann Reed, sentencing the firm on Monday, called the spill avoidable.\n\n"
        + "Inspectors found the alarm had been switched off for a week.\n\n"
        + "The leak began after a valve failed at the Ferry Road works, the court heard.";

    private static List<string> Found(string claim, string source = Source) =>
        [.. Checker.CheckClaim(new Claim(claim, [1]), [Article(1, source)]).Select(u => u.Token)];

    [Fact]
    public void A_name_the_source_puts_on_the_noun_the_passage_tells_of_is_its_own() =>
        Assert.Empty(Found("Pellow Water was fined £2.3 million after waste from its Ferry Road works poured into the River Aske, killing about 900 trout."));

    [Fact]
    public void A_name_the_source_never_writes_is_still_caught() =>
        Assert.NotEmpty(Found("Pellow Water was fined £2.3 million after waste from its Ferry Lane works poured into the River Aske, killing about 900 trout."));

    [Fact]
    public void A_name_the_source_puts_on_another_noun_is_still_caught() =>
        Assert.NotEmpty(Found(
            "Pellow Water was fined £2.3 million after waste from its Ferry Road works poured into the River Aske, killing about 900 trout.",
            Source.Replace("the Ferry Road works", "the Ferry Road depot", StringComparison.Ordinal)));

    [Fact]
    public void A_passage_that_does_not_tell_of_the_named_noun_does_not_take_the_name() =>
        Assert.NotEmpty(Found(
            "Pellow Water was fined £2.3 million after waste from its Ferry Road works poured into the River Aske, killing about 900 trout.",
            Source.Replace("one of its works", "one of its sites", StringComparison.Ordinal)));
}
