using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Trust.Normalising;

/// <summary>A text in the evaluation's normal form, with the two containment tests the scoring rules use.</summary>
internal sealed partial class TrustText
{
    // Qualifiers a brief should keep but need not match ("about 3,000" is matched as "3,000"; "shortly before 10am"
    // as "before 10am"), and the function words that carry no identity in a key value.
    private static readonly HashSet<string> Ignorable = new(StringComparer.Ordinal)
    {
        "about", "around", "approximately", "roughly", "some", "nearly", "almost", "more", "than", "over", "under",
        "least", "most", "up", "just", "shortly", "fewer", "less", "below", "above", "estimated", "an", "a", "the", "of", "on",
        "in", "at", "and", "by", "for", "to", "from", "with", "or", "as",
    };

    // Prepositions that attach a detail (place, time, body, means) to a state rather than name it.
    private static readonly HashSet<string> DetailPrepositions = new(StringComparer.Ordinal)
    {
        "with", "in", "on", "at", "by", "through", "from", "after", "before", "until", "into", "under", "for",
    };

    // Forms of address and office titles written before a person's name in news (general English usage).
    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Justice", "Judge", "Professor", "Prof",
        "Rev", "Reverend", "Father", "Canon", "Bishop", "Inspector", "Sergeant", "Sgt", "Constable", "Detective", "Chief",
        "Superintendent", "Captain", "Capt", "Colonel", "General", "Major", "Lieutenant", "Commander", "Councillor", "Cllr",
        "Mayor", "President", "Minister", "Senator", "Governor",
    };

    public TrustText(string text)
    {
        Original = text;
        Tokens = TrustNormaliser.Tokens(text);
    }

    public string Original { get; }

    public IReadOnlyList<TrustToken> Tokens { get; }

    public IEnumerable<TrustToken> Figures => Tokens.Where(t => t.IsFigure);

    /// <summary>The needle's tokens occur here contiguously, in order (a key `match` term, quoted words).</summary>
    public bool ContainsSequence(IReadOnlyList<TrustToken> needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        if (needle.Count == 0)
        {
            return false;
        }

        for (var start = 0; start + needle.Count <= Tokens.Count; start++)
        {
            var all = true;
            for (var k = 0; k < needle.Count && all; k++)
            {
                all = needle[k].FoundAs(Tokens[start + k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    public bool ContainsSequence(string needle) => ContainsSequence(TrustNormaliser.Tokens(needle));

    /// <summary>
    /// Every needle token occurs somewhere here, in any order (a key value: "11.40pm Saturday" in "at 11.40pm on
    /// Saturday"); a figure stays with its currency and percent sign ("3%" is not found in "three plants ... 5.2%").
    /// </summary>
    public bool ContainsAll(IReadOnlyList<TrustToken> needle)
    {
        ArgumentNullException.ThrowIfNull(needle);
        return needle.Count > 0 && Groups(needle).All(ContainsSequence);
    }

    private static IEnumerable<IReadOnlyList<TrustToken>> Groups(IReadOnlyList<TrustToken> needle)
    {
        for (var i = 0; i < needle.Count; i++)
        {
            var start = i;
            if (needle[i].Kind == TrustTokenKind.Currency && i + 1 < needle.Count && needle[i + 1].Kind == TrustTokenKind.Number)
            {
                i++;
            }

            if (needle[i].Kind == TrustTokenKind.Number && i + 1 < needle.Count && needle[i + 1].Kind == TrustTokenKind.Percent)
            {
                i++;
            }

            yield return [.. needle.Skip(start).Take(i - start + 1)];
        }
    }

    /// <summary>
    /// The tokens that identify a key value: parenthesised remarks ("(Monday)") and qualifiers dropped. For a
    /// named participant, the person's name (the last two capitalised words of the first comma part that has any:
    /// "Colonel Ruth Ambers" -> Ruth Ambers, "Ada Finch, skipper of the Grey Heron" -> Ada Finch); for a place, its capitalised words ("outside Kellby" -> Kellby). One needle per alternative
    /// written "A / B".
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TrustToken>> ValueNeedles(string value, string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = Parenthesised().Replace(value, " ");
        return [.. plain.Split(" / ").Select(alternative => Needle(alternative, kind)).Where(n => n.Count > 0)];
    }

    /// <summary>
    /// The state a status value names: the content words of each "A / B" alternative before its first comma and before
    /// the detail a preposition adds to it, figures aside ("two charged with theft, one bailed" -> charged; "appeal
    /// lodged with the tribunal" -> appeal lodged; "reopened on Saturday" -> reopened). How many are in the state is a
    /// count of its own, and where or when it was reached is another fact: neither is the state. "To" is kept, as it
    /// opens an infinitive as often as a place ("due to reopen"); "and" is kept, so a second state stays required.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TrustToken>> StateNeedles(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = Parenthesised().Replace(value, " ");
        return [.. plain.Split(" / ").Select(StateNeedle).Where(n => n.Count > 0)];
    }

    private static IReadOnlyList<TrustToken> StateNeedle(string alternative)
    {
        var head = alternative.Split([',', ';'])[0];
        var kept = new List<TrustToken>();
        foreach (var token in TrustNormaliser.Tokens(head))
        {
            if (token.Kind == TrustTokenKind.Word && DetailPrepositions.Contains(token.Text) && kept.Count > 0)
            {
                break;
            }

            if (token.Kind == TrustTokenKind.Word && !Ignorable.Contains(token.Text))
            {
                kept.Add(token);
            }
        }

        return kept;
    }

    /// <summary>
    /// The content tokens of a statement: qualifiers and function words dropped. A bound written "as W as" before a
    /// figure ("as long as 14 hours", "as many as 40 homes") is a qualifier like "up to": its middle word goes too.
    /// </summary>
    public static IReadOnlyList<TrustToken> Content(string text)
    {
        var tokens = TrustNormaliser.Tokens(text);
        var kept = new List<TrustToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TrustTokenKind.Word && (Ignorable.Contains(token.Text) || IsBoundMiddle(tokens, i)))
            {
                continue;
            }

            kept.Add(token);
        }

        return kept;
    }

    private static bool IsBoundMiddle(IReadOnlyList<TrustToken> tokens, int i) =>
        i > 0 && i + 2 < tokens.Count && tokens[i - 1].Text == "as" && tokens[i + 1].Text == "as" && tokens[i + 2].IsFigure;

    private static IReadOnlyList<TrustToken> Needle(string value, string? kind)
    {
        if (kind is "participant" or "place")
        {
            var names = Capitalised(value, lastOnly: kind == "participant");
            if (names.Length > 0)
            {
                return TrustNormaliser.Tokens(names);
            }
        }

        return Content(value);
    }

    private static string Capitalised(string value, bool lastOnly)
    {
        if (!lastOnly)
        {
            var words = value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
            return string.Join(' ', words.Where(w => char.IsUpper(w[0])));
        }

        // A person's role may follow their name after a comma ("Ada Finch, head of the Grey Heron's crew"): the name is
        // the first comma part that ends in capitalised words, not the last capitalised words of the whole value.
        // Titles before a name are not part of it ("Lady Justice Ostrowska" is stated by "Ostrowska"); a title word
        // after a first word stays ("John Major").
        foreach (var part in value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var run = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse().TakeWhile(w => char.IsUpper(w[0])).Reverse().ToList();
            var title = 0;
            while (title < run.Count - 1 && PersonTitles.Contains(run[title].TrimEnd('.')))
            {
                title++;
            }

            if (run.Count > 0)
            {
                return string.Join(' ', run.Skip(title).TakeLast(2));
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
