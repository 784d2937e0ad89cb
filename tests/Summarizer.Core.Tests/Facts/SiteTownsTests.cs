using Summarizer.Facts;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// A bare town that a disputed site is named after (invented stories): "fined at Brenford" beside "fined at Brenford
/// Magistrates' Court" and "fined at Tollby Crown Court" says which town, not which court, so it does not join the court's
/// version and cut it to the town's words.
/// </summary>
public sealed class SiteTownsTests
{
    [Theory]
    [InlineData(
        "Marlow Haulage was fined £30,000 at Brenford Magistrates' Court on Tuesday.",
        "Marlow Haulage was fined £30,000 at Brenford on Tuesday.",
        "Marlow Haulage was fined £30,000 at Tollby Crown Court on Tuesday.")]
    [InlineData(
        "The skipper was fined £8,000 at Kelso Sheriff Court yesterday.",
        "The skipper was fined £8,000 at Kelso yesterday.",
        "The skipper was fined £8,000 at Dunwick Sheriff Court yesterday.")]
    public void A_bare_town_leaves_a_disputed_courts_version_to_the_court(string court, string town, string otherCourt)
    {
        var group = Assert.Single(Align(court, town, otherCourt), g => g.Facts.All(f => f.Value.Kind == ValueKind.Place));

        Assert.Equal("Disagree: 1 | 3", Describe(group));
    }

    [Fact]
    public void A_bare_town_with_no_disputed_site_keeps_its_place_in_the_version()
    {
        var group = Assert.Single(Align(
            "Marlow Haulage was fined £30,000 at Brenford Magistrates' Court on Tuesday.",
            "Marlow Haulage was fined £30,000 at Brenford on Tuesday.",
            "Marlow Haulage was fined £30,000 at Tollby on Tuesday."),
            g => g.Facts.All(f => f.Value.Kind == ValueKind.Place));

        Assert.Equal("Disagree: 1,2 | 3", Describe(group));
    }
}
