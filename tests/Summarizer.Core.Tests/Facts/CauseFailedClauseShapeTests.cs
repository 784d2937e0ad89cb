using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A clause of failing whose word of failing is not its predicate: before a noun ("a snapped cable sent the lift hurtling")
/// the subject is the cause and its verb starts what it did, so what it did is not compared as part of the cause.
/// </summary>
public sealed class CauseFailedClauseShapeTests
{
    [Theory]
    [InlineData("The paper understands that a snapped cable sent the lift hurtling down the shaft.", "a snapped cable")]
    [InlineData("The road was closed when a burst main flooded the underpass.", "a burst main")]
    [InlineData("Engineers said a cracked weld had let the tank drain overnight.", "a cracked weld")]
    public void A_failed_thing_told_before_its_verb_is_compared_without_what_it_did(string sentence, string core)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(core, Span(sentence, words, span.First, Assert.NotNull(span.CoreLast)));
    }

    [Theory]
    [InlineData("The pumps stopped when a valve on the main line failed.")]
    [InlineData("The lift stopped when its cable snapped.")]
    public void A_failing_told_as_the_predicate_keeps_its_reading(string sentence)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Null(span.CoreLast);
        Assert.Null(span.Effect);
    }

    [Fact]
    public void A_snapped_thing_and_a_failed_part_that_let_the_same_thing_fall_are_two_versions()
    {
        var found = CauseFinder.Find(Sources(
            "A hoist at the depot fell two floors on Friday. The paper understands that a snapped cable sent the hoist hurtling down the shaft.",
            "A hoist at the depot fell two floors on Friday. A brake that failed to hold the car allowed the hoist to drop, the report said."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1], [2]], disagreement.Claims.Select(c => c.Sources.ToArray()).OrderBy(s => s[0]));
    }
}
