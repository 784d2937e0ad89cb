using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What the values of an aligned group are of, in the words every one of its sources writes right after the value:
/// "of the vote" after "51.8% of the vote against ..." and "52.4 percent of the vote to ...", "for the incumbent" after
/// "48.2% for the incumbent" and "47.6 percent for the incumbent". Two entries under one topic are told apart by it.
/// </summary>
internal static class ValuesOf
{
    private const int MaxWords = 4;

    /// <summary>The words all facts' sources write after the value, up to a stop, figure or clause mark; "" when none.</summary>
    public static string Shared(IEnumerable<Fact> facts, IReadOnlyDictionary<int, string> texts)
    {
        List<string>? common = null;
        foreach (var fact in facts)
        {
            var after = texts.TryGetValue(fact.SourceId, out var text) && fact.End <= text.Length ? After(text, fact.End) : [];
            common = common is null
                ? after
                : [.. common.Zip(after).TakeWhile(p => string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase)).Select(p => p.First)];
        }

        // A tail of function words alone ("of the") says nothing of what is measured.
        var words = common ?? [];
        while (words.Count > 0 && Stopwords.IsStopword(words[^1].ToLowerInvariant()))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    private static List<string> After(string text, int end)
    {
        var stop = text.IndexOfAny(['.', ',', ';', ':', '!', '?', '(', ')', '"', '\n', '\u201C', '\u201D'], end);
        var clause = text[end..(stop < 0 ? text.Length : stop)];
        return [.. clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(w => !w.Any(char.IsDigit)).Take(MaxWords)];
    }
}
