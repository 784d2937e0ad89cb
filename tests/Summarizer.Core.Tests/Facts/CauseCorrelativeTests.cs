using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "and" that closes a pair a correlative word opened ("both the boiler and the pump", "between the mast and the
/// deck") joins two parts of one phrase, so a cause is not cut before the second part; any other "and" still ends it.
/// </summary>
public sealed class CauseCorrelativeTests
{
    [Theory]
    [InlineData("The outage was caused by ice that froze both the main and spare lines.", "ice that froze both the main and spare lines")]
    [InlineData("The fire was blamed on a spark that lit both the hay and the straw.", "a spark that lit both the hay and the straw")]
    [InlineData("The leak was caused by a crack between the tank and the valve.", "a crack between the tank and the valve")]
    public void A_pair_opened_by_a_correlative_word_stays_in_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }

    [Theory]
    [InlineData("The outage was caused by ice on the lines and crews were sent out.", "ice on the lines")]
    [InlineData("The fire was blamed on a spark from both mowers and the farm was evacuated.", "a spark from both mowers")]
    public void An_and_that_closes_no_open_pair_still_ends_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }
}
