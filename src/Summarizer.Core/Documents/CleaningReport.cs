namespace Summarizer.Documents;

/// <summary>One piece of text a named cleaning rule removed.</summary>
public sealed record Removal(string Rule, string Text);

/// <summary>Everything cleaning removed from one input, in the order it was removed.</summary>
public sealed record CleaningReport(IReadOnlyList<Removal> Removals)
{
    public static readonly CleaningReport Empty = new([]);

    /// <summary>Characters removed per rule, rules sorted by name (stable for snapshots).</summary>
    public IReadOnlyDictionary<string, int> CharactersByRule =>
        Removals.GroupBy(r => r.Rule, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(r => r.Text.Length), StringComparer.Ordinal);
}
