using Microsoft.Extensions.Logging;
using Summarizer.Documents;

namespace Summarizer.Pipeline;

public sealed partial class SummaryPipeline
{
    // A summary written on an earlier run for this very text, renumbered for this run; null when there is none.
    private async Task<SourceSummary?> RecallAsync(CleanedArticle article, CancellationToken cancellationToken)
    {
        if (_stages.Memory is not { } memory)
        {
            return null;
        }

        try
        {
            if (await StageBoundary.RunAsync("memory", () => memory.RecallAsync(article, cancellationToken), cancellationToken) is { } earlier)
            {
                _logger.LogInformation("Reused the earlier summary of {Source}: not sent to the model again", article.Origin);
                return earlier with { SourceId = article.Id };
            }
        }
        catch (Exception ex) when (ExpectedFailure.Is(ex, cancellationToken))
        {
            // The memory saves calls; a store that fails must never cost the summary (a bug still ends the run).
            _logger.LogWarning(ex, "Summary memory could not be read for {Source}; summarizing it afresh", article.Origin);
        }

        return null;
    }

    // Kept after the story is done, so what is remembered is the final (possibly revised) summary.
    private async Task RememberAsync(List<CleanedArticle> articles, SourceSummary?[] summaries, CancellationToken cancellationToken)
    {
        if (_stages.Memory is not { } memory)
        {
            return;
        }

        for (var i = 0; i < articles.Count; i++)
        {
            if (summaries[i] is not { } summary)
            {
                continue;
            }

            var article = articles[i];
            try
            {
                await StageBoundary.RunAsync("memory", () => memory.RememberAsync(article, summary, cancellationToken), cancellationToken);
            }
            catch (Exception ex) when (ExpectedFailure.Is(ex, cancellationToken))
            {
                _logger.LogWarning(ex, "Summary memory could not keep the summary of {Source}", articles[i].Origin);
            }
        }
    }
}
