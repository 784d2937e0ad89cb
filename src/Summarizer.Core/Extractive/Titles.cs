using Summarizer.Text;

namespace Summarizer.Extractive;

/// <summary>
/// Reads a bare title as the person the story names with it: where the story writes "French President Emmanuel
/// Macron", a sentence saying only "French President" means Macron. A title is a run of two or more capitalised
/// words that the story also gives followed by more capitalised words (the name); it is read as that name only when
/// every such name in the story ends in the same word (one person: "Prime Minister" before two names stays a title).
/// </summary>
internal static class Titles
{
    private const int MinTitleWords = 2;

    /// <summary>For each text, the words of the names its bare titles stand for (empty when it has none).</summary>
    public static IReadOnlyList<string>[] NamesFor(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var runs = texts.Select(CapitalisedRuns).ToList();
        var continuations = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var run in runs.SelectMany(r => r))
        {
            for (var k = MinTitleWords; k < run.Length; k++)
            {
                var title = Key(run[..k]);
                if (!continuations.TryGetValue(title, out var names))
                {
                    continuations[title] = names = [];
                }

                names.Add(run[k..]);
            }
        }

        var result = new IReadOnlyList<string>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            var added = new List<string>();
            foreach (var run in runs[i].Where(r => r.Length >= MinTitleWords))
            {
                if (continuations.TryGetValue(Key(run), out var names) && OnePerson(names))
                {
                    added.AddRange(names.MaxBy(n => n.Length)!);
                }
            }

            result[i] = added;
        }

        return result;
    }

    private static bool OnePerson(List<string[]> names) =>
        names.Select(n => n[^1].ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() == 1;

    private static string Key(string[] words) => string.Join(' ', words).ToLowerInvariant();

    // Maximal runs of capitalised words with only spaces between them.
    private static List<string[]> CapitalisedRuns(string text)
    {
        var runs = new List<string[]>();
        var current = new List<string>();
        var previousEnd = -1;
        var position = 0;
        while (Tokenizer.Terms.Next(text, position, out var start, out var length))
        {
            position = start + length;
            var joined = previousEnd >= 0 && text.AsSpan(previousEnd, start - previousEnd).IsWhiteSpace();
            if (!joined || !char.IsUpper(text[start]))
            {
                Flush();
            }

            if (char.IsUpper(text[start]))
            {
                current.Add(text.Substring(start, length));
            }

            previousEnd = start + length;
        }

        Flush();
        return runs;

        void Flush()
        {
            if (current.Count > 0)
            {
                runs.Add([.. current]);
                current.Clear();
            }
        }
    }
}
