using System.Collections.Frozen;
using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Named people the sources credit with one act, found by aligning the clauses rather than their verbs: outlets tell
/// one happening in their own words ("a tranquilliser dart fired by Dr Ana Vell" / "keeper Sam Orr brought it down
/// with a tranquilliser dart"), but they keep its arguments, the story's distinctive nouns. Two passages of different
/// sources that each credit one person and share enough of their rare words (<see cref="ClauseActs"/>) tell the same
/// act; when they name different people, and neither source names the other's person anywhere, the sources disagree
/// on who did it. A sentence naming one person and no speaker is that person's act as a whole; in a sentence that
/// also names a speaker or a second person ("said Ana Vell", "according to"), each person's act is only the clause
/// they are the doer of (<see cref="AgentClauses"/>), and a person who only speaks there does none. People no sentence
/// pairs that way are tried once more on their own clauses alone: the same verb, or kind of act, heading two short
/// clauses of different doers tells one act even when the rest of each sentence differs.
/// </summary>
internal static class EventAgentFinder
{
    // Capitalised words that end the names of bodies and places, not people ("Kelsay Port Authority", "Quarry Lane",
    // "Harnley Town").
    private static readonly FrozenSet<string> NotPerson = FrozenSet.ToFrozenSet(
        ["street", "road", "lane", "row", "avenue", "bridge", "hill", "park", "square", "station", "airport", "port", "harbour",
         "river", "lake", "bay", "point", "head", "island", "valley", "farm", "house", "hall", "centre", "center", "hospital",
         "school", "college", "university", "council", "authority", "service", "services", "ministry", "department", "agency",
         "police", "court", "board", "group", "company", "union", "association", "party", "trust", "bank", "club", "news",
         "press", "radio", "times", "post", "herald", "courier", "gazette", "mercury", "echo", "wire", "airways", "airlines",
         "rail", "trains", "water", "energy", "fire", "rescue", "coastguard", "government", "commission", "office", "zoo",
         "estate", "market", "cathedral", "church", "stadium", "parade", "quay", "quayside", "summit", "ridge", "sound",
         .. BodyNouns.NameEnds],
        StringComparer.Ordinal);

    // Act: what the sentence credits the person with (all its words when it names no one else); Clause: the words of
    // the clause the person is the doer of alone, or null when the sentence sets out none.
    // Head: the stem (or kind, <see cref="ActSenses"/>) of that clause's verb. Announced: the roots of what the person
    // makes known (<see cref="AnnouncedActs"/>), when their verb announces or they only speak; Speaks: they only speak,
    // and Act is what they are reported saying.
    // Readers: the groups a message the person sent went to (<see cref="MessageSenders"/>), when the sentence names
    // them sending one.
    // Doer: the person is the agent of their own clause, its active subject or a passive's "by" agent, not the subject a
    // passive is about ("Ed Hale was appointed").
    private sealed record Mention(int Source, string Surname, string Shown, int Start, int End, ClauseAct Act, ClauseAct? Clause, string? Head,
        IReadOnlySet<string>? Announced = null, bool Speaks = false, IReadOnlySet<string>? Readers = null, bool Doer = false);

    public static IReadOnlyList<(int Source, int Start, Disagreement Item)> Find(IReadOnlyList<SourceIndex> sources, int minVariantLength, ClauseActs? acts = null) =>
        FindBoth(sources, minVariantLength, acts).Told;

    /// <summary>
    /// The pairs found only because a terse act is held by a longer one (<see cref="ClauseActs.HeldShare"/>): weaker
    /// evidence, listed after the sources' named role-holders so a role conflict over the same two people is shown instead.
    /// </summary>
    public static IReadOnlyList<(int Source, int Start, Disagreement Item)> FindHeld(IReadOnlyList<SourceIndex> sources, int minVariantLength, ClauseActs? acts = null) =>
        FindBoth(sources, minVariantLength, acts).Held;

    /// <summary><see cref="Find"/> and <see cref="FindHeld"/> from one pass over the story's mentions.</summary>
    public static (IReadOnlyList<(int Source, int Start, Disagreement Item)> Told, IReadOnlyList<(int Source, int Start, Disagreement Item)> Held) FindBoth(
        IReadOnlyList<SourceIndex> sources, int minVariantLength, ClauseActs? acts = null)
    {
        var all = FindAll(sources, minVariantLength, acts);
        return ([.. all.Where(p => !p.Held).Select(p => (p.Source, p.Start, p.Item))], [.. all.Where(p => p.Held).Select(p => (p.Source, p.Start, p.Item))]);
    }

    private static List<(int Source, int Start, Disagreement Item, bool Held)> FindAll(IReadOnlyList<SourceIndex> sources, int minVariantLength, ClauseActs? acts)
    {
        acts ??= new ClauseActs(sources);
        var weights = acts.Weights;
        var mentions = sources.OrderBy(s => s.Id).SelectMany(s => Collect(s, acts)).ToList();
        bool Same(Mention a, Mention b) => a.Surname == b.Surname || Names.IsVariant(a.Surname, b.Surname, minVariantLength);
        // Each source's words as the surnames they can be, read once: the pair loop below asks this of every pair.
        // A word of a firm's name ("Haygarth & Pyne") names no person, so a source writing only the firm does not name
        // its founder's namesake.
        var spelled = sources.ToDictionary(s => s.Id, PersonSpellings);
        var byId = sources.ToDictionary(s => s.Id);
        // Each sentence's tokens as the surnames they can be, read once per source: every listed pair looks for its people there.
        var tokenKeys = new Dictionary<int, string[][]>();
        string[][] KeysOf(SourceIndex s) => tokenKeys.TryGetValue(s.Id, out var keys) ? keys
            : tokenKeys[s.Id] = [.. s.Sentences.Select(x => SurnameKeys(x.Words))];

        // A source knows a mention's person when it names them other than only as someone quoted: an outlet that names the
        // clerk only saying the course would refund its fees, and the steward abandoning the meeting, credits the steward
        // with the act (<see cref="OnlyQuotes"/>). The scan runs only for a source that writes the surname at all, once per
        // source and mention.
        // Keyed by what the scan reads of the mention: its surname and what it announces.
        var quoted = new Dictionary<(int Source, string Surname, bool Speaks, IReadOnlySet<string>? Announced), bool>();
        bool Knows(SourceIndex s, Mention m)
        {
            if (!Writes(s, m))
            {
                return false;
            }

            var key = (s.Id, m.Surname, m.Speaks, m.Announced);
            if (!quoted.TryGetValue(key, out var only))
            {
                quoted[key] = only = OnlyQuotes(s, KeysOf(s), m);
            }

            return !only;
        }

        bool Writes(SourceIndex s, Mention m) => spelled[s.Id].Contains(m.Surname);

        // Two mentions of different people in different sources, each person unknown to the other source. A source that
        // names the other person only quoting them gives a rival version only where both people are the doers of their
        // clauses: the weaker sign of a rival needs a plainer act.
        bool Rivals(Mention a, Mention b) => a.Source < b.Source && !Same(a, b) && !Knows(byId[b.Source], a) && !Knows(byId[a.Source], b)
            && ((a.Doer && b.Doer) || (!Writes(byId[b.Source], a) && !Writes(byId[a.Source], b)));

        // The pairs of rival mentions, in index order, read once: the scoring loop and each unpaired step below go over them.
        var rivals = new List<(int X, int Y)>();
        for (var x = 0; x < mentions.Count; x++)
        {
            for (var y = x + 1; y < mentions.Count; y++)
            {
                if (Rivals(mentions[x], mentions[y]))
                {
                    rivals.Add((x, y));
                }
            }
        }

        // Mutual best pairs of clauses naming different people, each person unknown to the other source. Mentions are in
        // source order, so a pair of an earlier and a later source has its earlier mention first.
        var scores = new Dictionary<(int A, int B), double>();
        foreach (var (x, y) in rivals)
        {
            var (a, b) = (mentions[x], mentions[y]);
            if (!a.Speaks && !b.Speaks && acts.Share(a.Act, b.Act) is { } share)
            {
                scores[(x, y)] = share;
            }
        }

        // The steps below pair only mentions no step before them has paired, so a pair an earlier step found keeps its
        // partners; each gives a pair's share and, where its words would not say it, the topic it is shown under.
        var held = new HashSet<(int A, int B)>();
        var topics = new Dictionary<(int A, int B), string>();
        void PairUnpaired(Func<Mention, Mention, (double Share, string? Topic)?> pair)
        {
            // Which mentions were paired before this step, as a flag per mention: the pair loop asks it of every pair.
            var paired = new bool[mentions.Count];
            foreach (var (a, b) in scores.Keys)
            {
                paired[a] = paired[b] = true;
            }

            foreach (var (x, y) in rivals)
            {
                if (!paired[x] && !paired[y] && pair(mentions[x], mentions[y]) is { } found)
                {
                    scores[(x, y)] = found.Share;
                    held.Add((x, y));
                    if (found.Topic is { } topic)
                    {
                        topics[(x, y)] = topic;
                    }
                }
            }
        }

        // A mention no clause of another source matches by that share may still tell its act tersely where the other
        // source tells it at length ("Cleaner Ann Poll raised the alarm after spotting water on the wall" against a long
        // sentence of the guard's first round that also spotted it): then most of the terse act is held by the long one.
        PairUnpaired((a, b) => !a.Speaks && !b.Speaks && acts.HeldShare(a.Act, b.Act) is { } share ? (share, null) : null);

        // Still unpaired, two people may be told doing one act in clauses of their own that share its verb though their
        // sentences go on differently ("The weir was checked at dawn by Ann Roe, the board's engineer, who ..." / "Ivo
        // Lund checked the sluice gates"): the doer's own clause is short, so its one rare word is most of it.
        PairUnpaired((a, b) => OneVerb(a, b) && acts.ClauseShare(a.Clause!, b.Clause!) is { } share ? (share, null) : null);

        // The two clauses' verbs are one verb, or one kind of act, that names a happening rather than a standing position.
        static bool OneVerb(Mention a, Mention b) => !a.Speaks && !b.Speaks && a.Clause is not null && b.Clause is not null && a.Head is { } head && head == b.Head && !ActSenses.IsPosition(head);

        // Still unpaired, a speaker may be reported saying what another source names someone announcing ("Ana Vell said
        // the station would remain closed" / "The closure was announced by Ed Hale"): both name who announced the act.
        // The act must be the story's own, written by at least half of the sources, so a speaker's side remark is none.
        if (mentions.Any(m => m.Speaks))
        {
            var story = StoryRoots(sources);
            PairUnpaired((a, b) => Announces(a, b, story) is { } shared ? (shared.Share, $"who (announced, {shared.Root})") : null);
        }

        // Still unpaired, two people may each be named sending the message that told one group of readers the news, in
        // frames that share no verb ("Ana Vell told staff in an email" / "staff learned of it from an email sent by Ed
        // Hale"): both name who told those readers.
        PairUnpaired((a, b) => a.Readers is { } mine && b.Readers is { } theirs
            && mine.Intersect(theirs).Order(StringComparer.Ordinal).FirstOrDefault() is { } readers ? (0.5, $"who (told, {readers})") : null);

        // Each mention's best partner, read once: the loop below asks it of every scored pair.
        var bestOfFirst = scores.ToLookup(s => s.Key.A).ToDictionary(g => g.Key, g => Best(g, mentions, first: true));
        var bestOfSecond = scores.ToLookup(s => s.Key.B).ToDictionary(g => g.Key, g => Best(g, mentions, first: false));

        var result = new List<(int, int, Disagreement, bool)>();
        var listed = new HashSet<(string, string)>();
        foreach (var ((x, y), _) in scores.OrderByDescending(s => s.Value))
        {
            var (a, b) = (mentions[x], mentions[y]);
            if (bestOfFirst[x] != b.Surname || bestOfSecond[y] != a.Surname)
            {
                continue;
            }

            var pair = string.CompareOrdinal(a.Surname, b.Surname) < 0 ? (a.Surname, b.Surname) : (b.Surname, a.Surname);
            if (!listed.Add(pair))
            {
                continue;
            }

            // Each version: the sources that tell the act of that person (by full name or surname, in any sentence
            // that shares the act), and name no one else's version of it.
            var claims = new[] { (Own: a, Other: b), (Own: b, Other: a) }
                .Select(v => (v.Own, Spans: sources.OrderBy(s => s.Id).Where(s => !Knows(s, v.Other))
                    .Select(s => s.Id == v.Own.Source ? new SourceSpan(s.Id, v.Own.Start, v.Own.End) : Tells(s, KeysOf(s), v.Own, acts) ?? DoesOneKind(s, v.Own) ?? TellsOnward(s, v.Own))
                    .OfType<SourceSpan>().ToList()))
                .Select(v => new Claim(mentions.Where(m => Same(m, v.Own) && v.Spans.Any(p => p.SourceId == m.Source)).MaxBy(m => m.Shown.Length)!.Shown,
                    v.Spans.Select(p => p.SourceId).ToList(), v.Spans))
                .OrderBy(c => c.Sources[0])
                .ToList();
            var topic = topics.GetValueOrDefault((x, y)) ?? $"who ({string.Join(", ", a.Act.Words.Intersect(b.Act.Words).OrderByDescending(weights.Of).ThenBy(w => w, StringComparer.Ordinal).Take(2).Select(w => w.TrimStart('~')))})";
            result.Add((a.Source, a.Start, new Disagreement(topic, claims), held.Contains((x, y))));
        }

        return result;

        // Where a source tells the person's act in a sentence that goes on telling of them by a pronoun ("She announced
        // ..."), which names no surname for Tells to find: that sentence's mention of them shares the act. A mention where
        // they only speak tells no act of theirs unless the act is itself a speaker's (as <see cref="OnlySpeaksOf"/>).
        SourceSpan? TellsOnward(SourceIndex s, Mention own) =>
            mentions.FirstOrDefault(m => m.Source == s.Id && Same(m, own) && (own.Speaks || !m.Speaks) && acts.Share(m.Act, own.Act) is not null) is { } m
                ? new SourceSpan(s.Id, m.Start, m.End) : null;

        // Where a source names the person as the doer of a clause of the same kind of act, in other words ("who approved
        // the application" / "signed off on the scheme"): that source tells the same act of them.
        SourceSpan? DoesOneKind(SourceIndex s, Mention own) =>
            own.Head is { } kind && ActSenses.IsSense(kind) && !ActSenses.IsPosition(kind)
            && mentions.FirstOrDefault(m => m.Source == s.Id && m.Head == kind && Same(m, own)) is { } m ? new SourceSpan(s.Id, m.Start, m.End) : null;
    }

    // The roots of the announced act one of two mentions only speaks of and the other names its doer announcing, when
    // they share one the story writes in at least half of its sources; Share is the announced thing's share they hold.
    private static (double Share, string Root)? Announces(Mention a, Mention b, Dictionary<string, int> story)
    {
        var (speaker, announcer) = a.Speaks ? (a, b) : (b, a);
        if (!speaker.Speaks || announcer.Speaks || speaker.Announced is not { } said || announcer.Announced is not { Count: > 0 } announced)
        {
            return null;
        }

        var half = (story.GetValueOrDefault("") + 1) / 2;
        var shared = announced.Where(r => said.Contains(r) && story.GetValueOrDefault(r) >= half).Order(StringComparer.Ordinal).ToList();
        return shared.Count == 0 ? null : ((double)shared.Count / announced.Count, shared[0]);
    }

    // How many sources write each root (<see cref="AnnouncedActs.Root"/>); the empty key holds the number of sources.
    private static Dictionary<string, int> StoryRoots(IReadOnlyList<SourceIndex> sources)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [""] = sources.Count };
        foreach (var source in sources)
        {
            foreach (var root in source.FoldedWords.Where(w => ContentWords.IsContent(w) && char.IsLetter(w[0])).Select(AnnouncedActs.Root).Distinct(StringComparer.Ordinal))
            {
                counts[root] = counts.GetValueOrDefault(root) + 1;
            }
        }

        return counts;
    }

    // The person a mention's clause scores highest with; none when two people tie, since the clauses then cannot tell
    // them apart (two sources telling one person's act alike are no tie).
    private static string? Best(IEnumerable<KeyValuePair<(int A, int B), double>> mine, List<Mention> mentions, bool first)
    {
        var best = mine
            .Select(s => (Person: mentions[first ? s.Key.B : s.Key.A].Surname, Score: s.Value))
            .GroupBy(s => s.Person, StringComparer.Ordinal).Select(g => g.MaxBy(s => s.Score))
            .OrderByDescending(s => s.Score).Take(2).ToList();
        return best.Count == 1 || (best.Count == 2 && best[0].Score > best[1].Score) ? best[0].Person : null;
    }

    // Where a source tells the act of <paramref name="own"/>'s person: the surname in a sentence that shares the act
    // (a later "Dr Vell, who fired the dart, said ..." counts, since here the person is already known to be the doer).
    // A sentence that holds most of a terse act among many words of its own (the doer's career, the scene) tells it too,
    // as <see cref="ClauseActs.HeldShare"/> lets a pair be found: outlets wrap one act in sentences of different length.
    private static SourceSpan? Tells(SourceIndex source, string[][] tokenKeys, Mention own, ClauseActs acts)
    {
        for (var i = 0; i < source.Sentences.Count; i++)
        {
            var sentence = source.Sentences[i];
            var at = Array.IndexOf(tokenKeys[i], own.Surname);
            if (at < 0 || OnlySpeaksOf(sentence.Words, at, own))
            {
                continue;
            }

            var told = acts.Sensed(acts.Of(sentence.Content));
            if (acts.Share(told, own.Act) is not null || acts.HeldShare(told, own.Act) is not null)
            {
                var token = sentence.Tokens[at];
                return new SourceSpan(source.Id, sentence.Segment.Start + token.Start, sentence.Segment.Start + token.End);
            }
        }

        return null;
    }

    // True when the person named at token <paramref name="at"/> only speaks in the sentence ("Ana Vell said the trains
    // would return"): reporting someone's words tells what they said, not that they did the act another outlet credits
    // them with, so the outlet is no source for it. What they say is the act itself when the act is making something
    // known: the mention announces it and they are reported saying what it announced ("announced the closure" / "said the
    // pool would close"), or the mention is itself a speaker's.
    private static bool OnlySpeaksOf(Words words, int at, Mention own)
    {
        if (own.Speaks)
        {
            return false;
        }

        var (first, last) = (at, at);
        while (first > 0 && NameSpans.IsNameWord(words, first - 1) && !NameSpans.Titles.Contains(words[first - 1]) && !words.BreakAfter(first - 1))
        {
            first--;
        }

        while (last + 1 < words.Count && NameSpans.IsNameWord(words, last + 1) && !words.BreakAfter(last))
        {
            last++;
        }

        var shownFirst = first;
        while (shownFirst > 0 && NameSpans.Titles.Contains(words[shownFirst - 1]) && !words.BreakAfter(shownFirst - 1))
        {
            shownFirst--;
        }

        if (AgentClauses.SpeakerVerbOf(words, shownFirst, first, last) is not { } verb)
        {
            return false;
        }

        return !(verb >= 0 && own.Announced is { Count: > 0 } announced && AnnouncedActs.Reported(words, verb).Overlaps(announced));
    }

    // True when every sentence of the source that names <paramref name="other"/>'s person has them only speaking
    // (<see cref="OnlySpeaksOf"/>): reporting what someone said does not credit them with the act another outlet gives
    // them, so the source may credit someone else with it. A source whose only mention of the surname is not in any
    // sentence's tokens (a headline word, a possessive of a body) still knows them.
    private static bool OnlyQuotes(SourceIndex source, string[][] tokenKeys, Mention other)
    {
        var named = false;
        for (var i = 0; i < source.Sentences.Count; i++)
        {
            var at = Array.IndexOf(tokenKeys[i], other.Surname);
            if (at < 0)
            {
                continue;
            }

            if (!OnlySpeaksOf(source.Sentences[i].Words, at, other))
            {
                return false;
            }

            named = true;
        }

        return named;
    }

    // The surnames a source's words can be, but for words of firms' names (<see cref="InFirmName"/>): the title's and
    // every sentence's.
    private static HashSet<string> PersonSpellings(SourceIndex source)
    {
        var keys = source.Sentences.SelectMany(s => SurnameKeys(s.Words, trim: true)).ToHashSet(StringComparer.Ordinal);
        if (source.Article.Title is { } title)
        {
            keys.UnionWith(SurnameKeys(new Words(title), trim: true));
        }

        keys.Remove("");
        return keys;
    }

    // Each token as the surname it can be (a closing full stop trimmed when asked), or empty where it is a word of a
    // firm's name or names a family or a body after it.
    private static string[] SurnameKeys(Words words, bool trim = false) =>
        [.. Enumerable.Range(0, words.Count).Select(k => InFirmName(words, k) || NamesGroup(words, k) ? ""
            : NameKey.Word(Possessor(trim ? Folding.Fold(words.Tokens[k].Text).TrimEnd('.') : Folding.Fold(words.Tokens[k].Text))))];

    // True when a lone capitalised word, no given name before it, modifies the noun after it: "the Greatbatch family",
    // "Greatbatch Farm Dairy". A surname used so names the family or the body called after it, not one of its people,
    // so a source that writes it only so does not name the person another source credits.
    private static bool NamesGroup(Words words, int k) =>
        words.Capitalized(k) && !NameSpans.IsNameWord(words, k - 1) && k + 1 < words.Count && !words.BreakAfter(k)
        && (words[k + 1] is "family" || words.Capitalized(k + 1) && NotPerson.Contains(words[k + 1]));

    // True when the word at k is a capitalised word joined by "&" to another ("Haygarth & Pyne", "Marks & Spencer's"):
    // the ampersand joins the partners' names of a firm, not a person's name to anything.
    // The tokenizer keeps no "&" token, so the ampersand is read in the text between the two words.
    private static bool InFirmName(Words words, int k) =>
        words.Capitalized(k) && (Ampersand(words, k) && words.Capitalized(k + 1) || Ampersand(words, k - 1) && words.Capitalized(k - 1));

    // True when only "&" stands between the words at k and k + 1.
    private static bool Ampersand(Words words, int k) =>
        k >= 0 && k + 1 < words.Count && words.Text.AsSpan(words.Tokens[k].End, words.Tokens[k + 1].Start - words.Tokens[k].End).Trim() is "&";

    private static string Possessor(string folded) => folded.EndsWith("'s", StringComparison.Ordinal) ? folded[..^2] : folded;

    // Each person named (two or more name words) and the act the sentence credits them with.
    private static IEnumerable<Mention> Collect(SourceIndex source, ClauseActs acts)
    {
        // The one person the sentence before named, as a mention's surname and shown name: a sentence that opens with
        // "He" or "She" goes on telling of them ("Ana Vell, the trust's chair, said ... . She announced that ...").
        (string Surname, string Shown)? before = null;
        foreach (var sentence in source.Sentences)
        {
            var words = sentence.Words;
            var people = People(words).ToList();
            var carried = people.Count == 0 && words.Count > 2 && words[0] is "he" or "she" && Anaphora.OpensWithPronoun(sentence.Segment.Text, words.Tokens) ? before : null;
            before = people.Count == 1 ? NameOf(sentence, people[0]) : carried;
            if (carried is not null)
            {
                people.Add((0, 0, 0));
            }

            if (people.Count == 0)
            {
                continue;
            }

            var text = sentence.Segment.Text;
            var plain = people.Count == 1 && !NamesAnother(words, people[0]) && !Enumerable.Range(0, words.Count).Any(k => ClauseActs.IsSpeech(words[k]))
                && text.AsSpan().IndexOfAny('"', '“') < 0;
            foreach (var (first, last, shownFirst) in people)
            {
                // A sentence naming one person and no speaker tells that person's act in all its words; otherwise
                // each person's act is the clause their name is the doer of, when there is one.
                var range = ReporterPart(words, AgentClauses.ActOf(words, shownFirst, first, last));
                var content = plain ? sentence.Content : range is { } r ? Unquoted(words, r.First, r.Last) : null;
                var readers = MessageSenders.ReadersOf(words, shownFirst, last);
                if (content is null)
                {
                    var spoken = Speaker(source.Id, sentence, first, last, shownFirst, acts) is { } speaker ? speaker with { Readers = readers }
                        : readers is not null ? Named(source.Id, sentence, first, last, shownFirst, acts.Of([])) with { Speaks = true, Readers = readers }
                        : null;
                    if (spoken is not null)
                    {
                        yield return Carried(spoken, carried);
                    }

                    continue;
                }

                var own = Enumerable.Range(first, last - first + 1).Select(k => Stemmer.Inflections.Stem(words.Tokens[k].Text)).ToHashSet(StringComparer.Ordinal);
                var act = acts.Sensed(acts.Of(content, own));
                if (act.Weight <= 0)
                {
                    continue;
                }

                var (clause, head, announced, verb) = range is { } actRange ? OwnClause(words, shownFirst, actRange, own, acts) : (null, null, null, AnnouncingVerbOf(words, shownFirst, last));
                if (range is null && verb >= 0)
                {
                    // "Ed Hale announced that the pool would close": no act clause, but what the report says is what
                    // they made known, as "The closure was announced by Ed Hale" tells it.
                    announced = AnnouncedActs.Reported(words, verb) is { Count: > 0 } reported ? reported : null;
                    verb = -1;
                }

                var doer = clause is not null && !(verb > last && words[verb - 1] is "was" or "were" or "is" or "are" or "been" or "being" or "be");
                var mention = Named(source.Id, sentence, first, last, shownFirst, act) with { Clause = clause, Head = head, Announced = announced, Readers = readers, Doer = doer };
                yield return Carried(mention, carried);
            }
        }
    }

    // Honorifics that make a lone surname a person ("Ms Varley", "Dr Vell"): a second person named so is not one of the
    // two or three name words People reads, but is still another doer in the sentence.
    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "prof", "professor", "sir", "dame"], StringComparer.Ordinal);

    // True when the sentence also names someone else by an honorific and a surname ("Ann Lowe was at the front of the crowd
    // when Ms Vell cut the ribbon"): the sentence tells two people's acts, so its words are not all the named person's.
    private static bool NamesAnother(Words words, (int First, int Last, int ShownFirst) person)
    {
        var surname = words[person.Last];
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if ((k < person.ShownFirst || k > person.Last) && Honorifics.Contains(words[k]) && words.Capitalized(k) && !words.BreakAfter(k)
                && NameSpans.IsNameWord(words, k + 1) && !Honorifics.Contains(words[k + 1]) && words[k + 1] != surname)
            {
                return true;
            }
        }

        return false;
    }

    // The surname key and shown name of the person named at first..last (shown from shownFirst) in the sentence, as
    // <see cref="Named"/> keys them.
    private static (string Surname, string Shown) NameOf(IndexedSentence sentence, (int First, int Last, int ShownFirst) person)
    {
        var tokens = sentence.Words.Tokens;
        return (NameKey.Word(Folding.Fold(tokens[person.Last].Text)), sentence.Segment.Text[tokens[person.ShownFirst].Start..tokens[person.Last].End]);
    }

    // The mention as the person a pronoun carries on from the sentence before ("She announced ..."), when it is one.
    private static Mention Carried(Mention mention, (string Surname, string Shown)? person) =>
        person is { } p ? mention with { Surname = p.Surname, Shown = p.Shown } : mention;

    // The index of the verb of announcing the person is the subject of ("Ed Hale announced that ..."), or -1.
    private static int AnnouncingVerbOf(Words words, int shownFirst, int last) =>
        AgentClauses.TellingVerbOf(words, shownFirst, last) is { } at && AnnouncedActs.IsAnnouncing(Stemmer.Inflections.Stem(words.Tokens[at].Text)) ? at : -1;

    // A person who only speaks in the sentence, as the speaker of what they are reported saying ("Ana Vell said the
    // station would remain closed"); none when they tell nothing a clause reports, or the report is a quotation.
    private static Mention? Speaker(int sourceId, IndexedSentence sentence, int first, int last, int shownFirst, ClauseActs acts)
    {
        var words = sentence.Words;
        if (AgentClauses.TellingVerbOf(words, shownFirst, last) is not { } verb || Unquoted(words, verb, words.Count - 1) is not { } content)
        {
            return null;
        }

        var said = AnnouncedActs.Reported(words, verb);
        if (said.Count == 0)
        {
            return null;
        }

        return Named(sourceId, sentence, first, last, shownFirst, acts.Sensed(acts.Of(content))) with { Announced = said, Speaks = true };
    }

    // The person named at first..last (shown from shownFirst) in the sentence, credited with act: keyed by surname, at
    // the name's place in the source's text.
    private static Mention Named(int sourceId, IndexedSentence sentence, int first, int last, int shownFirst, ClauseAct act)
    {
        var (tokens, offset) = (sentence.Words.Tokens, sentence.Segment.Start);
        return new Mention(sourceId, NameKey.Word(Folding.Fold(tokens[last].Text)), sentence.Segment.Text[tokens[shownFirst].Start..tokens[last].End],
            offset + tokens[first].Start, offset + tokens[last].End, act, null, null);
    }

    // The part of an act's range the reporter tells, before any quotation in it ("cut the ribbon and called it "long
    // overdue""): the quoted words are someone's, the act joined before them still the reporter's account. Null when
    // the range opens inside a quotation, or its act is the quotation's own verb.
    private static (int First, int Last)? ReporterPart(Words words, (int First, int Last)? range)
    {
        if (range is not { } r || Quoting(words.Text.AsSpan(0, words.Tokens[r.First].Start)))
        {
            return null;
        }

        var last = r.First - 1;
        while (last < r.Last && words.Text.AsSpan(words.Tokens[r.First].Start, words.Tokens[last + 1].End - words.Tokens[r.First].Start).IndexOfAny('"', '“') < 0)
        {
            last++;
        }

        if (last == r.Last)
        {
            return r;
        }

        // The verb a quotation follows is what the quoted words are called or said ("called the escape "a shambles""):
        // only an act joined before it by "and" ("cut the ribbon and called it "long overdue"") is the reporter's own.
        var joined = Enumerable.Range(r.First + 1, Math.Max(0, last - r.First)).LastOrDefault(k => words[k] is "and" or "but", -1);
        return joined > r.First ? (r.First, joined - 1) : null;
    }

    // True when text ends inside a quotation: a straight quote mark left open, or more opening curly marks than closing ones.
    private static bool Quoting(ReadOnlySpan<char> text) =>
        text.Count('"') % 2 == 1 || text.Count('\u201C') > text.Count('\u201D');

    // The content words of tokens from..to, or null when they hold a quote mark: a person's act is what the reporter
    // tells of them, not words someone is quoted saying.
    private static HashSet<string>? Unquoted(Words words, int from, int to) =>
        words.Text.AsSpan(words.Tokens[from].Start, words.Tokens[to].End - words.Tokens[from].Start).IndexOfAny('"', '“') >= 0
            ? null
            : ContentWords.Of(words.Tokens.GetRange(from, to - from + 1));

    // The act of the one clause the person is the doer of (<see cref="AgentClauses.ClauseOf"/>, within the act
    // <see cref="AgentClauses.ActOf"/> found) and the kind or stem of its verb; none inside a quote.
    // The roots of what the clause announces come with it when its verb is one of announcing ("The closure was announced").
    private static (ClauseAct? Clause, string? Head, IReadOnlySet<string>? Announced, int Verb) OwnClause(Words words, int shownFirst, (int First, int Last) act, HashSet<string> own, ClauseActs acts)
    {
        if (AgentClauses.ClauseOf(words, shownFirst, act) is not var (from, to, head) || Unquoted(words, from, to) is not { } content)
        {
            return (null, null, null, -1);
        }

        var stem = Stemmer.Inflections.Stem(words.Tokens[head].Text);
        var announced = AnnouncedActs.IsAnnouncing(stem) ? AnnouncedActs.Announced(words, from, to, head) : null;
        var kind = ActSenses.Of(stem) ?? stem;
        if (ActNoun(words, from, to, head, ActSenses.IsLight(stem)) is var (noun, nounKind))
        {
            // "The decision was taken by ...", "made the decision to ...", "was put in temporary charge": the act is the
            // noun's; the verb only says it was done, and the words between qualify the noun, not the act.
            content.Remove(stem);
            for (var k = head + 1; k < noun; k++)
            {
                content.Remove(Stemmer.Inflections.Stem(words.Tokens[k].Text));
            }

            kind = nounKind;
        }
        else if (ActSenses.OfPhrasal(stem, words[head + 1]) is { } phrasal)
        {
            // "signed off the scheme": the verb and its particle name the act together.
            content.Remove(stem);
            content.Add(phrasal);
            kind = phrasal;
        }
        else if (IdiomOf(words, head, stem) is var (idiom, at))
        {
            // "cut the ribbon", and in the passive "the ribbon was cut by": the verb and its object name another act
            // together, which is the clause's act.
            content.Remove(stem);
            content.Remove(Stemmer.Inflections.Stem(words[at]));
            content.Add(idiom);
            kind = ActSenses.Of(idiom) ?? idiom;
        }

        return (acts.Sensed(acts.Of(content, own)), kind, announced, head);
    }

    // The act an idiom of the verb at head and its object names, and the object's index: after the verb ("cut the
    // ribbon"), or before it in the passive ("the ribbon was cut by").
    private static (string Idiom, int Object)? IdiomOf(Words words, int head, string stem) =>
        ActSenses.OfIdiom(stem, words[head + 1], words[head + 2]) is { } active ? (active, head + 2)
        : PassiveObject(words, head) is { } thing && ActSenses.OfIdiom(stem, words[thing - 1], words[thing]) is { } passive ? (passive, thing)
        : null;

    // The verb group of a passive: "was", "has been", "will be", "could have been".
    private static readonly FrozenSet<string> PassiveAuxiliaries = AuxiliaryVerbs.Set(
        AuxiliaryVerbs.FiniteBe, AuxiliaryVerbs.NonFiniteBe, AuxiliaryVerbs.Have, AuxiliaryVerbs.Modals);

    // The noun a passive verb at head is said of, standing just before its auxiliary and any adverb ("the ribbon was
    // formally cut"), or null when head is no passive's participle.
    private static int? PassiveObject(Words words, int head)
    {
        var (k, auxiliary) = (head - 1, false);
        while (k > 0 && !words.BreakAfter(k - 1) && (words[k].EndsWith("ly", StringComparison.Ordinal)
            || PassiveAuxiliaries.Contains(words[k])))
        {
            auxiliary |= !words[k].EndsWith("ly", StringComparison.Ordinal);
            k--;
        }

        return auxiliary && k > 0 && k < head - 1 ? k : null;
    }

    // The noun that names the clause's act and its kind, or null: after a light verb, the first word of tokens from..to
    // other than the verb at head that names a listed kind of act ("decision": deciding; "took caretaker charge"); after
    // any verb, the noun of an "in" phrase straight after it, past one modifier ("was put in temporary charge").
    private static (int Noun, string Kind)? ActNoun(Words words, int from, int to, int head, bool light)
    {
        var candidates = light ? Enumerable.Range(from, to - from + 1).Where(k => k != head)
            : head + 2 <= to && words[head + 1] == "in" ? Enumerable.Range(head + 2, Math.Min(2, to - head - 1))
            : [];
        foreach (var k in candidates)
        {
            if ((ActSenses.Of(Stemmer.Inflections.Stem(words.Tokens[k].Text)) ?? (k > head ? ActSenses.OfNoun(words[k]) : null)) is { } kind)
            {
                return (k, kind);
            }
        }

        return null;
    }

    // Letters, with a hyphen or an apostrophe only between them: double-barrelled and elided surnames ("Ashworth-Bell",
    // "O'Dowd") are names as much as single ones.
    private static bool IsNameSpelling(string word) =>
        char.IsLetter(word[0]) && char.IsLetter(word[^1]) && word.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019')
        && !word.Contains("--", StringComparison.Ordinal);

    // Runs of two or three name words that are not a body or a place; the shown form keeps a title before it ("Dr").
    private static IEnumerable<(int First, int Last, int ShownFirst)> People(Words words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!NameSpans.IsNameWord(words, i) || NameSpans.Titles.Contains(words[i]) || NameSpans.IsNameWord(words, i - 1) && !NameSpans.Titles.Contains(words[i - 1]))
            {
                continue;
            }

            var last = i;
            while (last + 1 < words.Count && NameSpans.IsNameWord(words, last + 1) && !words.BreakAfter(last))
            {
                last++;
            }

            // A run with an ampersand in it is a firm's name ("Haskett & Tull"), not a person's.
            if (Enumerable.Range(i, last - i).Any(k => Ampersand(words, k)))
            {
                i = last;
                continue;
            }

            // Role words written capitalised before the name ("Station Officer Lena Marsh") are not the name, and a title
            // opens a name: what stands before it in the run is a role ("Spectator Dr Ann Cole", "Registrar Dr Ed Lamb").
            var start = i;
            while (start < last && (NameSpans.Titles.Contains(words[start]) || NotPerson.Contains(words[start])))
            {
                start++;
            }

            for (var k = last - 2; k >= start; k--)
            {
                if (NameSpans.Titles.Contains(words[k]))
                {
                    start = k + 1;
                    break;
                }
            }

            var length = last - start + 1;
            if (length is < 2 or > 3 || Enumerable.Range(start, length).Any(k => NotPerson.Contains(words[k]) || words[k].Length < 2 || !IsNameSpelling(words[k])))
            {
                i = last;
                continue;
            }

            // A title is shown with its name even where it opens an apposition ("the trust's medical director, Dr Ann Cole,"),
            // so the name is read as the apposition it is.
            var shownFirst = start;
            while (shownFirst > 0 && start - shownFirst < 3 && (NameSpans.Titles.Contains(words[shownFirst - 1]) || NotPerson.Contains(words[shownFirst - 1])) && words.Capitalized(shownFirst - 1)
                && (shownFirst < 2 || !words.BreakAfter(shownFirst - 2) || NameSpans.Titles.Contains(words[shownFirst - 1]) && shownFirst == start))
            {
                shownFirst--;
            }

            yield return (start, last, shownFirst);
            i = last;
        }
    }
}
