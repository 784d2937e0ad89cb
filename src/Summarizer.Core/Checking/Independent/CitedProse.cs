using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Chunking;

namespace Summarizer.Checking.Independent;

/// <summary>One clause of generated prose and the "[n]" markers that cite it.</summary>
/// <param name="Text">The clause without its markers.</param>
/// <param name="Ids">The ids its markers cite, ascending; empty when it has none.</param>
/// <param name="Markers">Where its markers are in the prose (start, length).</param>
internal sealed record CitedPart(string Text, IReadOnlyList<int> Ids, IReadOnlyList<(int Start, int Length)> Markers);

/// <summary>One sentence of generated prose, as shown (markers included), and its cited clauses.</summary>
internal sealed record CitedSentence(string Shown, int Start, int End, IReadOnlyList<CitedPart> Parts);

/// <summary>
/// Splits generated prose into sentences and each sentence into the clauses its markers cite: markers inside a
/// sentence cite the clause before them ("... on March 14 [1][2], and 42 were rescued [1, 5]."); text after the last
/// marker belongs to the last clause.
/// </summary>
internal static partial class CitedProse
{
    public static List<CitedSentence> Split(string text)
    {
        var result = new List<CitedSentence>();
        var markers = Marker().Matches(text);
        // Markers are blanked, not removed, so offsets still line up with the original text.
        var masked = Marker().Replace(text, m => new string(' ', m.Length));
        var sentences = SentenceSplitter.Instance.Split(masked);
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var nextStart = s + 1 < sentences.Count ? sentences[s + 1].Start : int.MaxValue;
            var own = markers.Where(m => m.Index >= sentence.Start && m.Index < nextStart).ToList();
            var end = Math.Max(sentence.End, own.Select(m => m.Index + m.Length).DefaultIfEmpty(sentence.End).Max());
            result.Add(new CitedSentence(text[sentence.Start..end].Trim(), sentence.Start, end, Parts(masked, sentence, own)));
        }

        return result;
    }

    /// <summary>
    /// The sentence as the markers of <paramref name="id"/> cite it: its parts that cite that source, in order, each one that
    /// followed a part left out losing the link to it ("..., or", "and"). "The toll [1][2] was nine [1] or 11 [2]." reads
    /// "The toll was nine" for 1 and "The toll 11." for 2: a part that gives one outlet's side, or a fragment cut off
    /// its subject, is judged with the rest of what its marker's source is cited for in the same sentence. Null when
    /// only one part cites <paramref name="id"/>: the part is then the whole reading.
    /// </summary>
    public static string? ReadingFor(CitedSentence sentence, int id)
    {
        var parts = sentence.Parts.Select((p, i) => (Part: p, Index: i)).Where(p => p.Part.Ids.Contains(id)).ToList();
        if (parts.Count < 2)
        {
            return null;
        }

        var texts = parts.Select((p, k) => k > 0 && parts[k - 1].Index != p.Index - 1 ? Link().Replace(p.Part.Text, string.Empty) : p.Part.Text);
        return Tidy(string.Join(' ', texts.Where(t => t.Length > 0)));
    }

    private static List<CitedPart> Parts(string masked, TextSegment sentence, List<Match> markers)
    {
        var groups = new List<(int End, List<int> Ids, List<(int, int)> At)>();
        foreach (var m in markers)
        {
            var ids = m.Groups[1].Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1).Where(id => id > 0);
            var separated = groups.Count == 0 || masked[groups[^1].End..m.Index].Any(char.IsLetterOrDigit);
            if (separated)
            {
                groups.Add((m.Index + m.Length, [.. ids], [(m.Index, m.Length)]));
            }
            else
            {
                groups[^1] = (m.Index + m.Length, [.. groups[^1].Ids, .. ids], [.. groups[^1].At, (m.Index, m.Length)]); // "[1][2]"
            }
        }

        if (groups.Count == 0)
        {
            return [new CitedPart(Tidy(sentence.Text), [], [])];
        }

        var parts = new List<CitedPart>();
        var from = sentence.Start;
        for (var g = 0; g < groups.Count; g++)
        {
            var to = g == groups.Count - 1 ? Math.Max(sentence.End, groups[g].End) : groups[g].End;
            var part = Tidy(masked[from..Math.Min(to, masked.Length)]);
            from = to;
            if (part.Length > 0)
            {
                parts.Add(new CitedPart(part, [.. groups[g].Ids.Distinct().Order()], groups[g].At));
            }
        }

        return parts;
    }

    // Blanked markers leave runs of spaces, and a space before the full stop they stood in front of.
    private static string Tidy(string part) => SpaceBeforePunctuation().Replace(Spaces().Replace(part, " "), "$1").Trim();

    // What joins a part to the one before it: punctuation and a coordinating word.
    [GeneratedRegex(@"^[\s,;:\u2013\u2014-]*(?:(?:or|and|but|while|though|whereas)\b[\s,]*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ([.,;:!?])")]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\[(\d+(?:\s*[,;]\s*\d+)*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
