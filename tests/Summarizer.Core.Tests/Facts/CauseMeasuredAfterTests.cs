using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A measured span before "after" ("about an hour after take-off", "two weeks after the crew left") counts one moment from
/// another, so the clause after it says when, not why; a span that only dates the main clause ("closed last week after
/// sewage flooded the kitchen") and a finding told so ("a week after inspectors found mouse droppings") still give a cause.
/// And a hyphenated compound ("a mix-up") is a content word of the cause it names, so that cause is compared, not dropped.
/// </summary>
public sealed class CauseMeasuredAfterTests
{
    [Theory]
    [InlineData("A male passenger began behaving aggressively about an hour after take-off and later attempted to force his way to the galley.")]
    [InlineData("The leak was reported a week after the crew left the site.")]
    [InlineData("The first complaints came in 3 days after the new timetable started.")]
    [InlineData("Smoke was seen a few weeks after a contractor rewired the depot.")]
    public void A_clause_after_a_measured_span_says_when_not_why(string sentence)
    {
        var words = new Words(sentence);

        Assert.Empty(CauseReader.ReadWeak(words, CauseReader.Read(words)));
    }

    [Theory]
    [InlineData("The takeaway closed last week after sewage from a blocked drain flooded the kitchen.", "sewage from a blocked drain flooded the kitchen", false)]
    [InlineData("The closure has been confirmed by magistrates, a week after council inspectors found mouse droppings in the food store.", "mouse droppings in the food store", true)]
    public void A_span_that_dates_the_main_clause_or_a_finding_still_gives_a_cause(string sentence, string cause, bool finding)
    {
        var words = new Words(sentence);

        var span = Assert.Single(CauseReader.ReadWeak(words, CauseReader.Read(words)));
        Assert.Equal(finding, span.Finding);
        Assert.Equal(cause, sentence[words.Tokens[span.First].Start..words.Tokens[span.Last].End]);
    }

    [Fact]
    public void A_trouble_an_hour_after_take_off_is_no_rival_of_what_started_it()
    {
        var found = CauseFinder.Find(Sources(
            "Several passengers said the trouble began with a row over a reclined seat.",
            "A male passenger began behaving aggressively about an hour after take-off and later attempted to force his way to the galley."));

        Assert.Empty(found);
    }

    [Fact]
    public void A_hyphenated_cause_is_a_version_of_its_own()
    {
        var found = CauseFinder.Find(Sources(
            "The publisher said it was caused by a late change to the page layout.",
            "The publisher admits the error came from a mix-up in the picture library."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal(["a late change to the page layout [1]", "a mix-up in the picture library [2]"],
            disagreement.Claims.Select(c => $"{c.Text} [{string.Join(",", c.Sources)}]"));
    }

    [Fact]
    public void Outlets_that_write_one_compound_with_and_without_its_hyphen_give_one_version()
    {
        var found = CauseFinder.Find(Sources(
            "Managers blamed a mix-up over the rota.",
            "The depot says the cancellations came from a mixup over the rota.",
            "The union said it was caused by a shortage of drivers."));

        var (_, _, disagreement) = Assert.Single(found);
        Assert.Equal([[1, 2], [3]], disagreement.Claims.Select(c => c.Sources.ToArray()));
    }
}
