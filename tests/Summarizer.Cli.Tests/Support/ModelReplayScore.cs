using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Cli.Tests.Support;

/// <summary>How one keyed statement fared in the brief.</summary>
/// <param name="Caught">For a planted error: the reader never sees it as supported by a source that lacks it (per-source summaries: it is reported).</param>
/// <param name="Reported">It is named under the check's findings.</param>
/// <param name="Flagged">For a correct statement: reported, removed, or a source it rightly cited was taken from it.</param>
internal sealed record StatementOutcome(PlacedStatement Placed, bool Caught, bool Reported, bool Flagged, string Why)
{
    /// <summary>A correct version removed only because its disagreement's other side was rejected.</summary>
    public bool WithPartner { get; init; }
}

/// <summary>
/// Scores a brief.json written from a <see cref="ModelReplay"/> against its answer key. A planted error is caught when
/// no section shows it citing a source that lacks it (dropped, re-cited, or left only under the findings) and, in a
/// source's own summary (which the check reports but does not change), when a finding names it. A correct statement
/// is flagged when a finding names it, or it no longer cites every source it rightly cited (it is gone).
/// </summary>
internal static partial class ModelReplayScore
{
    public static List<StatementOutcome> Score(ModelReplay replay, string briefJson)
    {
        using var brief = JsonDocument.Parse(briefJson);
        var root = brief.RootElement;
        var merged = root.GetProperty("merged");
        var shown = new List<(ReplySection Section, string Text, int[] Sources)>();
        shown.AddRange(Claims(merged, "summaryClaims").Select(c => (ReplySection.MergedSummary, c.Text, c.Sources)));
        shown.AddRange(Claims(merged, "keyPoints").Select(c => (ReplySection.KeyPoint, c.Text, c.Sources)));
        shown.AddRange(merged.GetProperty("disagreements").EnumerateArray().SelectMany(d => Claims(d, "claims")).Select(c => (ReplySection.Disagreement, c.Text, c.Sources)));
        shown.AddRange(Claims(merged, "singleSource").Select(c => (ReplySection.SingleSource, c.Text, c.Sources)));
        var findings = root.GetProperty("checks").GetProperty("ungrounded").EnumerateArray()
            .Select(u => (Text: Normal(u.GetProperty("text").GetString()!), Token: u.GetProperty("token").GetString()!, Sources: u.GetProperty("sources").EnumerateArray().Select(i => i.GetInt32()).ToArray()))
            .ToList();
        var allIds = root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetInt32()).ToArray();

        var outcomes = new List<StatementOutcome>();
        foreach (var placed in replay.Statements)
        {
            var s = placed.Statement;
            var text = Normal(s.Text);
            var perSource = placed.Section is ReplySection.SourceSummary or ReplySection.SourceKeyPoint;
            // A finding names this statement when it quotes it about a source it cites (a source's own summary, or prose citing nothing).
            IReadOnlyList<int> about = perSource ? [placed.SourceId] : s.Sources;
            var named = findings.Where(f => (f.Text == text || f.Text.Contains(text, StringComparison.Ordinal))
                && (about.Count == 0 || f.Sources.Length == 0 || f.Sources.Any(about.Contains))).ToList();
            var why = string.Join("; ", named.Select(f => $"{f.Token} [{string.Join(',', f.Sources)}]"));
            var occurrences = shown.Where(o => Normal(o.Text) == text).ToList();
            if (s.Error is null)
            {
                var kept = perSource || occurrences.Exists(o => Fits(placed.Section, o.Section) && (s.Sources.Count == 0 ? o.Sources.Length > 0 : s.Sources.All(o.Sources.Contains)));
                var where = occurrences.Count == 0 ? "gone" : string.Join(" | ", occurrences.Select(o => $"{o.Section} [{string.Join(',', o.Sources)}]"));
                // A version whose disagreement lost its only other side goes with it: that is not a finding about this one.
                var partnerGone = placed.Section == ReplySection.Disagreement && occurrences.Count == 0 && named.Count == 0
                    && replay.Statements.Exists(p => p.Group == placed.Group && p.Statement.Error is not null && p.Section == ReplySection.Disagreement);
                outcomes.Add(new StatementOutcome(placed, false, named.Count > 0, !partnerGone && (named.Count > 0 || !kept), perSource ? why : $"{why} => {where}") { WithPartner = partnerGone });
                continue;
            }

            if (perSource)
            {
                var reported = named.Exists(f => f.Sources.Contains(placed.SourceId));
                outcomes.Add(new StatementOutcome(placed, reported, reported, false, why));
                continue;
            }

            bool caught;
            if (s.Error == "not-single")
            {
                caught = !occurrences.Exists(o => o.Section == ReplySection.SingleSource);
            }
            else
            {
                var bad = s.Bad ?? (s.Sources.Count > 0 ? s.Sources : allIds);
                caught = !occurrences.Exists(o => o.Sources.Any(bad.Contains));
            }

            var shownAs = string.Join(" | ", occurrences.Select(o => $"{o.Section} [{string.Join(',', o.Sources)}]"));
            outcomes.Add(new StatementOutcome(placed, caught, named.Count > 0, false, $"{why} => {(shownAs.Length == 0 ? "gone" : shownAs)}"));
        }

        return outcomes;
    }

    /// <summary>A table of the outcomes: totals, then every missed error and flagged correct statement.</summary>
    public static string Describe(string title, IReadOnlyList<StatementOutcome> outcomes)
    {
        var errors = outcomes.Where(o => o.Placed.Statement.Error is not null).ToList();
        var correct = outcomes.Where(o => o.Placed.Statement.Error is null).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title}: planted errors caught {errors.Count(e => e.Caught)}/{errors.Count} (reported under the findings {errors.Count(e => e.Reported)}/{errors.Count}); correct statements flagged {correct.Count(c => c.Flagged)}/{correct.Count} (and {correct.Count(c => c.WithPartner)} removed with a rejected other side of their disagreement)\n");
        foreach (var kind in errors.GroupBy(e => e.Placed.Statement.Error!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {kind.Key}: {kind.Count(e => e.Caught)}/{kind.Count()}\n");
        }

        foreach (var missed in errors.Where(e => !e.Caught))
        {
            text.Append(CultureInfo.InvariantCulture, $"  MISSED {missed.Placed.Statement.Error} {missed.Placed.Section} {missed.Placed.SourceId}: {missed.Placed.Statement.Text} {missed.Why}\n");
        }

        foreach (var flagged in correct.Where(c => c.Flagged))
        {
            text.Append(CultureInfo.InvariantCulture, $"  FLAGGED {flagged.Placed.Section} {flagged.Placed.SourceId}: {flagged.Placed.Statement.Text} {flagged.Why}\n");
        }

        return text.ToString();
    }

    // A key point may move to the single-source list (one original source) and back; other sections stay put.
    private static bool Fits(ReplySection keyed, ReplySection shown) =>
        keyed == shown || (keyed is ReplySection.KeyPoint or ReplySection.SingleSource && shown is ReplySection.KeyPoint or ReplySection.SingleSource);

    private static IEnumerable<(string Text, int[] Sources)> Claims(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray().Select(c => (c.GetProperty("text").GetString()!, c.GetProperty("sources").EnumerateArray().Select(i => i.GetInt32()).ToArray()))
            : [];

    private static string Normal(string text) => Spaces().Replace(Marker().Replace(text, " "), " ").Replace(" .", ".", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"\[\d+(?:\s*[,;]\s*\d+)*\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
