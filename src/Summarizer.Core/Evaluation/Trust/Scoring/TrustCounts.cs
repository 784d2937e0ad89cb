using System.Text.Json.Serialization;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>A count out of a total; totals add the counts, so a share over cases is pooled, not a mean of shares.</summary>
internal readonly record struct Tally(int Hit, int Of)
{
    [JsonIgnore]
    public double? Share => Of == 0 ? null : (double)Hit / Of;

    public static Tally operator +(Tally a, Tally b) => new(a.Hit + b.Hit, a.Of + b.Of);

    public static Tally Add(Tally a, Tally b) => a + b;

    public static Tally Of1(bool hit) => new(hit ? 1 : 0, 1);
}

/// <summary>The figures of the trust scoring rules (fixtures/trust-cases/README.md, "Scoring" 1-9) for one case or a total.</summary>
internal sealed record TrustCounts
{
    /// <summary>Rule 1: planted disagreements found (one entry shows two versions, each with lenient sources).</summary>
    public Tally Disagreements { get; init; }

    /// <summary>Rule 1 without sources: one entry shows two planted versions, whatever it cites (a found one is also shown).</summary>
    public Tally DisagreementsShown { get; init; }

    /// <summary>Rule 1, strict: found with exactly the files that give each version.</summary>
    public Tally DisagreementsStrict { get; init; }

    /// <summary>Rule 1: every version shown (lenient sources).</summary>
    public Tally DisagreementsComplete { get; init; }

    /// <summary>Rule 1: found, per `kind` of the planted disagreement.</summary>
    public IReadOnlyDictionary<string, Tally> DisagreementsByKind { get; init; } = new SortedDictionary<string, Tally>(StringComparer.Ordinal);

    /// <summary>"Where sources differ" entries in the brief.</summary>
    public int DisagreementEntries { get; init; }

    /// <summary>Rule 2: entries whose values are forms of one variant.</summary>
    public int FalseFormatVariant { get; init; }

    /// <summary>Rule 2: entries whose values are the broad and exact sides of a precise pair.</summary>
    public int FalsePrecision { get; init; }

    /// <summary>Rules 2-3: an update's earlier and later values shown as a plain disagreement.</summary>
    public int FalseUpdateAsConflict { get; init; }

    /// <summary>Rule 2: entries that match nothing in the key (review by hand).</summary>
    public int FalseUnlisted { get; init; }

    /// <summary>Rule 3: the later value stated citing the later files.</summary>
    public Tally Updates { get; init; }

    /// <summary>Rule 3: found, and the earlier value omitted or marked as earlier.</summary>
    public Tally UpdatesShownCorrectly { get; init; }

    /// <summary>Rule 5: "reported by one source" items that match a single-source entry.</summary>
    public Tally SingleSourcePrecision { get; init; }

    /// <summary>Rule 5: single-source entries listed.</summary>
    public Tally SingleSourceRecall { get; init; }

    /// <summary>Rule 5: "reported by one source" items that state a fact two or more independent files state.</summary>
    public int CorroboratedAsSingleSource { get; init; }

    /// <summary>Rule 6: the brief's copyOf pairs that are key near-copies.</summary>
    public Tally CopyPrecision { get; init; }

    /// <summary>Rule 6: key near-copies the brief flags.</summary>
    public Tally CopyRecall { get; init; }

    /// <summary>Rule 7: brief items carrying a quote, quoted word or reported statement.</summary>
    public int QuoteItems { get; init; }

    /// <summary>Rule 7: citations of such items to files outside the entry's `says` and `hedged`.</summary>
    public int QuoteMisattributions { get; init; }

    /// <summary>Rule 7: carrying files cited, over carrying files (quote and word entries).</summary>
    public Tally QuoteCarriers { get; init; }

    /// <summary>Rule 8: citations of fact-stating items that go to files saying (or implying) the fact.</summary>
    public Tally FactCitationPrecision { get; init; }

    /// <summary>Rule 8: files saying the fact that the item cites (a near-copy excused when its original is cited).</summary>
    public Tally FactCitationRecall { get; init; }

    /// <summary>Rule 9: citations of trap claims to files that must not be cited for them.</summary>
    public int TrapMisattributions { get; init; }

    /// <summary>Citations of claims with figures whose source holds every figure of the claim.</summary>
    public Tally NumbersHeld { get; init; }

    public static TrustCounts Sum(IEnumerable<TrustCounts> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var total = new TrustCounts();
        foreach (var c in all)
        {
            var kinds = new SortedDictionary<string, Tally>(total.DisagreementsByKind.ToDictionary(), StringComparer.Ordinal);
            foreach (var (kind, tally) in c.DisagreementsByKind)
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + tally;
            }

            total = new TrustCounts
            {
                Disagreements = total.Disagreements + c.Disagreements,
                DisagreementsShown = total.DisagreementsShown + c.DisagreementsShown,
                DisagreementsStrict = total.DisagreementsStrict + c.DisagreementsStrict,
                DisagreementsComplete = total.DisagreementsComplete + c.DisagreementsComplete,
                DisagreementsByKind = kinds,
                DisagreementEntries = total.DisagreementEntries + c.DisagreementEntries,
                FalseFormatVariant = total.FalseFormatVariant + c.FalseFormatVariant,
                FalsePrecision = total.FalsePrecision + c.FalsePrecision,
                FalseUpdateAsConflict = total.FalseUpdateAsConflict + c.FalseUpdateAsConflict,
                FalseUnlisted = total.FalseUnlisted + c.FalseUnlisted,
                Updates = total.Updates + c.Updates,
                UpdatesShownCorrectly = total.UpdatesShownCorrectly + c.UpdatesShownCorrectly,
                SingleSourcePrecision = total.SingleSourcePrecision + c.SingleSourcePrecision,
                SingleSourceRecall = total.SingleSourceRecall + c.SingleSourceRecall,
                CorroboratedAsSingleSource = total.CorroboratedAsSingleSource + c.CorroboratedAsSingleSource,
                CopyPrecision = total.CopyPrecision + c.CopyPrecision,
                CopyRecall = total.CopyRecall + c.CopyRecall,
                QuoteItems = total.QuoteItems + c.QuoteItems,
                QuoteMisattributions = total.QuoteMisattributions + c.QuoteMisattributions,
                QuoteCarriers = total.QuoteCarriers + c.QuoteCarriers,
                FactCitationPrecision = total.FactCitationPrecision + c.FactCitationPrecision,
                FactCitationRecall = total.FactCitationRecall + c.FactCitationRecall,
                TrapMisattributions = total.TrapMisattributions + c.TrapMisattributions,
                NumbersHeld = total.NumbersHeld + c.NumbersHeld,
            };
        }

        return total;
    }
}

/// <summary>One case's figures, with the findings behind them for a human to review.</summary>
internal sealed record TrustCaseScore(string Case, string Set, TrustCounts Counts, IReadOnlyList<string> Findings);
