using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Merging.Agreement;
using static Summarizer.Core.Tests.Facts.FactTestKit;

namespace Summarizer.Core.Tests.Merging.Agreement;

/// <summary>
/// An outlet that names another outlet's doer only as someone it quotes ("Registrar Ivo Penn said the hall would
/// reopen") and credits a third person with the act still gives its own version of who did it: quoting a person tells
/// what they said, not that they did the act. An outlet that names them in any other way (a passenger, a witness) may
/// know them as part of the act, and stays out of the pairing as before.
/// </summary>
public sealed class QuotedOtherPersonTests
{
    private const string Lead = "The Harrowgate Hill point-to-point was called off on Saturday after heavy rain flooded the lower bend.";

    [Fact]
    public void An_outlet_quoting_the_other_doer_on_something_else_still_names_its_own_doer()
    {
        var found = Disagreements(
            $"{Lead} The fixture was called off by Ivo Penn, the course secretary, after an inspection at dawn.",
            $"{Lead} The fixture was called off by Ivo Penn, the course secretary, after a dawn inspection.",
            $"{Lead} Steward Marta Quell called off the fixture after an inspection at dawn. Course secretary Ivo Penn said every rider would get a refund.");

        var conflict = Assert.Single(found, d => d.Claims.Any(c => c.Text.Contains("Quell", StringComparison.Ordinal)));
        Assert.Equal([1, 2], conflict.Claims.Single(c => c.Text.Contains("Penn", StringComparison.Ordinal)).Sources.Order());
        Assert.Equal([3], conflict.Claims.Single(c => c.Text.Contains("Quell", StringComparison.Ordinal)).Sources.Order());
    }

    [Fact]
    public void An_outlet_naming_the_other_doer_as_a_witness_of_the_act_gives_no_rival_version()
    {
        // Naming the secretary beside the act ("with ... looking on") may be that outlet's account of the same scene.
        var found = Disagreements(
            $"{Lead} The fixture was called off by Ivo Penn, the course secretary, after an inspection at dawn.",
            $"{Lead} The fixture was called off by Ivo Penn, the course secretary, after a dawn inspection.",
            $"{Lead} Steward Marta Quell called off the fixture after an inspection at dawn, with course secretary Ivo Penn beside her.");

        Assert.DoesNotContain(found, d => d.Claims.Any(c => c.Text.Contains("Quell", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_outlet_quoting_the_other_doer_announcing_the_act_itself_gives_no_rival_version()
    {
        // Reported saying what the act announced, the quoted person is that outlet's announcer too.
        var found = Disagreements(
            $"{Lead} The cancellation was announced by Ivo Penn, the course secretary, on Saturday morning.",
            $"{Lead} The cancellation was announced by Ivo Penn, the course secretary, on Saturday.",
            $"{Lead} Steward Marta Quell announced the cancellation on Saturday morning. Course secretary Ivo Penn said the meeting was cancelled.");

        Assert.DoesNotContain(found, d => d.Claims.Any(c => c.Text.Contains("Quell", StringComparison.Ordinal)) && d.Claims.Any(c => c.Sources.Contains(3) && c.Text.Contains("Penn", StringComparison.Ordinal)));
    }

    private static IReadOnlyList<Disagreement> Disagreements(params string[] texts)
    {
        var sources = texts.Select((t, i) => SourceIndex.Build(Article(i + 1, t))).ToList();
        var (_, groups) = FactDisagreements.Align(sources, CancellationToken.None);
        return DisagreementFinder.Find(sources, groups, CancellationToken.None);
    }
}
