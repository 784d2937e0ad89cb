using Summarizer.Documents;
using Summarizer.Merging;
using Summarizer.Merging.Agreement;
using Summarizer.Summarization;

namespace Summarizer.Extractive;

/// <summary>
/// Multi-document extractive merge: concept-coverage selection under the word budget, sentences
/// in reading order (leads first, then by depth into each article), claims cited with every source that reports them.
/// </summary>
internal sealed class ExtractiveMerger(SummaryOptions options, ExtractiveTuning tuning) : IStoryMerger
{

    /// <remarks>Works from the articles themselves; <paramref name="summaries"/> are not needed and are ignored.</remarks>
    public Task<MergedSummary> MergeAsync(
        IReadOnlyList<CleanedArticle> articles,
        IReadOnlyList<SourceSummary> summaries,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Merge(articles, cancellationToken));
    }

    internal MergedSummary Merge(IReadOnlyList<CleanedArticle> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return new MergedSummary(string.Empty, string.Empty, [], [], []);
        }

        var table = new SentenceTable(articles, tuning.MaxSentenceWords);
        var sentences = table.Sentences;
        var rankedSources = RepresentativeSources.Pick(table, tuning.MaxRankedSources, cancellationToken);
        var candidates = Candidates(table, tuning.MinSentenceWords, tuning.AvoidDangling, rankedSources);
        var concepts = ConceptWeights.ForCluster(table, tuning);
        var sameFacts = new SameFacts(table, tuning.SameFactOverlap, tuning.RepeatedClauseShare);
        bool TooSimilar(int x, int y) => SentenceTable.Cosine(sentences[x], sentences[y]) >= tuning.RedundancyCosine || sameFacts.Same(x, y);
        var claims = new ClaimFinder(table, tuning.SameClaimCosine, tuning.KeyPointOverlapCosine, cancellationToken, rankedSources) { SameFacts = sameFacts, SameFactOverlap = tuning.KeyPointSameFactOverlap };
        var attributed = new BestAttributed(candidates, table, sameFacts, claims, tuning.RestatementMinWeight, tuning.SameFactOverlap);

        // Concept coverage with the position prior chooses the summary that the key points must not repeat, and so which
        // facts are left to them (and through them to the single-source list): the learned score never moves those.
        var chosen = Select(table, candidates, concepts, Bonus(table, concepts, learned: false), attributed, TooSimilar, cancellationToken);
        var salience = Salience(table, concepts);
        // Spares stand behind the key points for the grounding check, which puts one in place of a key point whose
        // citations do not all hold.
        var ranked = claims.RankKeyPoints(
            [.. candidates.Where(c => !attributed.Outranked.Contains(c))], chosen, salience, options.MergedKeyPoints + tuning.SpareKeyPoints);
        var keyPoints = ranked.Take(options.MergedKeyPoints).ToList();
        var spares = ranked.Skip(options.MergedKeyPoints).ToList();
        if (LearnedScoreOn && !tuning.LeadOnly)
        {
            // The prose alone is chosen with the learned score, fitted to ROUGE, which values neither who said what nor
            // when: it keeps the plain summary's quoted words and its sentences that move a process on from an earlier
            // report, and never takes a state an outlet published later reports further along.
            var states = new StaleStates(table, cancellationToken, sameFacts);
            var kept = chosen.Where(i => QuotedSpans.Find(sentences[i].Text).Count > 0 || states.Advances(i)).ToList();
            List<int> current = [.. candidates.Where(c => kept.Contains(c) || !states.Superseded(c))];
            var prose = Select(table, current, concepts, Bonus(table, concepts, learned: true), attributed, TooSimilar, cancellationToken, kept);

            // A key point (or spare) whose facts the prose states is left out; the places it frees go to the next spares
            // the prose does not state that other outlets report too (a key point only one outlet gives would become a
            // single-source item the plain brief does not list). Every other spare the prose does not state stays a spare,
            // one outlet's too: the single-source list draws on them as it does in the plain brief.
            // A key point or spare an outlet published later moves on (a state further along, a count given anew) leaves
            // as it would leave the prose: listed, it would state what is no longer so.
            bool Stays(int k) => !prose.Any(p => claims.Reports(k, p) || TooSimilar(k, p)) && !states.Superseded(k);
            var stay = keyPoints.Where(Stays).ToList();
            var unstated = spares.Where(Stays).ToList();
            var fill = unstated.Where(k => claims.Support(k).Length > 0).Take(options.MergedKeyPoints - stay.Count).ToList();
            keyPoints = [.. stay, .. fill];
            spares = [.. unstated.Except(fill)];
            chosen = prose;
        }

        // Reading order, never by score: how far into its article each sentence stands, so the sources' leads
        // (what happened) come before their later detail (reactions, background); ties by source, then position.
        var lengths = new int[articles.Count];
        foreach (var s in sentences)
        {
            lengths[s.Article]++;
        }

        chosen = [.. chosen
            .OrderBy(i => (double)sentences[i].Position / lengths[sentences[i].Article])
            .ThenBy(i => sentences[i].SourceId)
            .ThenBy(i => sentences[i].Start)];
        var summaryClaims = chosen.Select(claims.ClaimFor).ToList();
        var summary = string.Join(' ', chosen.Select(i => sentences[i].Text));
        if (WordCount.Of(summary) > options.MaxWords)
        {
            summary = Budget.Truncate(summary, options.MaxWords);
        }

        var headline = Headlines.For(table, claims.Centrality(candidates));
        return new MergedSummary(headline, summary, [.. keyPoints.Select(claims.ClaimFor)], [], [])
        {
            SummaryClaims = summaryClaims,
            SpareKeyPoints = [.. spares.Select(claims.ClaimFor)],
        };
    }

    private bool LearnedScoreOn => tuning.SentenceScore is not null && tuning.SentenceScoreScale > 0;

    // The summary's sentences by concept coverage plus the per-sentence bonus (holding any kept ones), each outranked one then giving way to its
    // better-cited restatement; the lead baseline when tuned so; the first sentence when nothing fits.
    private List<int> Select(
        SentenceTable table, List<int> candidates, double[] concepts, double[]? bonus, BestAttributed attributed,
        Func<int, int, bool> tooSimilar, CancellationToken cancellationToken, IReadOnlyList<int>? kept = null)
    {
        var sentences = table.Sentences;
        var chosen = tuning.LeadOnly
            ? LeadSelection(table, candidates, options.MaxWords)
            : BudgetedSelector.Select(
                candidates,
                i => sentences[i].Bigrams,
                i => sentences[i].Words,
                concepts,
                bonus,
                options.MaxWords,
                tuning.LengthExponent,
                tooSimilar,
                cancellationToken,
                kept);
        if (chosen.Count == 0)
        {
            return Fallback(table, candidates);
        }

        return tuning.LeadOnly ? chosen : attributed.Choose(chosen, options.MaxWords, tooSimilar);
    }

    /// <param name="ranked">The articles whose sentences may be chosen (<see cref="RepresentativeSources"/>); null for all.</param>
    internal static List<int> Candidates(SentenceTable table, int minWords, bool avoidDangling, bool[]? ranked = null)
    {
        var result = new List<int>();
        for (var i = 0; i < table.Sentences.Count; i++)
        {
            var s = table.Sentences[i];
            if (s.Selectable && s.Words >= minWords && !(avoidDangling && s.Dangling) && (ranked is null || ranked[s.Article]))
            {
                result.Add(i);
            }
        }

        return result;
    }

    // When nothing fits (every selectable sentence is longer than the budget, or none is selectable)
    // the first sentence stands in and is cut to the budget later.
    private static List<int> Fallback(SentenceTable table, List<int> candidates) =>
        candidates.Count > 0 ? [candidates[0]] : table.Sentences.Count > 0 ? [0] : [];

    private static List<int> LeadSelection(SentenceTable table, List<int> candidates, int budget)
    {
        var chosen = new List<int>();
        var used = 0;
        for (var round = 0; ; round++)
        {
            var any = false;
            for (var a = 0; a < table.Articles.Count; a++)
            {
                var found = candidates.Where(c => table.Sentences[c].Article == a).Skip(round).Take(1).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                any = true;
                if (used + table.Sentences[found[0]].Words <= budget)
                {
                    chosen.Add(found[0]);
                    used += table.Sentences[found[0]].Words;
                }
                else
                {
                    return chosen;
                }
            }

            if (!any)
            {
                return chosen;
            }
        }
    }

    // Per-sentence value beside the concepts: the position prior, plus the learned score where asked for and one is set
    // (never below zero, so a sentence the model rates poorly is left to its concepts rather than penalised).
    private double[]? Bonus(SentenceTable table, double[] concepts, bool learned)
    {
        learned &= LearnedScoreOn;
        if (tuning.PositionBonus <= 0 && !learned)
        {
            return null;
        }

        var bonus = new double[table.Sentences.Count];
        var features = learned ? SentenceFeatures.For(table, concepts) : null;
        for (var i = 0; i < bonus.Length; i++)
        {
            bonus[i] = tuning.PositionBonus / (1 + table.Sentences[i].Position);
            if (features is not null)
            {
                bonus[i] += tuning.SentenceScoreScale * Math.Max(0, tuning.SentenceScore!.Score(features[i]));
            }
        }

        return bonus;
    }

    private static double[] Salience(SentenceTable table, double[] concepts)
    {
        var salience = new double[table.Sentences.Count];
        for (var i = 0; i < salience.Length; i++)
        {
            foreach (var id in table.Sentences[i].Bigrams)
            {
                salience[i] += concepts[id];
            }
        }

        return salience;
    }
}
