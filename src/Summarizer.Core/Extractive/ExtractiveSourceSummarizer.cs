using Summarizer.Documents;
using Summarizer.Summarization;

namespace Summarizer.Extractive;

/// <summary>
/// Lead-aware summary of one article: its first well-formed sentence (news puts the main fact
/// there), then the sentences covering the most repeated concepts within the budget, in article
/// order. Key points are the next most salient sentences that add something new.
/// </summary>
internal sealed class ExtractiveSourceSummarizer(SummaryOptions options, ExtractiveTuning tuning) : ISourceSummarizer
{
    // Large enough that no concept gain outweighs it: the lead sentence is always kept if it fits.
    private const double LeadBonus = 1e6;

    public Task<SourceSummary> SummarizeAsync(CleanedArticle article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Summarize(article, cancellationToken));
    }

    internal SourceSummary Summarize(CleanedArticle article, CancellationToken cancellationToken)
    {
        var table = new SentenceTable([article], tuning.MaxSentenceWords);
        var sentences = table.Sentences;
        var candidates = ExtractiveMerger.Candidates(table, SentenceShape.MinWords, tuning.AvoidDangling);
        var concepts = ConceptWeights.ForSingle(table);
        var bonus = new double[sentences.Count];
        for (var i = 0; i < bonus.Length; i++)
        {
            bonus[i] = 0.5 / (1 + sentences[i].Position);
        }

        if (candidates.Count > 0 && sentences[candidates[0]].Position < 3)
        {
            bonus[candidates[0]] = LeadBonus;
        }

        var chosen = BudgetedSelector.Select(
            candidates,
            i => sentences[i].Bigrams,
            i => sentences[i].Words,
            concepts,
            bonus,
            options.SourceMaxWords,
            tuning.LengthExponent,
            (x, y) => SentenceTable.Cosine(sentences[x], sentences[y]) >= tuning.RedundancyCosine,
            cancellationToken);
        if (chosen.Count == 0 && sentences.Count > 0)
        {
            chosen.Add(candidates.Count > 0 ? candidates[0] : 0);
        }

        chosen.Sort();
        var summary = Budget.Truncate(string.Join(' ', chosen.Select(i => sentences[i].Text)), options.SourceMaxWords);
        return new SourceSummary(article.Id, summary, KeyPoints(table, candidates, chosen, concepts));
    }

    private List<string> KeyPoints(SentenceTable table, List<int> candidates, List<int> chosen, double[] concepts)
    {
        var sentences = table.Sentences;
        var taken = new List<int>(chosen);
        var ranked = candidates
            .Where(c => !chosen.Contains(c))
            .Select(c => (Index: c, Score: (sentences[c].Bigrams.Sum(id => concepts[id]) + 1.0 / (1 + sentences[c].Position))
                / Math.Sqrt(sentences[c].Words)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index);
        var result = new List<string>();
        foreach (var (index, _) in ranked)
        {
            if (result.Count == options.SourceKeyPoints)
            {
                break;
            }

            if (taken.Any(t => SentenceTable.Cosine(sentences[t], sentences[index]) >= tuning.SameClaimCosine))
            {
                continue;
            }

            taken.Add(index);
            result.Add(sentences[index].Text);
        }

        return result;
    }
}
