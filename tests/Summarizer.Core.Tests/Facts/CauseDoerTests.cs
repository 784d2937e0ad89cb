using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A cause that is a person named only by a role ("a marshal") and a restrictive "who" clause is what that person did
/// ("a marshal who pointed the leaders down the wrong path"); a fuller phrase, or a "who" set off by a comma, still ends
/// at "who".
/// </summary>
public sealed class CauseDoerTests
{
    [Theory]
    [InlineData("The mix-up was caused by a marshal who pointed the leaders down the wrong path.", "a marshal who pointed the leaders down the wrong path")]
    [InlineData("The outage was blamed on a contractor who cut through a cable.", "a contractor who cut through a cable")]
    [InlineData("The outage was blamed on a local contractor who cut through a cable.", "a local contractor")]
    [InlineData("The outage was blamed on a contractor, who has since apologised.", "a contractor")]
    public void A_role_alone_keeps_the_clause_that_says_what_the_person_did(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }
}
