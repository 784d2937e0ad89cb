using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>
/// Scores one brief.json against its case's answer key by the rules of fixtures/trust-cases/README.md
/// ("Scoring" 1-9). It reads only the key, the case's article files and the brief's JSON, and normalises
/// text its own way: it shares no code with the pipeline it measures.
/// </summary>
internal static class TrustScorer
{
    public static TrustCaseScore Score(TrustCase trustCase, string briefJson)
    {
        ArgumentNullException.ThrowIfNull(trustCase);
        var key = trustCase.Key;
        var brief = BriefUnderTest.Parse(briefJson, [.. trustCase.Articles.Keys], $"{key.Case}: brief.json");
        var sources = trustCase.Articles.ToDictionary(a => a.Key, a => new TrustText(a.Value.Full), StringComparer.Ordinal);
        var matcher = new KeyMatcher(key, brief);
        var findings = new List<string>();
        var disagreements = DisagreementScoring.Score(matcher, brief, brief.Items, findings);
        var single = AttributionScoring.SingleSource(matcher, brief, findings);
        var published = key.Articles.Where(a => a.Published is not null).ToDictionary(a => a.File, a => DateOnly.FromDateTime(a.Published!.Value.Date), StringComparer.Ordinal);
        var citations = AttributionScoring.Citations(matcher, brief.Items, sources, findings, published);
        var counts = disagreements with
        {
            SingleSourcePrecision = single.SingleSourcePrecision,
            SingleSourceRecall = single.SingleSourceRecall,
            CorroboratedAsSingleSource = single.CorroboratedAsSingleSource,
            CopyPrecision = single.CopyPrecision,
            CopyRecall = single.CopyRecall,
            QuoteItems = citations.QuoteItems,
            QuoteMisattributions = citations.QuoteMisattributions,
            QuoteCarriers = citations.QuoteCarriers,
            FactCitationPrecision = citations.FactCitationPrecision,
            FactCitationRecall = citations.FactCitationRecall,
            TrapMisattributions = citations.TrapMisattributions,
            NumbersHeld = citations.NumbersHeld,
        };
        return new TrustCaseScore(key.Case, key.Set, counts, findings);
    }
}
