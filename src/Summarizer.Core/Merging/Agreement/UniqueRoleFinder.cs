using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// People the sources name as the one holder of a role, read from how the role is written rather than from a list of
/// offices: a definite role noun in apposition to a name ("the race's medical director, Dr Ana Vell", "Ana Vell, the
/// association's observer,", "Ana Vell, medical director for the run,") says the role has one holder. Another source
/// naming a different person by the same role noun ("Medical director Sam Orr said") disagrees on who holds it, when
/// neither source names the other's person anywhere and each names one holder of the role. A role noun after "a" or
/// "an" ("a neighbour, Sam Orr") is one of many holders and says nothing about who the one is.
/// </summary>
internal static class UniqueRoleFinder
{
    // Words that open an adverbial phrase, not a role: "In the afternoon, Ana Vell visited" names no "afternoon".
    private static readonly HashSet<string> Adverbial = new(StringComparer.Ordinal)
        { "in", "on", "at", "during", "after", "before", "since", "until", "from", "into", "through", "across", "over", "throughout" };

    // Owners written before a role noun: the role is held in them, so the phrase has one holder.
    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal)
        { "the", "its", "their", "his", "her", "our", "whose" };

    // Titles that name a post held in a body, not a rank or an honorific: written before a name they are its role
    // ("Manager Delia Fearnhough", "club secretary Ana Vell", "chief executive Ana Vell"), where "Captain" or
    // "Detective" is the person's rank.
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
        { "manager", "director", "chair", "chairman", "chairwoman", "secretary", "coach", "clerk", "executive" };

    // What may follow a role noun written after a name without an article ("medical director for the run").
    private static readonly HashSet<string> Complements = new(StringComparer.Ordinal) { "of", "for", "at" };

    /// <summary>A person named beside a role noun: its head, the lower-case words modifying it, and whether the
    /// writing marks the role as having one holder.</summary>
    private sealed record Holder(int Source, string Surname, string Shown, int Start, int End, string Head, IReadOnlySet<string> Modifiers, bool Definite)
    {
        /// <summary>The words of the named body the role is said to be held in ("of the Kelby Foods Group"); empty when unsaid.</summary>
        public IReadOnlyList<string> Body { get; init; } = [];
    }

    public static IReadOnlyList<(int Source, int Start, Disagreement Item)> Find(IReadOnlyList<SourceIndex> sources, int minVariantLength)
    {
        var holders = sources.OrderBy(s => s.Id).SelectMany(Collect).ToList();
        bool Same(string a, string b) => a == b || Names.IsVariant(a, b, minVariantLength);
        var spelled = sources.ToDictionary(s => s.Id, s => s.FoldedWords.Select(w => NameKey.Word(Possessor(w))).ToHashSet(StringComparer.Ordinal));

        var result = new List<(int, int, Disagreement)>();
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var role in holders.Where(h => h.Definite))
        {
            // Each source's one holder of this role (a source naming two holders cannot say which is the one).
            var bySource = holders.Where(h => h.Head == role.Head && Fits(h.Modifiers, role.Modifiers))
                .GroupBy(h => h.Source)
                .Where(g => g.All(h => Same(h.Surname, g.First().Surname)))
                .ToList();
            var people = new List<List<Holder>>();
            foreach (var held in bySource.SelectMany(g => g))
            {
                if (people.FirstOrDefault(p => Same(p[0].Surname, held.Surname)) is { } person)
                {
                    person.Add(held);
                }
                else
                {
                    people.Add([held]);
                }
            }

            // Each person is written as the one holder somewhere, or by the role written bare before the name with no
            // qualifier the one holder's role lacks in at least one source: once another source says the role has one
            // holder ("the firm's managing director, Ana Vell"), "Managing director Sam Orr" names a rival for it, where
            // "Mission director Sam Orr" may hold another directorship. A word before a bare role at a sentence's start
            // may be the owner's name rather than a qualifier ("Foodbank manager Delia Fearnhough" against "Its manager,
            // Owen Treasure": "its" is the story's own body), so one source writing the bare role alone ("Manager Delia
            // Fearnhough") shows the role is the same. Two bare roles say nothing of one holder. No person's source names
            // another: a source naming both tells of two holders.
            if (people.Count < 2 || !people.All(p => p.Any(h => h.Definite) || p.Any(h => h.Modifiers.IsSubsetOf(role.Modifiers)))
                || people.Any(p => people.Any(q => !ReferenceEquals(p, q) && p.Any(h => spelled[h.Source].Contains(q[0].Surname))))
                || people.Any(p => people.Any(q => !ReferenceEquals(p, q) && OtherBody(p, q, spelled))))
            {
                continue;
            }

            var key = string.Join('|', people.Select(p => p[0].Surname).Order(StringComparer.Ordinal));
            if (!listed.Add(key))
            {
                continue;
            }

            var claims = people.Select(p => new Claim(
                    p.MaxBy(h => h.Shown.Length)!.Shown,
                    p.Select(h => h.Source).Distinct().Order().ToList(),
                    p.GroupBy(h => h.Source).Select(g => g.First()).Select(h => new SourceSpan(h.Source, h.Start, h.End)).ToList()))
                .OrderBy(c => c.Sources[0])
                .ToList();
            var first = people.SelectMany(p => p).OrderBy(h => h.Source).ThenBy(h => h.Start).First();
            var topic = $"who is the {string.Join(' ', role.Modifiers.Order(StringComparer.Ordinal).Append(role.Head))}";
            result.Add((first.Source, first.Start, new Disagreement(topic, claims)));
        }

        return result;
    }

    // "Sam Orr, chief executive of the Kelby Hospices Network" holds the post in the body named; a source that never names
    // that body and calls another person its own "chief executive" tells of the same title in another body, no rival.
    private static bool OtherBody(List<Holder> person, List<Holder> other, Dictionary<int, HashSet<string>> spelled) =>
        person.Where(h => h.Body.Count > 0).Any(h => other.All(o => !h.Body.All(spelled[o.Source].Contains)));

    // One role when the heads are the same and one phrase's modifiers hold the other's ("observer", "official
    // observer"); "senior coroner" and "assistant coroner" are two roles.
    private static bool Fits(IReadOnlySet<string> a, IReadOnlySet<string> b) => a.IsSubsetOf(b) || b.IsSubsetOf(a);

    private static string Possessor(string folded) => folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded;

    private static IEnumerable<Holder> Collect(SourceIndex source)
    {
        foreach (var sentence in source.Sentences)
        {
            var words = sentence.Words;
            for (var k = 0; k < words.Count; k++)
            {
                var read = RoleThenName(words, k) ?? NameThenRole(words, k) ?? RoleBeforeName(words, k);
                if (read is not var (role, name) || name.Last == name.First)
                {
                    continue;
                }

                var offset = sentence.Segment.Start;
                var post = Post(role);
                yield return new Holder(source.Id, NameKey.Word(Folding.Fold(words.Tokens[name.Last].Text)),
                    sentence.Segment.Text[words.Tokens[name.First].Start..words.Tokens[name.Last].End],
                    offset + words.Tokens[name.First].Start, offset + words.Tokens[name.Last].End, post.Head, post.Modifiers, post.Definite)
                { Body = post.Body };
            }
        }
    }

    // Before: the modifier written just before the head, when there is one ("harbour" in "harbour master").
    // Body: the folded words of the named body the role is held in ("of the Kelby Foods Group"), empty when unsaid.
    private readonly record struct Role(string Head, IReadOnlySet<string> Modifiers, bool Definite, string? Before = null)
    {
        public IReadOnlyList<string> Body { get; init; } = [];
    }

    private static string? Before(Words words, int head, HashSet<string> modifiers) =>
        head > 0 && !words.BreakAfter(head - 1) && modifiers.Contains(words[head - 1]) ? words[head - 1] : null;

    // The head noun of the role in command of a vessel, whatever the outlet calls it: a ship's master, her skipper, and
    // the "Captain" written before the name of the one in command (<see cref="RoleBeforeName"/>).
    private const string Command = "master";

    // Role words news English uses for one post: "her skipper" is the vessel's master, a firm's "boss" its chief
    // executive. A noun just before "master" makes a compound naming another post ("harbour master" is the
    // harbourmaster, as "station master" and "head master" are), so only "master" with no noun before it is the
    // vessel's master ("her master", "master of the ferry").
    private static readonly IReadOnlySet<string> Chief = new HashSet<string>(StringComparer.Ordinal) { "chief" };

    private static Role Post(Role role) => role switch
    {
        { Head: "skipper", Modifiers.Count: 0 } => role with { Head = Command },
        { Head: "master", Before: { } noun } => role with
        {
            Head = noun + role.Head,
            Modifiers = role.Modifiers.Where(w => w != noun).ToHashSet(StringComparer.Ordinal),
            Before = null,
        },
        { Head: "boss" } => role with { Head = "executive", Modifiers = role.Modifiers.Union(Chief).ToHashSet(StringComparer.Ordinal), Before = null },
        _ => role,
    };

    // The role a "Captain" before a name holds (CommandTitle): the vessel's master, with no qualifier.
    private static readonly Role InCommand = new(Command, new HashSet<string>(StringComparer.Ordinal), false);

    // "Captain" written before a name (not after a capitalised word of a longer rank, "Group Captain") names the one in
    // command of the vessel or aircraft the story is about, where other ranks name no post.
    private static bool CommandTitle(Words words, int k) =>
        k >= 1 && words[k - 1] is "captain" or "capt" && words.Capitalized(k - 1)
        && (k < 2 || words.BreakAfter(k - 2) || !words.Capitalized(k - 2));

    // "The race's medical director, Dr Ana Vell": a definite role phrase ending at k, a comma, then the name.
    private static (Role, (int First, int Last))? RoleThenName(Words words, int k)
    {
        if (words.After(k) != ',' || !IsRoleWord(words, k) || NameSpans.After(words, k + 1, 4) is not { } name || OpenedBefore(words, k) is not { } role || !role.Definite)
        {
            return null;
        }

        return (role, name);
    }

    // The phrase ending at head <paramref name="head"/>, read back to its determiner: modifiers, then an owner
    // ("the country park's", "Vell Water's", "whose"); null for "a"/"an" or an adverbial phrase.
    private static Role? OpenedBefore(Words words, int head)
    {
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        var k = head - 1;
        while (k >= 0 && !words.BreakAfter(k) && IsRoleWord(words, k))
        {
            modifiers.Add(words[k]);
            k--;
        }

        // An owner: a possessive with the words of its name before it ("the country park's", "Vell Water's"), or a
        // name of a body after "the" ("the Vell Water Trust observer").
        var possessive = false;
        while (k >= 0 && !words.BreakAfter(k) && (words[k].EndsWith("'s", StringComparison.Ordinal) || words[k].EndsWith("s'", StringComparison.Ordinal)
            || (words.Capitalized(k) && !Possessives.Contains(words[k]) && words[k] is not ("a" or "an")) || (possessive && IsRoleWord(words, k))))
        {
            possessive |= words[k].EndsWith("'s", StringComparison.Ordinal) || words[k].EndsWith("s'", StringComparison.Ordinal);
            k--;
        }

        if (k >= 0 && !words.BreakAfter(k) && Possessives.Contains(words[k]))
        {
            return k > 0 && !words.BreakAfter(k - 1) && Adverbial.Contains(words[k - 1]) ? null : new Role(words[head], modifiers, true, Before(words, head, modifiers));
        }

        return possessive ? new Role(words[head], modifiers, true, Before(words, head, modifiers)) : null;
    }

    // "Ana Vell, the association's observer," / "Ana Vell, medical director for the run,": the name, a comma, then the
    // role phrase ending its clause (or, with no article, followed by what it is held in).
    private static (Role, (int First, int Last))? NameThenRole(Words words, int k)
    {
        if (words.After(k) != ',' || NameSpans.EndingAt(words, k) is not { } name || k + 1 >= words.Count)
        {
            return null;
        }

        var j = k + 1;
        var article = Possessives.Contains(words[j]);
        // "Ridgeline Access, whose managing director, Ana Vell": "whose" opens a clause about the name's own role holder,
        // so the name before it is the body the role is held in, not its holder.
        if (words[j] is "a" or "an" or "whose" || !(article || IsRoleWord(words, j) || words.Capitalized(j)))
        {
            return null;
        }

        // The head: the last role word before the phrase ends, at a break or at a preposition.
        var head = -1;
        for (var m = article ? j + 1 : j; m < Math.Min(words.Count, j + 8); m++)
        {
            if (Complements.Contains(words[m]) || words[m] is "in" or "with")
            {
                if (!article && !Complements.Contains(words[m]))
                {
                    return null;
                }

                break;
            }

            if (!IsRoleWord(words, m) && !words.Capitalized(m) && !words[m].EndsWith("'s", StringComparison.Ordinal))
            {
                return null;
            }

            if (IsRoleWord(words, m))
            {
                head = m;
            }

            if (words.BreakAfter(m) || m == words.Count - 1)
            {
                if (!article)
                {
                    return null; // "Ana Vell, director," with no article and nothing it is held in: too little to say one holder
                }

                break;
            }
        }

        if (head < 0 || !(words.BreakAfter(head) || head == words.Count - 1 || Complements.Contains(words[head + 1]) || words[head + 1] is "in" or "with"))
        {
            return null;
        }

        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        for (var m = head - 1; m >= j && IsRoleWord(words, m) && !words[m].EndsWith("'s", StringComparison.Ordinal); m--)
        {
            modifiers.Add(words[m]);
        }

        // What the role is held in qualifies it as its modifiers do: "director of public health" is no "site director".
        for (var m = head + 2; head + 1 < words.Count && !words.BreakAfter(head) && m < Math.Min(words.Count, head + 6) && !words.BreakAfter(m - 1); m++)
        {
            if (IsLetters(words, m) && !Stopwords.IsStopword(words[m]))
            {
                modifiers.Add(Possessor(words[m]));
            }
        }

        return (new Role(words[head], modifiers, true, Before(words, head, modifiers)) { Body = BodyNamed(words, head) }, name);
    }

    // The capitalised words of the body named after the role's head and "of", "for" or "at" ("chief executive of the
    // Kelby Hospices Network"), folded as the sources' words are; empty when no body is named there.
    private static List<string> BodyNamed(Words words, int head)
    {
        var body = new List<string>();
        if (words.BreakAfter(head) || !Complements.Contains(words[head + 1]))
        {
            return body;
        }

        var m = words[head + 2] == "the" && !words.BreakAfter(head + 1) ? head + 3 : head + 2;
        for (; m < words.Count && !words.BreakAfter(m - 1) && words.Capitalized(m) && IsLetters(words, m); m++)
        {
            body.Add(NameKey.Word(Folding.Fold(words.Tokens[m].Text)));
        }

        return body;
    }

    // "Medical director Sam Orr", "Hero pilot Captain Sam Orr": a role phrase written before the name (ranks skipped).
    // It says the person's role but not that the role has one holder, unless "the" or an owner opens it. A sentence
    // opening with the role noun capitalises it into the name's run ("Arbiter Piet Sandvoort said"); read it as the role
    // when a name of two words follows, since it only meets another source's role written in lower case, which shows
    // the word is a common noun there and not a given name.
    private static (Role, (int First, int Last))? RoleBeforeName(Words words, int k)
    {
        var opensSentence = k == 1 && (!NameSpans.Titles.Contains(words[0]) || Offices.Contains(words[0]));
        if (!NameSpans.IsNameWord(words, k) || NameSpans.Titles.Contains(words[k]) || (k > 0 && NameSpans.IsNameWord(words, k - 1) && !NameSpans.Titles.Contains(words[k - 1]) && !opensSentence)
            || NameSpans.After(words, k, 1) is not { } name)
        {
            return null;
        }

        var m = k - 1;
        while (m > 0 && !words.BreakAfter(m) && words.Capitalized(m) && NameSpans.Titles.Contains(words[m]))
        {
            m--; // a rank written as a title ("Captain") is no role phrase
        }

        if (m < 0 || words.BreakAfter(m) || !(IsRoleWord(words, m) || (m == 0 && words.Capitalized(0) && IsLetters(words, 0) && !Stopwords.IsStopword(words[0]))))
        {
            return CommandTitle(words, k) ? (InCommand, name) : null;
        }

        var head = m;
        var modifiers = new HashSet<string>(StringComparer.Ordinal);
        m--;
        while (m >= 0 && !words.BreakAfter(m) && (IsRoleWord(words, m) || (m == 0 && words.Capitalized(0) && IsLetters(words, 0) && !Stopwords.IsStopword(words[0]))))
        {
            modifiers.Add(words[m]);
            m--;
        }

        // A phrase of ranks only ("Detective Inspector") is a title, not a role held in this story; an office is a role
        // however it is written ("Manager Delia Fearnhough" opening a sentence).
        if (m >= 0 && !words.BreakAfter(m) && words[m] is "a" or "an")
        {
            return null;
        }

        if (NameSpans.Titles.Contains(words[head]) && !Offices.Contains(words[head]) && modifiers.All(NameSpans.Titles.Contains))
        {
            return CommandTitle(words, k) ? (InCommand, name) : null;
        }

        var definite = m >= 0 && !words.BreakAfter(m) && (Possessives.Contains(words[m]) || words[m].EndsWith("'s", StringComparison.Ordinal));
        return (new Role(words[head], modifiers, definite, Before(words, head, modifiers)), name);
    }

    // A lower-case word of letters that is no function word: a noun or a modifier of one.
    private static bool IsRoleWord(Words words, int k) =>
        k >= 0 && k < words.Count && !words.Capitalized(k) && IsLetters(words, k) && !Stopwords.IsStopword(words[k])
        && !words[k].EndsWith("'s", StringComparison.Ordinal);

    private static bool IsLetters(Words words, int k) => words.Tokens[k].Text.All(c => char.IsLetter(c) || c == '-');
}
