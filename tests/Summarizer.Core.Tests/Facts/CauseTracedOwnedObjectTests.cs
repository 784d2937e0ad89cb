using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "traced X to Y" names the cause after "to" when the event is named by whose or when it was ("traced Sunday's outage
/// to", "traced last weekend's spill to"), as when it is named with "the".
/// </summary>
public sealed class CauseTracedOwnedObjectTests
{
    [Theory]
    [InlineData("The water firm traced last weekend's spill at the bay to a blockage of fat in the pumps.", "a blockage of fat in the pumps")]
    [InlineData("Engineers traced Sunday's outage to a cable cut by a digger.", "a cable cut by a digger")]
    public void An_owned_event_traced_to_a_cause_names_it(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }
}

/// <summary>
/// "and" joining one more bare noun to the "of" complement of a cause ("a blockage of wipes and fat that choked the
/// pumps") names what the cause is made of; "and" before a clause of its own still ends the cause.
/// </summary>
public sealed class CauseCoordinatedNounTests
{
    [Theory]
    [InlineData("The spill was caused by a blockage of wipes and fat that choked the pumps.", "a blockage of wipes and fat that choked the pumps")]
    [InlineData("The closure was caused by a shortage of staff and equipment.", "a shortage of staff and equipment")]
    [InlineData("The delay was caused by a shortage of staff and trains were cancelled.", "a shortage of staff")]
    public void A_second_noun_of_the_complement_stays_in_the_cause(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, Span(sentence, words, span.First, span.Last));
    }
}
