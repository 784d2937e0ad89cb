namespace Summarizer.Checking.Independent;

/// <summary>A name a source writes (a run of capitalised words), with the organisation nouns put on it ("digital bank Quillon Pay": bank).</summary>
/// <param name="Skeletons">The skeletons of its name's words.</param>
/// <param name="Labels">The stems of the organisation nouns the source (or another outlet of the story) calls it by.</param>
/// <param name="First">The index of the sentence that first names it.</param>
internal sealed record Organisation(IReadOnlySet<string> Skeletons, IReadOnlySet<string> Labels, int First);

internal sealed partial class SourceReading
{
    private readonly List<Organisation> _organisations = [];

    /// <summary>The names the source writes, each with the organisation nouns put on it.</summary>
    public IReadOnlyList<Organisation> Organisations => _organisations;

    /// <summary>
    /// The organisations <paramref name="noun"/> ("the company", "the bank") may mean in <paramref name="sentence"/>: those
    /// the source names by then and labels with a noun of its kind. A report names an organisation once, with what it
    /// is ("digital bank Quillon Pay", "the operator, Valbrenne Lifts", "Halden Bank"), and refers back to it by that
    /// noun or a general one ("the company"); when one organisation only fits, that is who the noun means.
    /// </summary>
    public IReadOnlyList<Organisation> Meant(Word noun, SentenceReading sentence)
    {
        var kinds = OrganisationNouns.KindsOf(noun.Stem);
        var at = IndexOf(sentence);
        return kinds.Count == 0 || at < 0 ? [] : [.. _organisations.Where(o => o.First <= at && o.Labels.Overlaps(kinds))];
    }

    /// <summary>
    /// Adds to each name the labels other outlets of the story put on a fuller form of it: what an organisation is, is the
    /// same in every report of the story, so "Harland & Mercer Bank" in one makes "Harland & Mercer" a bank in another that
    /// calls it only "the bank".
    /// </summary>
    public void LabelFrom(IReadOnlyList<Organisation> story)
    {
        for (var i = 0; i < _organisations.Count; i++)
        {
            var own = _organisations[i];
            var labels = story.Where(o => o.Skeletons.IsSupersetOf(own.Skeletons)).SelectMany(o => o.Labels).Except(own.Labels).ToList();
            if (labels.Count > 0)
            {
                _organisations[i] = own with { Labels = own.Labels.Union(labels).ToHashSet(StringComparer.Ordinal) };
            }
        }
    }

    private int IndexOf(SentenceReading sentence)
    {
        for (var i = 0; i < Sentences.Count; i++)
        {
            if (ReferenceEquals(Sentences[i], sentence))
            {
                return i;
            }
        }

        return -1;
    }

    // Each run of capitalised words, with the organisation nouns the sentence puts on it: the noun before it ("digital
    // bank Quillon Pay", "the operator, Valbrenne Lifts" where the name closes the apposition), the description set off
    // after it ("Quillon, the digital bank, said") and its own last word ("Halden Bank").
    private void AddOrganisations(SentenceReading sentence, int index)
    {
        var words = sentence.Words;
        var text = sentence.Text;
        foreach (var (i, end) in NameRuns(words))
        {
            var labels = new HashSet<string>(StringComparer.Ordinal);
            if (end > i)
            {
                labels.Add(words[end].Stem); // "Halden Bank"; a lone capital may open the sentence ("Bank staff ...")
            }

            if (i > 0 && words[i - 1].IsLetters && !words[i - 1].IsCapitalized && (Between(text, words[i - 1], words[i]) == "" || ClosesApposition(text, words, end)))
            {
                labels.Add(words[i - 1].Stem);
            }

            labels.UnionWith(DescriptionAfter(text, words, end));
            labels.RemoveWhere(l => !OrganisationNouns.IsOne(l));
            var skeletons = words.Skip(i).Take(end - i + 1).Select(w => w.Skeleton).ToHashSet(StringComparer.Ordinal);
            var known = _organisations.FindIndex(o => o.Skeletons.SetEquals(skeletons));
            if (known < 0)
            {
                _organisations.Add(new Organisation(skeletons, labels, index));
            }
            else if (!_organisations[known].Labels.IsSupersetOf(labels))
            {
                _organisations[known] = _organisations[known] with { Labels = _organisations[known].Labels.Union(labels).ToHashSet(StringComparer.Ordinal) };
            }
        }
    }

    // "the operator, Valbrenne Lifts." or "..., the operator, Valbrenne Lifts, said": a name set off after its noun ends
    // the apposition; "with the council, Acme said" does not.
    private static bool ClosesApposition(string text, IReadOnlyList<Word> words, int end) =>
        end + 1 == words.Count || text[words[end].End..words[end + 1].Start].Trim() is "," or "." or ";" or ")";

    // "Quillon, the digital bank, said": the head of a description set off by a comma after the name, its last word ("the
    // union's general secretary" is a secretary, not a union).
    private static IEnumerable<string> DescriptionAfter(string text, IReadOnlyList<Word> words, int end)
    {
        if (end + 2 >= words.Count || Between(text, words[end], words[end + 1]) != "," || words[end + 1].Folded is not ("a" or "an" or "the"))
        {
            yield break;
        }

        for (var k = end + 2; k < words.Count && words[k].IsLetters && !words[k].IsCapitalized; k++)
        {
            var gap = Between(text, words[k], k + 1 < words.Count ? words[k + 1] : null);
            if (gap.Length == 0)
            {
                continue;
            }

            if (gap[0] is ',' or '.' or ';' or ')')
            {
                yield return words[k].Stem; // the description ends here
            }

            yield break;
        }
    }

    private static string Between(string text, Word a, Word? b) => text[a.End..(b?.Start ?? text.Length)].Trim();
}
