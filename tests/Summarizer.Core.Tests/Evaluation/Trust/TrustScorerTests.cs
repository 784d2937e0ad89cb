using System.Text.Json;
using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Scoring;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Evaluation.Trust;

/// <summary>
/// A hand-written brief.json over the hand-written case tests/trust-cases/01-port-wenna, with every figure
/// worked out by hand from the README's rules (sources: 1 = a.txt, 2 = b.txt, a near-copy of 1, 3 = c.txt, 4 = d.txt).
/// </summary>
public sealed class TrustScorerTests
{
    private static readonly string Cases = Path.Combine(RepoPaths.Root, "tests", "trust-cases");

    internal static async Task<TrustCase> PortWennaAsync()
    {
        var keyFile = Path.Combine(Cases, "01-port-wenna.key.yaml");
        return await TrustCases.OpenAsync(await TrustCases.ReadKeyAsync(keyFile, CancellationToken.None), keyFile, CancellationToken.None);
    }

    private static object Item(string text, params int[] sources) => new { text, sources };

    private static object Entry(string topic, object first, object second, string? kind = null) =>
        kind is null ? new { topic, claims = new[] { first, second } } : new { topic, kind, claims = new[] { first, second } };

    internal static string Brief(bool flagCopy = true, object? evacuated = null, object? deaths = null) => JsonSerializer.Serialize(new
    {
        sources = new object[]
        {
            new { id = 1, path = "x/01-port-wenna/a.txt", copyOf = (int?)null },
            new { id = 2, path = "x/01-port-wenna/b.txt", copyOf = flagCopy ? 1 : (int?)null },
            new { id = 3, path = "x/01-port-wenna/c.txt", copyOf = (int?)null },
            new { id = 4, path = "x/01-port-wenna/d.txt", copyOf = (int?)null },
        },
        merged = new
        {
            summaryClaims = new[]
            {
                Item("A fire at the Port Wenna warehouse killed 12 people on Monday, police said.", 1, 2, 4),
                Item("Damage was put at €25m.", 1, 3),
                Item("\"We did everything we could,\" Berg said.", 1, 3),
            },
            keyPoints = new[]
            {
                Item("The mayor called the scenes \"tragic\".", 1),
                Item("Residents said they would return home next week.", 3, 4),
            },
            disagreements = new[]
            {
                deaths ?? Entry("deaths", Item("12 people", 1, 2), Item("Fourteen people", 3)),
                Entry("who led", Item("Chief Anna Berg", 1), Item("Commander Piet Vos", 3)),
                Entry("damage", Item("€25m", 1, 2), Item("25 million euros", 3)),
                evacuated ?? Entry("evacuated", Item("About 40 people", 3), Item("60", 4)),
                Entry("firefighters", Item("About 100 firefighters", 4), Item("104 firefighters", 3)),
                Entry("year built", Item("1990", 1), Item("2001", 3)),
            },
            singleSource = new[]
            {
                Item("The warehouse was built in 1990.", 1, 2),
                Item("The owners said they would rebuild.", 3),
                Item("Fourteen people died in the Port Wenna warehouse fire on Monday.", 3),
                Item("The number of people evacuated from around the Port Wenna warehouse has risen to 60.", 4),
            },
        },
    });

    [Fact]
    public async Task Every_rule_gives_the_figures_worked_out_by_hand()
    {
        var score = TrustScorer.Score(await PortWennaAsync(), Brief());
        var c = score.Counts;

        // Rule 1: d1 shows 12 and 14 with exactly their files (not 15); d2 shows both names, Berg citing
        // only the original of a flagged near-copy (lenient, not strict).
        Assert.Equal(new Tally(2, 2), c.Disagreements);
        Assert.Equal(new Tally(2, 2), c.DisagreementsShown);
        Assert.Equal(new Tally(1, 2), c.DisagreementsStrict);
        Assert.Equal(new Tally(1, 2), c.DisagreementsComplete);
        Assert.Equal(new Tally(1, 1), c.DisagreementsByKind["count"]);
        Assert.Equal(new Tally(1, 1), c.DisagreementsByKind["participant"]);

        // Rule 2: €25m vs 25 million euros; about 100 vs 104; 40 then 60; 1990 vs 2001.
        Assert.Equal(6, c.DisagreementEntries);
        Assert.Equal(1, c.FalseFormatVariant);
        Assert.Equal(1, c.FalsePrecision);
        Assert.Equal(1, c.FalseUpdateAsConflict);
        Assert.Equal(1, c.FalseUnlisted);

        // Rule 3: 60 is stated citing d, but shown as a conflict with 40.
        Assert.Equal(new Tally(1, 1), c.Updates);
        Assert.Equal(new Tally(0, 1), c.UpdatesShownCorrectly);

        // Rule 5: 1990 (s1) and rebuild (s2) match; the Monday fact has two independent sources; "risen to 60" matches nothing.
        Assert.Equal(new Tally(2, 4), c.SingleSourcePrecision);
        Assert.Equal(new Tally(2, 3), c.SingleSourceRecall);
        Assert.Equal(1, c.CorroboratedAsSingleSource);

        // Rule 6.
        Assert.Equal(new Tally(1, 1), c.CopyPrecision);
        Assert.Equal(new Tally(1, 1), c.CopyRecall);

        // Rule 7: Berg's quote credited to c as well; "tragic" and the owners' statement right.
        Assert.Equal(3, c.QuoteItems);
        Assert.Equal(1, c.QuoteMisattributions);
        Assert.Equal(new Tally(2, 3), c.QuoteCarriers);

        // Rule 8: the first summary claim cites d for 12 and for Monday (2 wrong of 18 citations);
        // recall misses c for Monday twice (13 of 16).
        Assert.Equal(new Tally(16, 18), c.FactCitationPrecision);
        Assert.Equal(new Tally(13, 16), c.FactCitationRecall);

        // Rule 9: the residents' plan credited to c.
        Assert.Equal(1, c.TrapMisattributions);

        // d does not hold 12; c does not hold 2001.
        Assert.Equal(new Tally(19, 21), c.NumbersHeld);
        Assert.Contains(score.Findings, f => f.StartsWith("unlisted disagreement: \"year built\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Citing_only_the_original_is_lenient_only_when_the_brief_flags_the_copy()
    {
        var c = TrustScorer.Score(await PortWennaAsync(), Brief(flagCopy: false)).Counts;

        Assert.Equal(new Tally(1, 2), c.Disagreements); // Berg [1] no longer covers b
        Assert.Equal(new Tally(2, 2), c.DisagreementsShown);
        Assert.Equal(new Tally(0, 0), c.CopyPrecision);
        Assert.Equal(new Tally(0, 1), c.CopyRecall);
    }

    [Fact]
    public async Task An_update_marked_in_the_text_or_by_kind_is_shown_correctly_not_a_false_conflict()
    {
        var byKind = Entry("evacuated", Item("About 40 people", 3), Item("60", 4), kind: "update");
        var byMarker = Entry("evacuated", Item("About 40 people", 3), Item("has risen to 60", 4));

        foreach (var entry in new[] { byKind, byMarker })
        {
            var c = TrustScorer.Score(await PortWennaAsync(), Brief(evacuated: entry)).Counts;
            Assert.Equal(0, c.FalseUpdateAsConflict);
            Assert.Equal(new Tally(1, 1), c.UpdatesShownCorrectly);
        }
    }

    [Fact]
    public async Task A_citation_of_an_id_the_brief_does_not_list_counts_as_wrong()
    {
        var json = Brief().Replace("\"sources\":[1,2,4]", "\"sources\":[1,2,9]", StringComparison.Ordinal);

        var c = TrustScorer.Score(await PortWennaAsync(), json).Counts;

        Assert.Equal(new Tally(16, 18), c.FactCitationPrecision);
        Assert.Equal(new Tally(19, 21), c.NumbersHeld);
    }

    [Theory]
    [InlineData("12 people", "Fourteen people", 1)] // no period: the amount alone states the rate
    [InlineData("12 a day", "14 each day", 1)] // the same period in other words
    [InlineData("12 daily", "fourteen a day", 1)]
    [InlineData("12 a week", "14 a week", 0)] // another period is another rate
    [InlineData("12 a day", "14 a week", 0)]
    public async Task A_rate_is_stated_by_its_figure_with_its_own_period_or_none(string first, string second, int found)
    {
        var original = await PortWennaAsync();
        var yaml = (await File.ReadAllTextAsync(Path.Combine(Cases, "01-port-wenna.key.yaml")))
            .Replace("- value: \"12\"", "- value: \"12 a day\"", StringComparison.Ordinal)
            .Replace("- value: \"14\"", "- value: \"14 a day\"", StringComparison.Ordinal);
        var trustCase = new TrustCase(TrustKeyParser.Parse(yaml, "edited"), original.Folder, original.Articles);

        var c = TrustScorer.Score(trustCase, Brief(deaths: Entry("deaths", Item(first, 1, 2), Item(second, 3)))).Counts;

        Assert.Equal(found, c.DisagreementsByKind["count"].Hit);
    }

    [Fact]
    public async Task A_key_marker_written_as_a_change_marks_the_update_by_its_later_wording()
    {
        var original = await PortWennaAsync();
        var yaml = (await File.ReadAllTextAsync(Path.Combine(Cases, "01-port-wenna.key.yaml")))
            .Replace("marker: \"has risen to\"", "marker: \"stood at -> climbed to\"", StringComparison.Ordinal);
        var trustCase = new TrustCase(TrustKeyParser.Parse(yaml, "edited"), original.Folder, original.Articles);

        var c = TrustScorer.Score(trustCase, Brief(evacuated: Entry("evacuated", Item("About 40 people", 3), Item("climbed to 60", 4)))).Counts;

        Assert.Equal(0, c.FalseUpdateAsConflict);
        Assert.Equal(new Tally(1, 1), c.UpdatesShownCorrectly);
    }

    [Fact]
    public async Task An_update_entry_whose_earlier_side_the_key_value_cannot_read_is_the_update_not_an_unlisted_conflict()
    {
        var entry = Entry("evacuated", Item("Some residents were moved out", 3), Item("60", 4), kind: "update");

        var c = TrustScorer.Score(await PortWennaAsync(), Brief(evacuated: entry)).Counts;
        var plain = TrustScorer.Score(await PortWennaAsync(), Brief()).Counts; // the update with readable sides

        Assert.Equal(plain.FalseUnlisted, c.FalseUnlisted);
        Assert.Equal(new Tally(1, 1), c.UpdatesShownCorrectly);
    }

    [Fact]
    public async Task An_update_entry_whose_unreadable_earlier_side_cites_a_file_without_the_earlier_value_is_not_the_update()
    {
        // a.txt (1) does not give the earlier count: the entry is not the keyed update, whatever its later side says.
        var entry = Entry("evacuated", Item("Some residents were moved out", 1), Item("60", 4), kind: "update");

        var c = TrustScorer.Score(await PortWennaAsync(), Brief(evacuated: entry)).Counts;
        var plain = TrustScorer.Score(await PortWennaAsync(), Brief()).Counts;

        Assert.Equal(plain.FalseUnlisted + 1, c.FalseUnlisted);
    }
    private static async Task<TrustCase> WithStatusUpdateAsync(string earlier, string later)
    {
        var original = await PortWennaAsync();
        var yaml = (await File.ReadAllTextAsync(Path.Combine(Cases, "01-port-wenna.key.yaml")))
            .Replace("kind: count\n    measure: people evacuated", "kind: status\n    measure: the evacuation order", StringComparison.Ordinal)
            .Replace("value: \"about 40\"", $"value: \"{earlier}\"", StringComparison.Ordinal)
            .Replace("value: \"60\"\n      says:\n        d.txt", $"value: \"{later}\"\n      says:\n        d.txt", StringComparison.Ordinal);
        var trustCase = new TrustCase(TrustKeyParser.Parse(yaml, "edited"), original.Folder, original.Articles);
        Assert.Equal("status", trustCase.Key.Updates[0].Kind);
        Assert.Equal(later, trustCase.Key.Updates[0].Later.Value);
        return trustCase;
    }

    [Theory]
    [InlineData("considering an appeal", "appeal lodged with the county tribunal", "The club has lodged an appeal", 1)] // detail after "with"
    [InlineData("being questioned", "three charged with arson, one released", "have since been charged", 1)] // figures and the comma part aside
    [InlineData("due to reopen on Friday", "reopened on Friday 4 December 2026", "The bridge reopened", 1)] // a date is another fact
    [InlineData("being questioned", "charged and remanded in custody", "was charged", 0)] // a second state stays required
    [InlineData("open", "closed to traffic", "The bridge reopened", 0)] // another state
    public async Task A_status_update_is_stated_by_the_state_its_later_value_names(string earlier, string later, string side, int shown)
    {
        var trustCase = await WithStatusUpdateAsync(earlier, later);
        var entry = Entry("the evacuation order", Item("the order was expected", 3), Item(side, 4), kind: "update");

        var c = TrustScorer.Score(trustCase, Brief(evacuated: entry)).Counts;

        Assert.Equal(new Tally(shown, 1), c.Updates);
        Assert.Equal(1 - shown, c.FalseUnlisted - TrustScorer.Score(await PortWennaAsync(), Brief()).Counts.FalseUnlisted);
    }

    [Fact]
    public async Task An_update_entry_whose_earlier_side_holds_the_later_state_as_a_plan_is_known_by_its_files()
    {
        var trustCase = await WithStatusUpdateAsync("deal to be signed next week", "signed");
        var entry = Entry("the deal", Item("the deal is expected to be signed", 3), Item("the council signed the deal", 4), kind: "update");

        var c = TrustScorer.Score(trustCase, Brief(evacuated: entry)).Counts;

        Assert.Equal(new Tally(1, 1), c.Updates);
        Assert.Equal(TrustScorer.Score(await PortWennaAsync(), Brief()).Counts.FalseUnlisted, c.FalseUnlisted);
    }
}
