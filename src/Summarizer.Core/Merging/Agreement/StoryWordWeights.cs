using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// How much each content word of a story tells, read from the story itself: the inverse of how many of its
/// sentences (all sources) use the word. The story's names and place run through most sentences and weigh little;
/// the words of one event ("evacuated", "embankment") appear in a few and weigh much, so two passages that share
/// those words with their participants say the same thing, and two that share only the names do not.
/// </summary>
internal sealed class StoryWordWeights
{
    private readonly Dictionary<string, double> _weights = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly double _unseen;

    public StoryWordWeights(IReadOnlyList<SourceIndex> sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = 0;
        foreach (var sentence in sources.SelectMany(s => s.Sentences))
        {
            sentences++;
            foreach (var word in sentence.Content)
            {
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }

            // A sentence's first word is capitalised whatever it is; inside a sentence a capital marks a name.
            foreach (var token in sentence.Tokens.Skip(1).Where(t => char.IsUpper(t.Text[0])))
            {
                _names.Add(Stemmer.Inflections.Stem(token.Text));
            }
        }

        // Smoothed so a word in every sentence still weighs a little and the weights stay positive.
        var n = sentences + 1.0;
        foreach (var (word, count) in counts)
        {
            _weights[word] = Math.Log(n / count) + 0.1;
        }

        _unseen = Math.Log(n) + 0.1;
    }

    /// <summary>The weight of <paramref name="stem"/>; a word no sentence of the story uses weighs most.</summary>
    public double Of(string stem) => _weights.TryGetValue(stem, out var weight) ? weight : _unseen;

    /// <summary>True when some sentence of the story writes <paramref name="stem"/> capitalised after its first word: a name.</summary>
    public bool IsName(string stem) => _names.Contains(stem);

    /// <summary>The summed weight of <paramref name="stems"/>.</summary>
    public double Of(IEnumerable<string> stems) => stems.Sum(Of);
}
