using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// What a reported act is done to. The same speaker with the same verb and most of the same words still says another
/// thing when the act falls on another object or on a part of it: "no further action against the driver" is no source
/// for "no further action against the yard" in an outlet that names the yard elsewhere, and "keep the hard shoulder
/// of the southbound carriageway free" is no source for "keep the southbound carriageway fully open".
/// </summary>
internal sealed partial class SaidMatter
{
    // Prepositions that open the object or target of an act ("action against", "a letter to", "a claim over"): those
    // that end what was said otherwise, and the ones of aim and contact.
    private static readonly FrozenSet<string> Targets = FrozenSet.ToFrozenSet(
        [.. Prepositions, "against", "to", "towards", "toward", "onto", "upon", "about", "across", "around"], StringComparer.Ordinal);

    // How many words a part's name may take between the verb's determiner and "of" ("the hard shoulder of").
    private const int PartWords = 3;

    // The same words up to the same preposition, then another thing in its slot. A synonym swap is an outlet's own
    // word for the thing; an outlet that writes the claim's word elsewhere in its article, and here puts another noun
    // after the same preposition, tells the act of another object ("against the driver" where the yard is named too).
    private static bool OtherFiller(List<string> claimOpens, List<string> sourceOpens, string claimWord, IReadOnlySet<string>? article) =>
        article is not null
        && claimOpens.Count > 0
        && claimOpens.SequenceEqual(sourceOpens, StringComparer.Ordinal)
        && claimOpens.Count(Targets.Contains) == 1
        && claimOpens.TrueForAll(w => Targets.Contains(w) || Openers.Contains(w))
        && article.Contains(claimWord);

    // The verb of what was said takes, in the source, a part named before "of" and then the claim's own object: "keep
    // the hard shoulder of the southbound carriageway" against "keep the southbound carriageway". The act falls on a
    // part of the thing, not on the whole the claim names.
    private bool OnAPart(Reading source)
    {
        if (_verb is null)
        {
            return false;
        }

        var claimObject = ObjectAfterVerb(_claim);
        if (claimObject < 0)
        {
            return false;
        }

        var said = _claim.ContentIndexes().Select(k => _claim.Stems[k]).ToHashSet(StringComparer.Ordinal);
        var objectStem = _claim.Stems[claimObject];
        for (var v = 0; v < source.Tokens.Count; v++)
        {
            if (source.Stems[v] != _verb || !ContentWords.IsContent(source.Folded[v]))
            {
                continue;
            }

            var first = NextAfterOpeners(source, v);
            if (first < 0 || source.Stems[first] == objectStem || said.Contains(source.Stems[first]))
            {
                continue;
            }

            // "<part> of [the] <the claim's object>", the part a few words long, all in one clause.
            for (var m = first + 1; m < source.Tokens.Count && m - first <= PartWords && source.SameClause(m - 1, m); m++)
            {
                if (source.Folded[m] == "of" && NextAfterOpeners(source, m) is var whole && whole >= 0 && source.Stems[whole] == objectStem)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The same frame with another word in its slot: the source gives a word of what was said and the same function
    // words after it ("exhibit is", "told about", "had been"), then a word of its own where the claim has one the
    // source's clause lacks and the outlet writes elsewhere. "Review how every exhibit is insured" is the outlet's
    // statement about another thing, not its word for "hung": it knows that word. The function words make the slot;
    // a run of nouns or adjectives with none between ("the evening peaks") is as often the outlet's own synonym.
    private bool InAnotherSlot(Reading source, IReadOnlySet<string>? article)
    {
        if (article is null)
        {
            return false;
        }

        var said = _claim.ContentIndexes().Where(k => _said.Contains(_claim.Stems[k])).ToList();
        var claimWords = _claim.ContentIndexes().Select(k => _claim.Stems[k]).ToHashSet(StringComparer.Ordinal);
        var words = source.ContentIndexes().ToList();
        for (var g = 1; g < said.Count; g++)
        {
            var (before, slot) = (said[g - 1], said[g]);
            var frame = _claim.Between(before, slot);
            var slotStem = _claim.Stems[slot];
            if (frame.Count == 0 || frame.Exists(ContentWords.IsContent) || !_claim.SameClause(before, slot) || !article.Contains(slotStem))
            {
                continue;
            }

            for (var i = 0; i + 1 < words.Count; i++)
            {
                var (at, next) = (words[i], words[i + 1]);
                if (source.Stems[at] == _claim.Stems[before] && source.SameClause(at, next)
                    && source.Between(at, next).SequenceEqual(frame, StringComparer.Ordinal)
                    && !claimWords.Contains(source.Stems[next]) && !NewsParaphrases.Of(slotStem).Contains(source.Stems[next])
                    && !InClause(source, at, slotStem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Whether the clause of token <paramref name="at"/> holds <paramref name="stem"/> as a content word.
    private static bool InClause(Reading reading, int at, string stem) =>
        reading.ContentIndexes().Any(k => reading.Stems[k] == stem && reading.SameClause(Math.Min(at, k), Math.Max(at, k)));

    // The first content word of the claim's verb's object: the word after the verb and its determiners.
    private int ObjectAfterVerb(Reading claim)
    {
        for (var v = 0; v < claim.Tokens.Count; v++)
        {
            if (claim.Stems[v] == _verb && ContentWords.IsContent(claim.Folded[v]))
            {
                return NextAfterOpeners(claim, v);
            }
        }

        return -1;
    }

    // The next token after <paramref name="at"/> past determiners only, in the same clause, when it is a content word.
    private static int NextAfterOpeners(Reading reading, int at)
    {
        var k = at + 1;
        while (k < reading.Tokens.Count && Openers.Contains(reading.Folded[k]) && reading.SameClause(k - 1, k))
        {
            k++;
        }

        return k < reading.Tokens.Count && reading.SameClause(at, k) && ContentWords.IsContent(reading.Folded[k]) ? k : -1;
    }
}
