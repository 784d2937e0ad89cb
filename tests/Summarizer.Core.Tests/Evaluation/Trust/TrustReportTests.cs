using System.Text.Json;
using Summarizer.Evaluation.Trust;
using Summarizer.Evaluation.Trust.Scoring;
using Summarizer.TestSupport;

namespace Summarizer.Core.Tests.Evaluation.Trust;

public sealed class TrustReportTests
{
    private static async Task<List<TrustSetScore>> SetsAsync()
    {
        var dev = TrustScorer.Score(await TrustScorerTests.PortWennaAsync(), TrustScorerTests.Brief());
        var holdout = new TrustCaseScore("02-mill-strike", "holdout", new TrustCounts
        {
            Disagreements = new Tally(0, 1),
            DisagreementsShown = new Tally(0, 1),
            DisagreementsStrict = new Tally(0, 1),
            DisagreementsComplete = new Tally(0, 1),
            DisagreementsByKind = new SortedDictionary<string, Tally>(StringComparer.Ordinal) { ["count"] = new Tally(0, 1) },
            NumbersHeld = new Tally(3, 3),
        }, []);
        return [new TrustSetScore("dev", [dev]), new TrustSetScore("holdout", [holdout])];
    }

    [Fact]
    public async Task Text_report_has_a_table_and_totals_per_set()
    {
        Snapshot.Match(TrustReport.Text(await SetsAsync(), "local"));
    }

    [Fact]
    public async Task Json_report_keeps_the_sets_apart_with_counts_and_findings()
    {
        using var json = JsonDocument.Parse(TrustReport.ToJson(await SetsAsync(), "local"));
        var sets = json.RootElement.GetProperty("sets");

        Assert.Equal("local", json.RootElement.GetProperty("provider").GetString());
        Assert.Equal(["dev", "holdout"], sets.EnumerateArray().Select(s => s.GetProperty("set").GetString()));
        var devTotal = sets[0].GetProperty("total");
        Assert.Equal(2, devTotal.GetProperty("disagreements").GetProperty("hit").GetInt32());
        Assert.Equal(21, devTotal.GetProperty("numbersHeld").GetProperty("of").GetInt32());
        Assert.Equal(3, sets[1].GetProperty("total").GetProperty("numbersHeld").GetProperty("hit").GetInt32());
        Assert.Contains(sets[0].GetProperty("cases")[0].GetProperty("findings").EnumerateArray(), f => f.GetString()!.StartsWith("trap t1", StringComparison.Ordinal));
    }
}
