using Summarizer.Chunking;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a sentence of one source is judged against when "reported by one source" is decided: the other independent
/// sources, the story's aligned facts and how much each of its words tells (<see cref="StoryWordWeights"/>).
/// </summary>
internal sealed record SingleSourceStory(int SourceId, List<SourceIndex> Others, FactCorroboration Facts, StoryWordWeights Weights, StoryAnalysisOptions Options)
{
    // The story-weighted share of a clause's words that one passage (a sentence, or it with its neighbour) of another
    // source must hold for the clause to restate it: the event's words and participants are there, not just the story's
    // names. 0.6, chosen on the dev trust cases: a reworded statement of another source's fact reaches it, a clause
    // sharing only the story's names and place does not.
    private const double RestatedShare = 0.6;

    // A clause of fewer content words than this names who or what a sentence is about ("Mayor Ilse Varga,"); it
    // restates nothing on its own.
    private const int MinRestatingWords = 3;

    /// <summary>True when another source's passage holds most of <paramref name="content"/>'s story-weighted words.</summary>
    public bool Restates(HashSet<string> content) =>
        content.Count >= MinRestatingWords && Others.Any(o => o.BestWeightedShare(content, Weights) >= RestatedShare);

    /// <summary>
    /// True when <paramref name="clause"/> restates another source: its figures (of <paramref name="stated"/>, the
    /// sentence's facts) are all corroborated there, or, with no figure, another source's passage holds most of its words.
    /// </summary>
    public bool Restates(TextSegment clause, IReadOnlyList<Fact> stated)
    {
        var values = stated.Where(f => f.Start >= clause.Start && f.Start < clause.End && Facts.IsValue(f) && !f.OnPublicationDay).ToList();
        return values.Count > 0 ? values.All(Facts.IsCorroborated) : Restates(ContentWords.Of(clause.Text));
    }
}
