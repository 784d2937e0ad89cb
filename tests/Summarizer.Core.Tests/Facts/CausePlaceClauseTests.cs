using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A clause of the event's place, like one of its time, may tell a failure there ("at the side door, where a hinge gave
/// way"): read as an inferred cause, as "when a valve failed" is; a place clause with no failure names none.
/// </summary>
public sealed class CausePlaceClauseTests
{
    [Theory]
    [InlineData("Water poured into the cellar beneath the bakery, where an old drain pipe had burst overnight.", "an old drain pipe had burst overnight")]
    [InlineData("Smoke filled the east wing, where a ceiling fan had overheated.", "a ceiling fan had overheated")]
    [InlineData("The lorry left the road at the bend where its brakes failed.", "its brakes failed")]
    public void Reads_a_failure_told_in_a_clause_of_place(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.True(span.Inferred);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The ship docked at the quay where the crew were waiting.")]
    [InlineData("Guests gathered in the hall, where the mayor thanked the volunteers.")]
    public void A_place_clause_with_no_failure_names_no_cause(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));
}
