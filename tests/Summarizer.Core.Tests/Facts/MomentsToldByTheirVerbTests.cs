using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// One outlet times a happening with an event word, another with only its clause's own verb: a different clock time is
/// a conflict over one moment. Each source gives a second clock time, so no slot of one value per source pairs them
/// (invented sentences).
/// </summary>
public sealed class MomentsToldByTheirVerbTests
{
    [Theory]
    [InlineData(
        "The Kestrel Lane footbridge collapsed into the river at about 6.50am. Police closed the towpath at 8am.",
        "The Kestrel Lane footbridge buckled into the river at 7.35am. Divers reached the site at 9.15am.",
        "6.50am", "7.35am")]
    [InlineData(
        "The alarm was raised at 10.20pm when smoke was seen above the Oldgate bakery on Mill Street. Crews left at 3am.",
        "A passer-by phoned the brigade at 11.40pm about smoke above the Oldgate bakery on Mill Street. The owner arrived at 1am.",
        "10.20pm", "11.40pm")]
    [InlineData(
        "The trawler Morvah ran aground off Penhallow Point at about 4.10am, the coastguard said. Tugs reached her at 7am.",
        "The trawler Morvah grounded off Penhallow Point shortly before 6am, the coastguard said. Her crew were airlifted at 8.30am.",
        "4.10am", "6am")]
    public void A_moment_told_by_its_verb_meets_the_framed_moment_of_another_outlet(string first, string second, string early, string late)
    {
        var conflicts = FactDisagreements.From(Align(first, second)).Select(d => d.Item).ToList();

        Assert.Contains(conflicts, c => c.Claims.Count == 2 && c.Claims.Any(x => x.Text.Contains(early, StringComparison.Ordinal))
            && c.Claims.Any(x => x.Text.Contains(late, StringComparison.Ordinal)));
    }

    [Fact]
    public void An_outlet_that_framed_the_moment_keeps_its_other_verbs_times_apart()
    {
        var groups = Align(
            "The Kestrel Lane footbridge collapsed into the river at about 6.50am. Engineers inspected the Kestrel Lane footbridge from the river bank at 9.40am.",
            "The Kestrel Lane footbridge collapsed into the river at about 6.50am, the council said.");

        Assert.DoesNotContain(FactDisagreements.From(groups), d => d.Item.Claims.Any(c => c.Text.Contains("9.40", StringComparison.Ordinal)));
    }
}
