using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A date that closes its clause is dated by the clause's verb even when the verb's object and a place phrase stand
/// between them ("counted the grey seals on the north beach on Wednesday"), as news writes a done act (invented sentences).
/// </summary>
public sealed class DatedAcrossTheirObjectTests
{
    [Fact]
    public void A_date_after_the_object_and_a_place_phrase_is_dated_by_the_clause_verb()
    {
        var date = Assert.Single(Read("Volunteers counted the grey seals on the north beach on Wednesday 25 November."), f => f.Value.Kind == ValueKind.Date);

        Assert.Null(date.Frame);
        Assert.Equal("counted", date.Verb);
    }

    [Fact]
    public void Two_sources_dating_one_verb_past_its_object_differently_are_a_conflict()
    {
        var groups = Align(
            "Rangers counted the grey seals on the north beach on Wednesday 25 November.",
            "Rangers counted the grey seals on the north beach on Thursday 26 November, the trust said.");

        var conflict = Assert.Single(FactDisagreements.From(groups)).Item;
        Assert.Equal([1], conflict.Claims[0].Sources);
        Assert.Equal([2], conflict.Claims[1].Sources);
    }

    [Fact]
    public void A_verb_beyond_a_clause_word_still_does_not_date_it()
    {
        var date = Assert.Single(Read("Volunteers counted the seals and the trust closed the north beach on Wednesday 25 November."), f => f.Value.Kind == ValueKind.Date);

        Assert.NotEqual("counted", date.Verb);
    }
}
