using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// "blamed OBJECT on CAUSE": a definite object names the event, often by a noun in "-ing" ("the sinking", "the hard
/// landing"), and a pronoun object stands for it ("blamed it on"); either way the cause is what follows "on". A bare
/// definite object with no "on" or "for" is whom the blame falls on, not a cause.
/// </summary>
public sealed class CauseBlameFrameTests
{
    [Theory]
    [InlineData("The ferry operator blamed the sinking on a hatch left open below deck.", "a hatch left open below deck")]
    [InlineData("The council blamed the flooding on blocked drains in the lower town.", "blocked drains in the lower town")]
    [InlineData("The airline blamed the bumpy landing on a crosswind over the runway.", "a crosswind over the runway")]
    [InlineData("The stadium's owners stopped the match at half-time and have blamed it on a power cut across the district.", "a power cut across the district")]
    [InlineData("The rail firm blames this on a signalling fault near the tunnel, a spokesman said.", "a signalling fault near the tunnel")]
    public void Reads_the_cause_after_on_when_the_object_names_the_event(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The mayor blamed the council.")]
    [InlineData("Residents blamed their landlord, a spokesman for the tenants said.")]
    [InlineData("The coach blamed it squarely.")]
    public void Reads_no_cause_from_a_definite_or_pronoun_object_alone(string sentence) =>
        Assert.Empty(CauseReader.Read(new Words(sentence)));
}
