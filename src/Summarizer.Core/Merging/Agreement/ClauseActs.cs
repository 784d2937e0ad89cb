using System.Collections.Frozen;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// The act each sentence of a story tells, read as its arguments rather than its verb: the sentence's content words
/// other than names and speech words, each weighted by how rare it is in the story (<see cref="StoryWordWeights"/>).
/// Two sentences of different sources that hold enough of each other's rare words tell one happening, whatever verb
/// and nouns each outlet chose for it ("struck 200 guests" / "350 holidaymakers were laid low by the virus" on one
/// cruise ship). Shared by the finders that align clauses across sources: who did an act, and which figures are one.
/// </summary>
internal sealed class ClauseActs
{
    /// <summary>The least weighted share of each clause's rare words the two must hold in common (set on dev cases).</summary>
    public const double MinShare = 0.2;

    /// <summary>The least number of shared words: a single common word is no act.</summary>
    public const int MinShared = 2;

    // Words that make the name beside them a speaker or the source of a report, not the doer of the act told.
    private static readonly FrozenSet<string> Speech = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "tells", "according", "added", "adds", "explained", "warned", "insisted", "stressed", "confirmed",
         "spoke", "speaking", "saying", "described", "recalled", "claimed", "admitted", "believes", "believed", "thinks", "wrote", "writes", "asked"],
        StringComparer.Ordinal);

    private readonly Dictionary<int, SourceIndex> _sources;

    public ClauseActs(IReadOnlyList<SourceIndex> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources = sources.ToDictionary(s => s.Id);
        Weights = new StoryWordWeights(sources);
    }

    public StoryWordWeights Weights { get; }

    /// <summary>True when <paramref name="folded"/> (a folded word) reports speech ("said", "according").</summary>
    public static bool IsSpeech(string folded) => Speech.Contains(folded);

    /// <summary>The act of a sentence's content words less <paramref name="own"/> (the words of what is aligned).</summary>
    public ClauseAct Of(IEnumerable<string> content, IReadOnlySet<string>? own = null)
    {
        var words = content.Where(w => (own is null || !own.Contains(w)) && !Weights.IsName(w) && !Speech.Contains(w)).ToHashSet(StringComparer.Ordinal);
        return new ClauseAct(words, Weights.Of(words));
    }

    /// <summary>The act of body sentence <paramref name="sentence"/> of source <paramref name="source"/>; null when there is none.</summary>
    /// <remarks>Read once per sentence: figure alignment asks it of every candidate pair.</remarks>
    public ClauseAct? Of(int source, int sentence)
    {
        if (!_sources.TryGetValue(source, out var index) || sentence < 0 || sentence >= index.Sentences.Count)
        {
            return null;
        }

        if (!_sentenceActs.TryGetValue((source, sentence), out var act))
        {
            _sentenceActs[(source, sentence)] = act = Of(index.Sentences[sentence].Content);
        }

        return act;
    }

    private readonly Dictionary<(int Source, int Sentence), ClauseAct> _sentenceActs = [];

    /// <summary>
    /// <paramref name="act"/> with each word that names a listed kind of act replaced by that kind (<see cref="ActSenses"/>),
    /// so clauses telling one act in different verbs share it.
    /// </summary>
    public ClauseAct Sensed(ClauseAct act)
    {
        if (!act.Words.Any(w => ActSenses.Of(w) is not null))
        {
            return act; // most clauses name no listed kind of act: no copy
        }

        var words = act.Words.Select(w => ActSenses.Of(w) ?? w).ToHashSet(StringComparer.Ordinal);
        return new ClauseAct(words, words.Sum(WeightOf));
    }

    // A kind of act weighs as its commonest word in the story: it is no rarer than the most used way of telling it.
    private double WeightOf(string word)
    {
        if (!ActSenses.IsSense(word))
        {
            return Weights.Of(word);
        }

        if (!_senseWeights.TryGetValue(word, out var weight))
        {
            _senseWeights[word] = weight = ActSenses.Members(word).Min(Weights.Of);
        }

        return weight;
    }

    private readonly Dictionary<string, double> _senseWeights = new(StringComparer.Ordinal);

    /// <summary>The least weighted share of the lighter act's words the other must hold for <see cref="HeldShare"/> (set on dev cases).</summary>
    public const double MinHeldShare = 0.3;

    /// <summary>
    /// How much of the lighter act the other holds, when that is at least <see cref="MinHeldShare"/> over at least
    /// <see cref="MinShared"/> words: a terse clause wholly held by a long sentence tells the same act even though the
    /// long sentence's other words dilute <see cref="Share"/>. Returns the two-sided share, for ranking; null when the
    /// lighter act is not held.
    /// </summary>
    public double? HeldShare(ClauseAct a, ClauseAct b)
    {
        if (a.Weight <= 0 || b.Weight <= 0)
        {
            return null;
        }

        var (count, shared) = Overlap(a, b);
        return count >= MinShared && shared / Math.Min(a.Weight, b.Weight) >= MinHeldShare ? Math.Min(shared / a.Weight, shared / b.Weight) : null;
    }

    /// <summary>The least weighted share of each doer's own clause the other must hold for <see cref="ClauseShare"/> (set on dev cases).</summary>
    public const double MinClauseShare = 0.5;

    /// <summary>
    /// The weighted share of each of two doers' own clauses (the verb they are the subject or agent of and what follows
    /// it) the other holds, when the other holds at least <see cref="MinClauseShare"/> of the lighter clause and a third
    /// of that of the heavier: a clause of a few words tells one act with another when they share its rare word, even
    /// where it is the only word shared. Null otherwise.
    /// </summary>
    public double? ClauseShare(ClauseAct a, ClauseAct b)
    {
        if (a.Weight <= 0 || b.Weight <= 0)
        {
            return null;
        }

        var (count, shared) = Overlap(a, b);
        var share = Math.Min(shared / a.Weight, shared / b.Weight);
        return count >= 1 && shared / Math.Min(a.Weight, b.Weight) >= MinClauseShare && share >= MinClauseShare / 3 ? share : null;
    }

    /// <summary>The weighted share of each act's words the other holds, or null when the two do not tell one act.</summary>
    public double? Share(ClauseAct a, ClauseAct b)
    {
        if (a.Weight <= 0 || b.Weight <= 0)
        {
            return null;
        }

        var (count, shared) = Overlap(a, b);
        var share = Math.Min(shared / a.Weight, shared / b.Weight);
        return count >= MinShared && share >= MinShare ? share : null;
    }

    /// <summary>How many of <paramref name="a"/>'s words <paramref name="b"/> holds, and their summed weight.</summary>
    private (int Count, double Weight) Overlap(ClauseAct a, ClauseAct b)
    {
        // Counted in place: finders run this for every pair of clauses in the story.
        var (count, shared) = (0, 0.0);
        foreach (var word in a.Words)
        {
            if (b.Words.Contains(word))
            {
                count++;
                shared += WeightOf(word);
            }
        }

        return (count, shared);
    }
}

/// <summary>The words of the act a clause tells and their summed rarity.</summary>
internal sealed record ClauseAct(HashSet<string> Words, double Weight);
