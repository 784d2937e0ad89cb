using Summarizer.Checking;
using Summarizer.Documents;
using static Summarizer.Core.Tests.Checking.CheckerArticles;

namespace Summarizer.Core.Tests.Checking.Independent;

/// <summary>
/// A summary sentence that lists clauses with subjects of their own ("..., the street was sealed off and a rest centre was
/// opened ...") is read clause by clause, each to be found in some sentence of the source; a clause the source does not
/// state, or a figure it gives otherwise, is still rejected. Every sentence is invented.
/// </summary>
public class ClauseListTests
{
    private const string Source = "Around 30 homes in Calder Row were evacuated after the gas leak on Friday. Engineers worked through the night. "
        + "Police sealed off the street until Saturday morning. A rest centre opened at the library.";

    [Fact]
    public void Each_clause_of_the_list_is_found_in_its_own_sentence() =>
        Assert.Empty(Unsupported("Residents of around 30 homes were evacuated, the street was sealed off and a rest centre was opened at the library.", Source));

    [Theory]
    [InlineData("Residents of around 30 homes were evacuated, the street was sealed off and the mayor was flown home from holiday.", "[1]")]
    [InlineData("Residents of around 40 homes were evacuated, the street was sealed off and a rest centre was opened at the library.", "40")]
    public void A_clause_or_figure_the_source_does_not_state_is_rejected(string claim, string token) =>
        Assert.Equal([token], Unsupported(claim, Source));
}
