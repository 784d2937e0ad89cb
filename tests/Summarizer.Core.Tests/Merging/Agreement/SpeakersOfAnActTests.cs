using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// An outlet that only reports a person's words tells what they said, not that they did the act another outlet credits
/// them with: it is no source for that person's version of who did it, unless what they said is the act itself (an
/// announcement of the same thing).
/// </summary>
public sealed class SpeakersOfAnActTests
{
    private const string Lead = "The Wenlow Valley Railway has cancelled its Santa Special trains after a crack was found in the firebox of its steam engine.";

    [Fact]
    public void An_outlet_naming_the_announcer_only_as_a_speaker_of_something_else_is_not_cited_for_the_announcement()
    {
        var found = Disagreements(
            $"{Lead} General manager Ifor Drane announced the cancellations on Wednesday morning.",
            $"{Lead} The line's general manager, Ifor Drane, announced the cancellations on Wednesday.",
            $"{Lead} The railway's chairman, Mererid Coyle, announced the cancellations to members.",
            $"{Lead} General manager Ifor Drane said the Santa trains would return on 19 December, hauled by a borrowed diesel.");

        var conflict = Assert.Single(found, d => d.Claims.Any(c => c.Text.Contains("Coyle", StringComparison.Ordinal)));
        Assert.Equal([1, 2], conflict.Claims.Single(c => c.Text.Contains("Drane", StringComparison.Ordinal)).Sources.Order());
        Assert.Equal([3], conflict.Claims.Single(c => c.Text.Contains("Coyle", StringComparison.Ordinal)).Sources.Order());
    }

    [Fact]
    public void An_outlet_that_reports_a_leaders_plan_in_their_words_is_not_cited_for_leading_the_act()
    {
        // "said her team would survey the damage" is a plan in her mouth, not an account that she led the survey.
        const string Storm = "A tornado tore through Hollow Brent on Sunday evening, stripping roofs from homes.";
        var found = Disagreements(
            $"{Storm} Dr Ansa Pryde led the damage survey for the Storm Research Group on Tuesday.",
            $"{Storm} Dr Ansa Pryde, of the Storm Research Group, said her team would survey the damage on Tuesday.",
            $"{Storm} Tam Oakridge led the Storm Research Group's damage survey on Tuesday.");

        var conflict = Assert.Single(found, d => d.Claims.Any(c => c.Text.Contains("Oakridge", StringComparison.Ordinal)));
        Assert.Equal([1], conflict.Claims.Single(c => c.Text.Contains("Pryde", StringComparison.Ordinal)).Sources.Order());
        Assert.Equal([3], conflict.Claims.Single(c => c.Text.Contains("Oakridge", StringComparison.Ordinal)).Sources.Order());
    }

    [Fact]
    public void An_outlet_reporting_the_announcer_saying_what_was_announced_is_still_cited()
    {
        var found = Disagreements(
            $"{Lead} General manager Ifor Drane announced the cancellations on Wednesday morning.",
            $"{Lead} The line's general manager, Ifor Drane, announced the cancellations on Wednesday.",
            $"{Lead} The railway's chairman, Mererid Coyle, announced the cancellations to members.",
            $"{Lead} General manager Ifor Drane said the weekend's trains would be cancelled.");

        var conflict = Assert.Single(found, d => d.Claims.Any(c => c.Text.Contains("Coyle", StringComparison.Ordinal)));
        Assert.Equal([1, 2, 4], conflict.Claims.Single(c => c.Text.Contains("Drane", StringComparison.Ordinal)).Sources.Order());
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
