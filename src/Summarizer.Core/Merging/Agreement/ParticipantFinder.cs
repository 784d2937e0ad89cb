using System.Collections.Frozen;
using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Named participants the sources disagree on: the same office, qualified the same way ("Lake Safety Board chair",
/// "French President"), held by different people. Only qualified roles are compared, since a bare "President"
/// names different people in one story; spelling variants of one name (Zelensky/Zelenskyy) agree.
/// </summary>
internal static class ParticipantFinder
{
    private static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
        ["president", "minister", "chancellor", "governor", "mayor", "captain", "commander", "chair", "chairman",
         "chairwoman", "secretary-general", "spokesperson", "spokesman", "spokeswoman", "ceo", "director", "king",
         "queen", "coach", "premier", "ambassador", "envoy",
         // offices one person holds for one event or port: "Incident controller Ana Ruiz", "Harbour master Ian Bell"
         "controller", "master"],
        StringComparer.Ordinal);

    private sealed record Mention(int Source, string Key, string Topic, string Name, string Surname, int Start, int End);

    public static IReadOnlyList<(int Source, int Start, Disagreement Item)> Find(IReadOnlyList<SourceIndex> sources, int minVariantLength)
    {
        var mentions = sources.OrderBy(s => s.Id).SelectMany(Collect).ToList();
        var result = new List<(int, int, Disagreement)>();
        foreach (var office in mentions.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            // People: surnames that are equal or spelling variants of each other are one person.
            var people = new List<List<Mention>>();
            foreach (var m in office.OrderBy(m => m.Source).ThenBy(m => m.Start))
            {
                var same = people.FirstOrDefault(p => p[0].Surname == m.Surname || Names.IsVariant(p[0].Surname, m.Surname, minVariantLength));
                if (same is null)
                {
                    people.Add([m]);
                }
                else
                {
                    same.Add(m);
                }
            }

            // A source naming both people (a predecessor, a deputy) is not a conflict between sources.
            people = people.Where(p => p.Select(m => m.Source).Distinct().Any(s => !people.Any(o => !ReferenceEquals(o, p) && o.Any(m => m.Source == s)))).ToList();
            if (people.Count < 2)
            {
                continue;
            }

            var claims = people.Select(p => new Claim(
                    p[0].Name,
                    p.Select(m => m.Source).Distinct().Order().ToList(),
                    p.GroupBy(m => m.Source).Select(g => g.First()).Select(m => new SourceSpan(m.Source, m.Start, m.End)).ToList()))
                .ToList();
            var first = office.OrderBy(m => m.Source).ThenBy(m => m.Start).First();
            result.Add((first.Source, first.Start, new Disagreement(first.Topic, claims)));
        }

        return result;
    }

    private static IEnumerable<Mention> Collect(SourceIndex source)
    {
        foreach (var sentence in source.Sentences)
        {
            var text = sentence.Segment.Text;
            var tokens = Tokenizer.Facts.Tokenize(text);
            for (var i = 1; i < tokens.Count - 1; i++)
            {
                var role = Folding.Fold(tokens[i].Text);
                if (!Roles.Contains(role))
                {
                    continue;
                }

                var m = i;
                while (m > 0 && IsCapitalized(tokens[m - 1].Text) && !Stopwords.IsStopword(Folding.Fold(tokens[m - 1].Text)))
                {
                    m--;
                }

                var n = i + 1;
                while (n < tokens.Count && n - i <= 4 && IsCapitalized(tokens[n].Text) && !Roles.Contains(Folding.Fold(tokens[n].Text)))
                {
                    n++;
                }

                // "Prime" of "Prime Minister" belongs to the role, not to the qualifier.
                var roleStart = i > 0 && Folding.Fold(tokens[i - 1].Text) is "prime" or "foreign" or "defence" or "defense" ? i - 1 : i;
                if (m >= roleStart || n - i < 2)
                {
                    continue; // needs a qualifier and at least a first name and a surname
                }

                var qualifier = tokens.Skip(m).Take(roleStart - m).Select(t => Canonical(t.Text)).ToList();
                var roleWords = string.Join(' ', tokens.Skip(roleStart).Take(i - roleStart + 1).Select(t => Folding.Fold(t.Text)));
                var offset = sentence.Segment.Start;
                yield return new Mention(
                    source.Id,
                    string.Join(' ', qualifier) + "|" + roleWords,
                    text[tokens[m].Start..tokens[i].End],
                    text[tokens[i + 1].Start..tokens[n - 1].End],
                    Canonical(tokens[n - 1].Text),
                    offset + tokens[i + 1].Start,
                    offset + tokens[n - 1].End);
            }
        }
    }

    private static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    // "Ukraine's" and "Ukrainian" qualify alike; alias forms ("UK", "British") share their group's key.
    private static string Canonical(string word)
    {
        var folded = Folding.Fold(word).TrimEnd('.');
        if (folded.EndsWith("'s", StringComparison.Ordinal))
        {
            folded = folded[..^2];
        }

        var group = Names.Forms.Where(f => Folding.Fold(f.Form).TrimEnd('.') == folded).Select(f => (int?)f.Group).FirstOrDefault();
        if (group is not null)
        {
            return "#" + group;
        }

        return folded.Length > 6 ? folded[..6] : folded;
    }
}
