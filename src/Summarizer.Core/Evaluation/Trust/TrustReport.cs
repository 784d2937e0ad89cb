using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Summarizer.Evaluation.Trust.Scoring;

namespace Summarizer.Evaluation.Trust;

/// <summary>The scores of one set (dev or holdout): its cases and their pooled total, never mixed with another set.</summary>
internal sealed record TrustSetScore(string Set, IReadOnlyList<TrustCaseScore> Cases)
{
    public TrustCounts Total { get; } = TrustCounts.Sum(Cases.Select(c => c.Counts));
}

/// <summary>Renders trust scores: a table per set with its totals, or JSON.</summary>
internal static class TrustReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    private static readonly (string Header, Func<TrustCounts, string> Cell)[] Columns =
    [
        ("found", c => T(c.Disagreements)),
        ("strict", c => T(c.DisagreementsStrict)),
        ("complete", c => T(c.DisagreementsComplete)),
        ("shown", c => T(c.DisagreementsShown)),
        ("false v/p/u/x", c => $"{c.FalseFormatVariant}/{c.FalsePrecision}/{c.FalseUpdateAsConflict}/{c.FalseUnlisted}"),
        ("updates", c => T(c.Updates)),
        ("upd ok", c => T(c.UpdatesShownCorrectly)),
        ("1src P", c => T(c.SingleSourcePrecision)),
        ("1src R", c => T(c.SingleSourceRecall)),
        ("corrob", c => N(c.CorroboratedAsSingleSource)),
        ("copy P", c => T(c.CopyPrecision)),
        ("copy R", c => T(c.CopyRecall)),
        ("quote mis", c => N(c.QuoteMisattributions)),
        ("carriers", c => T(c.QuoteCarriers)),
        ("fact P", c => T(c.FactCitationPrecision)),
        ("fact R", c => T(c.FactCitationRecall)),
        ("traps", c => N(c.TrapMisattributions)),
        ("numbers", c => T(c.NumbersHeld)),
    ];

    public static string Text(IReadOnlyList<TrustSetScore> sets, string provider)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var o = new StringBuilder();
        o.Append(CultureInfo.InvariantCulture, $"trust evaluation, provider {provider}\n");
        foreach (var set in sets)
        {
            var width = Math.Max(10, set.Cases.Max(c => c.Case.Length));
            o.Append(CultureInfo.InvariantCulture, $"\n{set.Set}: {set.Cases.Count} case(s)\n");
            o.Append("case".PadRight(width)).AppendJoin(string.Empty, Columns.Select(c => "  " + c.Header)).Append('\n');
            foreach (var score in set.Cases)
            {
                var row = score.Case.PadRight(width) + string.Concat(Columns.Select(c => "  " + c.Cell(score.Counts).PadRight(c.Header.Length)));
                o.Append(row.TrimEnd()).Append('\n');
            }

            Totals(o, set);
        }

        return o.ToString();
    }

    public static string ToJson(IReadOnlyList<TrustSetScore> sets, string provider) =>
        JsonSerializer.Serialize(new { provider, sets }, Json) + "\n";

    private static void Totals(StringBuilder o, TrustSetScore set)
    {
        var c = set.Total;
        void Line(string what, string figures) => o.Append(CultureInfo.InvariantCulture, $"  {what,-24} {figures}\n");
        o.Append(CultureInfo.InvariantCulture, $"{set.Set} total ({set.Cases.Count} case(s))\n");
        Line("disagreement recall", $"{P(c.Disagreements)} (exact sources {P(c.DisagreementsStrict)}; every version {P(c.DisagreementsComplete)}; values shown, any sources {P(c.DisagreementsShown)})");
        Line("recall by kind", string.Join(", ", c.DisagreementsByKind.Select(k => $"{k.Key} {T(k.Value)}")));
        var falseCount = c.FalseFormatVariant + c.FalsePrecision + c.FalseUpdateAsConflict + c.FalseUnlisted;
        Line("false disagreements", $"{falseCount} of {c.DisagreementEntries} entries: format-variant {c.FalseFormatVariant}, precision {c.FalsePrecision}, update-as-conflict {c.FalseUpdateAsConflict}, unlisted {c.FalseUnlisted}");
        Line("updates", $"found {P(c.Updates)}, shown correctly {P(c.UpdatesShownCorrectly)}");
        Line("reported by one source", $"precision {P(c.SingleSourcePrecision)}, recall {P(c.SingleSourceRecall)}, corroborated facts listed {c.CorroboratedAsSingleSource}");
        Line("near-copies", $"precision {P(c.CopyPrecision)}, recall {P(c.CopyRecall)}");
        Line("quotes and speech", $"{c.QuoteMisattributions} misattributed citation(s) in {c.QuoteItems} item(s); carriers cited {P(c.QuoteCarriers)}");
        Line("fact citations", $"precision {P(c.FactCitationPrecision)}, recall {P(c.FactCitationRecall)}");
        Line("traps", $"{c.TrapMisattributions} misattributed citation(s)");
        Line("numbers held", $"{P(c.NumbersHeld)} of citations of claims with figures");
        var unlisted = set.Cases.SelectMany(s => s.Findings.Where(f => f.StartsWith("unlisted", StringComparison.Ordinal)).Select(f => $"{s.Case}: {f}")).ToList();
        if (unlisted.Count > 0)
        {
            o.Append("  unlisted disagreements (review by hand):\n");
            unlisted.ForEach(u => o.Append("    ").Append(u).Append('\n'));
        }
    }

    private static string T(Tally t) => string.Create(CultureInfo.InvariantCulture, $"{t.Hit}/{t.Of}");

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string P(Tally t) => t.Share is { } share
        ? string.Create(CultureInfo.InvariantCulture, $"{t.Hit}/{t.Of} = {share * 100:F1}%")
        : string.Create(CultureInfo.InvariantCulture, $"{t.Hit}/{t.Of}");
}
