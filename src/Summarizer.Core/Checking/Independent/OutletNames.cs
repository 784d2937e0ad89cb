namespace Summarizer.Checking.Independent;

/// <summary>
/// The story's outlet names ("The Sunday Spark", "Radio Five Valleys"), scanned once per story: where a claim writes one,
/// its words are attribution, not content, so a weekday, month or number word in it is no date or figure its article
/// must give.
/// </summary>
internal sealed class OutletNames
{
    public static readonly OutletNames None = new([]);

    // Each name's words without symbols and without a leading article; names of one word are left out, since a one-word
    // name ("Monday") cannot be told from the word itself.
    private readonly IReadOnlyList<IReadOnlyList<Word>> _names;

    public OutletNames(IEnumerable<string> names) =>
        _names = [.. names.Select(Words).Where(n => n.Count >= 2)];

    private static IReadOnlyList<Word> Words(string name)
    {
        var words = WordScanner.Scan(name).Where(w => w.Kind != WordKind.Symbol).ToList();
        return words is [{ Folded: "the" }, _, ..] ? words[1..] : words;
    }

    /// <summary>
    /// Where the claim writes an outlet's name: its words in a row, each capitalised as a name is, so that "the sunday
    /// papers" or "Sunday" alone is still a day.
    /// </summary>
    public List<(int Start, int End)> Spans(List<Word> words)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var name in _names)
        {
            for (var i = 0; i + name.Count <= words.Count; i++)
            {
                if (Enumerable.Range(0, name.Count).All(k => words[i + k].Folded == name[k].Folded && (words[i + k].IsCapitalized || !words[i + k].IsLetters)))
                {
                    spans.Add((words[i].Start, words[i + name.Count - 1].End));
                }
            }
        }

        return spans;
    }
}
