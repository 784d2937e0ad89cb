using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// What a quarrel is "over" or "about" is why the walkout or resignation it led to happened, past the parties it is with
/// or between, and is shown with the quarrel it names ("a row with the board over pay"), as outlets word it.
/// </summary>
public sealed class CauseQuarrelTests
{
    [Theory]
    [InlineData("Two councillors resigned in a row with the party leadership about the new housing plan.", "a row with the party leadership about the new housing plan")]
    [InlineData("Cleaners walked out amid a quarrel between the contractor and the union over unpaid holiday.", "a quarrel between the contractor and the union over unpaid holiday")]
    [InlineData("The director left after a bitter dispute with trustees over the gallery's funding.", "a bitter dispute with trustees over the gallery's funding")]
    [InlineData("Porters at the hospital walked out for two days in a dispute over weekend rotas.", "a dispute over weekend rotas")]
    public void Reads_what_a_quarrel_with_its_parties_is_about(string sentence, string cause)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.Read(words));
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Theory]
    [InlineData("The club lost for the third time in a row with the manager about to leave.")]
    [InlineData("A row of cottages with thatched roofs stands over the river.")]
    public void A_row_that_is_no_quarrel_is_no_cause(string sentence)
    {
        Assert.Empty(CauseReader.Read(new Words(sentence)));
    }

    [Fact]
    public void Two_outlets_naming_one_quarrel_with_and_without_its_parties_give_one_version()
    {
        var found = CauseFinder.Find(Sources(
            "The coach left the club after a dispute with the board over the sale of the training ground.",
            "The coach quit after a dispute over the sale of the training ground.",
            "The coach is leaving because of a back injury."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(
            ["a dispute with the board over the sale of the training ground [1,2]", "a back injury [3]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }
}
