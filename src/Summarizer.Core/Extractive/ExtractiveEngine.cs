using System.ComponentModel.DataAnnotations;
using Summarizer.Merging;
using Summarizer.Summarization;

namespace Summarizer.Extractive;

/// <summary>
/// The offline engine: extractive, deterministic, no model or network. Per-source summaries are
/// lead-aware; the merged summary maximizes covered cross-source concepts (stemmed bigrams weighted
/// by how many articles mention them) within the word budget and cites every source of each claim.
/// </summary>
public static class ExtractiveEngine
{
    /// <summary>A per-source summarizer honoring <see cref="SummaryOptions.SourceMaxWords"/> and <see cref="SummaryOptions.SourceKeyPoints"/>.</summary>
    /// <exception cref="ValidationException">An option is out of range; the message names it.</exception>
    public static ISourceSummarizer CreateSourceSummarizer(SummaryOptions options) =>
        new ExtractiveSourceSummarizer(Validate(options), ExtractiveTuning.Default);

    /// <summary>
    /// A merger honoring <see cref="SummaryOptions.MaxWords"/> and <see cref="SummaryOptions.MergedKeyPoints"/>.
    /// The result's <c>SummaryClaims</c> cite each summary sentence; <c>KeyPoints</c> are further claims.
    /// </summary>
    /// <exception cref="ValidationException">An option is out of range; the message names it.</exception>
    public static IStoryMerger CreateMerger(SummaryOptions options) =>
        new ExtractiveMerger(Validate(options), ExtractiveTuning.Default);

    internal static IStoryMerger CreateMerger(SummaryOptions options, ExtractiveTuning tuning) =>
        new ExtractiveMerger(Validate(options), tuning);

    private static SummaryOptions Validate(SummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        return options;
    }
}
