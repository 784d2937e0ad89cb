using Summarizer.Documents;
using Summarizer.Facts;
using Summarizer.Text;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Causes the sources give for what happened (<see cref="CauseReader"/>), compared across sources: two outlets'
/// causes are one version when their phrases share a content word ("an electrical fault" / "a fault in the wiring"),
/// and different versions when they name different things ("a discarded cigarette" / "sparks from a farm machine").
/// A source's own causes are one version however it words them (it may name the cause twice, differently), so a
/// source that gives two versions' causes joins them and is no conflict between sources.
/// </summary>
internal static class CauseFinder
{
    public const string Topic = "what caused it";

    // Specific: the stems that say what the cause is, without a generic word of failure ("fault", "failure") or of its
    // kind ("electrical"); empty when the cause says no more than that ("an electrical fault").
    // Words, First, Last: the sentence the cause is read in and where its phrase lies; Sentence: that sentence's content stems.
    // Named: where the noun phrase naming the cause ends when the phrase goes on to tell what it did ("a fire in a transformer
    // at the substation" of "... had tripped the supply").
    // Failing: the stem of the thing a "when" clause of failing says failed ("tank" of "when a giant tank burst").
    internal sealed record Cause(int Source, int Start, int End, string Text, string Core, HashSet<string> Stems, HashSet<string> Specific, bool Pursued, bool Told, bool Inferred, string? Effect, bool Mishap,
        Words Words, int First, int Last, HashSet<string> Sentence, int? Named, bool Weak, HashSet<string> Effects, bool Finding = false, bool Occurred = false, string? Failing = null);

    // Words of failure any cause may be worded with, one class: "a gearbox fault" and "a failure of the gearbox" name one
    // thing, and two faults in different things ("a fault in a fryer", "an electrical fault in a display cabinet") are two.
    private static readonly HashSet<string> Generic = new(
        new[] { "fault", "failure", "malfunction", "defect", "problem", "error", "glitch", "breakdown", "issue" }.Select(Stemmer.Porter.Stem),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Kinds = new(
        new[] { "electrical", "electric", "mechanical", "technical", "structural", "suspected", "possible", "apparent", "serious", "major", "minor" }.Select(Stemmer.Porter.Stem),
        StringComparer.Ordinal);

    private const string FailureClass = "#failure";

    /// <summary>
    /// Each source's causes as <see cref="Find(IReadOnlyList{SourceIndex}, StoryCauses)"/> and
    /// <see cref="Agreed"/> both read them: read once per story and passed to both, as reading
    /// them (the cause reader over every sentence) is the costly part of either.
    /// </summary>
    public sealed class StoryCauses
    {
        internal StoryCauses(List<List<Cause>> bySource) => BySource = bySource;

        // Read-only once built: Find and Agreed build their own lists from it and change no cause.
        internal List<List<Cause>> BySource { get; }
    }

    /// <summary>Reads each source's causes once, for <see cref="Find(IReadOnlyList{SourceIndex}, StoryCauses)"/> and <see cref="Agreed"/>.</summary>
    public static StoryCauses Read(IReadOnlyList<SourceIndex> sources) => new(BySource(sources));

    public static IReadOnlyList<(int Source, int Start, Disagreement Item)> Find(IReadOnlyList<SourceIndex> sources) => Find(sources, Read(sources));

    /// <summary>The cause conflict of <paramref name="sources"/>, from their causes read once (<see cref="Read"/>).</summary>
    public static IReadOnlyList<(int Source, int Start, Disagreement Item)> Find(IReadOnlyList<SourceIndex> sources, StoryCauses read)
    {
        var causes = read.BySource;
        if (causes.Count < 2)
        {
            return [];
        }

        // Sources whose causes share a content word hold one version (joined transitively).
        var versions = new List<List<List<Cause>>>();
        foreach (var source in causes)
        {
            var meeting = versions.Where(v => v.Any(o => Meet(o, source))).ToList();
            var joined = meeting.SelectMany(v => v).Append(source).ToList();
            versions.RemoveAll(meeting.Contains);
            versions.Add(joined);
        }

        if (versions.Count < 2)
        {
            return [];
        }

        var texts = sources.ToDictionary(s => s.Id, s => s.Article.Text);
        var claims = versions
            .Select(v => new Claim(
                Wording(v, texts),
                v.Select(s => s[0].Source).Order().ToList(),
                v.Select(s => s[0]).Select(c => new SourceSpan(c.Source, c.Start, c.End)).OrderBy(s => s.SourceId).ToList()))
            .OrderBy(c => c.Sources[0])
            .ToList();
        var first = causes[0][0];
        return [(first.Source, first.Start, new Disagreement(Topic, claims))];
    }

    /// <summary>
    /// Where each source gives a cause that a cause of another independent source meets (<paramref name="originalOf"/>
    /// maps a near-copy to its original): one cause told by two outlets, however differently worded ("blamed a clogged
    /// drain" / "caused by a drain blocked with leaves"), is a corroborated fact as a figure two outlets give is.
    /// </summary>
    public static IReadOnlyList<SourceSpan> Agreed(StoryCauses read, Func<int, int> originalOf)
    {
        var causes = read.BySource;
        return [.. causes.SelectMany(own => own.Where(x => causes.Any(other => originalOf(other[0].Source) != originalOf(x.Source) && other.Any(y => Meet(x, y)))))
            .Select(c => new SourceSpan(c.Source, c.Start, c.End))];
    }

    // How a version is shown: the first source's wording when every source of the version states it; else the core of
    // the cause in the words most of its sources share ("a cell search for drugs" of one outlet's "... that turned up
    // spice" and another's "... on the wing"), so the version's text is grounded in each source it cites.
    private static string Wording(List<List<Cause>> version, Dictionary<int, string> texts)
    {
        // One wording of one source (a joined wording no passage writes cannot be checked against its source): a cause the
        // outlet states before one it says an inquiry is looking at, and one told by a word of cause before a failure the
        // sentence only tells ("caused by contaminated fuel" before "when its engine failed", which may be the event).
        // A cause told only as an open question ("examining whether a crane was overloaded") grounds no wording: nothing past
        // "whether" is said, so the version is worded in the sources that state their cause, when any does.
        var stating = version.Where(s => !s.All(Open)).ToList();
        version = stating.Count > 0 ? stating : version;

        // A source that tells its cause only in a weak clause ("collapsed after rainwater rotted the frame") joins the version
        // another outlet states; the version is worded in the stating outlets' words.
        var told = version.Where(s => s.Any(c => !c.Weak)).ToList();
        version = told.Count > 0 ? told : version;
        // A source may give causes of two things ("closed because of the forecast", "blamed the collapse on huge waves"): the
        // version is worded by the cause most of its sources give, which is the one they tell in common.
        int Givers(Cause cause) => version.Count(s => s.Any(o => Meet(o, cause)));
        var first = Fuller(version.SelectMany(s => s).OrderBy(c => c.Pursued).ThenBy(c => c.Inferred).ThenByDescending(Givers).ThenBy(c => c.Source).ThenBy(c => c.Start).First(), version).Text;
        int Stating(string text) => version.Count(s => texts.TryGetValue(s[0].Source, out var t) && t.Contains(text, StringComparison.OrdinalIgnoreCase));
        var firstStated = version.Count == 1 ? 1 : Stating(first);
        if (firstStated == version.Count)
        {
            return first;
        }

        // A source that words the cause twice ("caused by a fault in a panel", and a later clause's subject) joins two
        // wordings no source writes; the fullest one every source of the version writes says more than the core.
        var whole = version.SelectMany(s => s).Select(c => c.Text).Where(t => Stating(t) == version.Count).MaxBy(t => t.Length);
        if (whole is not null)
        {
            return whole;
        }

        // Outlets that word one cause differently ("a software update installed overnight by the supplier" / "a botched
        // software update"): the opening of a phrase each of them mostly writes, so no cited outlet is shown another's words.
        if (Shared(version) is { } shared)
        {
            return shared;
        }

        // A failure told by what failed ("a fault in the main gearbox") is what every source of its version names, in fewer
        // words than the whole phrase with where it was: shown even when no more sources write it.
        var best = version.SelectMany(s => s).Where(c => c.Core.Length > 0)
            .Select(c => (Text: c.Core, Count: Stating(c.Core), c.Pursued, c.Told, c.Inferred)).OrderByDescending(c => c.Count).ThenBy(c => c.Pursued).ThenBy(c => c.Inferred).FirstOrDefault();
        return best.Text is { } core && (best.Count > firstStated || (best.Told && best.Count == firstStated)) ? core : first;
    }

    private static bool Open(Cause cause) => cause.Pursued && cause.First > 0 && cause.Words[cause.First - 1] == "whether";

    // A source that names its cause twice, once barely ("an old working") and once with more of what the thing is ("...
    // broke into an uncharted flooded mine working"), is shown in the fuller naming: a longer phrase of the same source
    // whose noun phrase of the bare one's head noun (the last word of its core) has more modifiers before the head. "the
    // gate" of "a keeper failed to secure the gate" names "an unlocked service gate" no more fully.
    private static Cause Fuller(Cause cause, List<List<Cause>> version)
    {
        var at = Enumerable.Range(cause.First, cause.Last - cause.First + 1)
            .FirstOrDefault(k => cause.Core.EndsWith(cause.Words.Tokens[k].Text, StringComparison.Ordinal) && ContentStem(cause.Words, k) is not null, -1);
        if (at < 0)
        {
            return cause;
        }

        var head = ContentStem(cause.Words, at)!;
        var modifiers = Modifiers(cause.Words, at);
        return version.SelectMany(s => s)
            .Where(c => c.Source == cause.Source && c.Text.Length > cause.Text.Length
                && Enumerable.Range(c.First, c.Last - c.First + 1).Any(k => ContentStem(c.Words, k) == head && Modifiers(c.Words, k) > modifiers))
            .OrderBy(c => c.Start).FirstOrDefault() ?? cause;
    }

    // How many content words stand before a noun in its phrase, back to a determiner, a function word or a break.
    private static int Modifiers(Words words, int head)
    {
        var k = head - 1;
        while (k >= 0 && !words.BreakAfter(k) && ContentStem(words, k) is not null && !Stopwords.English.Contains(words[k]))
        {
            k--;
        }

        return head - k - 1;
    }

    // The longest opening of one source's cause phrase, ending at a content word, that the sentence each source of the
    // version gives its cause in holds: every name of it and two in three of its content words ("Undercooked chicken" in
    // "the likely source was a chicken dish thought to have been undercooked"), all of them past a relative word. Null when
    // no opening with a content word is.
    private static string? Shared(List<List<Cause>> version)
    {
        string? best = null;
        var most = 0;
        // A weak clause ("after rainwater rotted the frame") words the version only where no source states its cause.
        var stated = version.SelectMany(s => s).Any(c => !c.Weak);
        foreach (var cause in version.SelectMany(s => s).Where(c => !stated || !c.Weak).OrderBy(c => c.Pursued).ThenBy(c => c.Inferred).ThenBy(c => c.Source).ThenBy(c => c.Start))
        {
            var content = new List<(string Stem, bool Name)>();
            var relative = false;
            for (var k = cause.First; k <= cause.Last; k++)
            {
                // A relative clause tells what one outlet says of the thing ("a fire alarm that sounded"): kept only in full.
                relative |= cause.Words[k] is "that" or "which" or "who";
                if (ContentStem(cause.Words, k) is not { } stem)
                {
                    continue;
                }

                content.Add((stem, k > 0 && cause.Words.Capitalized(k)));
                if (content.Count > most && Closes(cause, k) && version.All(s => s.Any(c => Holds(c.Sentence, content, relative))))
                {
                    var words = cause.Words;
                    best = words.Text[words.Tokens[cause.First].Start..words.Tokens[k].End];
                    most = content.Count;
                }
            }
        }

        return best;
    }

    // An opening ends with the phrase, with the noun phrase that names the cause before what it did ("a fire in a transformer
    // | had tripped the supply"), or where what follows only tells more of the thing named: where or when it was ("on
    // the ridge above"), a relative clause, or a participle of what was done to it ("installed overnight"). Not within
    // what the cause did ("gusts of wind catching | the canopy", "two riders being | sent down"), which the cause is.
    private static bool Closes(Cause cause, int k)
    {
        var words = cause.Words;
        if (k == cause.Last || k == cause.Named || words.BreakAfter(k))
        {
            return true;
        }

        var next = words[k + 1];
        return next is "in" or "on" or "at" or "from" or "with" or "by" or "near" or "above" or "below" or "beneath" or "under" or "inside"
                or "outside" or "behind" or "during" or "that" or "which" or "who" or "where"
            || (next.Length > 4 && next.EndsWith("ed", StringComparison.Ordinal) && words[k] is not ("was" or "were" or "is" or "are" or "be" or "been" or "had" or "has" or "have"));
    }

    private static bool Holds(HashSet<string> sentence, List<(string Stem, bool Name)> content, bool all) =>
        content.All(c => !c.Name || sentence.Contains(c.Stem)) && (all ? 1 : 3) * content.Count(c => sentence.Contains(c.Stem)) >= (all ? 1 : 2) * content.Count;

    // A hyphenated compound ("a mix-up", "a break-in", "a short-circuit") is one content word, often the whole of what a cause
    // names: its letters alone, so "mix-up", "mixup" and "mix up" written as one word meet.
    private static string? ContentStem(Words words, int k) =>
        Possessor(words[k]) is var w && w.Length >= 3 && Compound(w) is { } c && !Stopwords.English.Contains(c) ? Stemmer.Porter.Stem(Singular(c)) : null;

    // Plurals the stemmer cannot undo, so "mice" and "mouse droppings" name one animal: the vowel-change plurals of animals
    // and parts. Not "men", "women", "children", "feet": a doer or a measure in two rival causes ("a man left the gate open" /
    // "two men cut the fence") would join them.
    private static string Singular(string word) => word switch
    {
        "mice" => "mouse",
        "lice" => "louse",
        "geese" => "goose",
        "teeth" => "tooth",
        "oxen" => "ox",
        _ => word,
    };

    private static string? Compound(string w) =>
        w.All(char.IsLetter) ? w
        : char.IsLetter(w[0]) && char.IsLetter(w[^1]) && w.All(c => char.IsLetter(c) || c == '-') && !w.Contains("--", StringComparison.Ordinal) ? w.Replace("-", "", StringComparison.Ordinal)
        : null;

    // A mishap an event came "after" ("evacuated after a leak of acid", "fined in 2019 after a smaller leak") is often the
    // event itself or an earlier one: the source's version only when it gives no other cause, so two outlets' rival causes
    // are not joined by the leak both report.
    // Each source's causes, in source order, as both the disagreements and the agreed causes read them: weak causes only
    // where they explain another outlet's cause's effect, mishaps only where the source gives no other cause.
    private static List<List<Cause>> BySource(IReadOnlyList<SourceIndex> sources) =>
        [.. Explaining([.. sources.OrderBy(s => s.Id).Select(s => Collect(s).ToList())], sources).Select(WithoutMishaps).Where(c => c.Count > 0)];

    private static List<Cause> WithoutMishaps(List<Cause> causes) =>
        causes.Any(c => !c.Mishap && !c.Weak) ? causes.Where(c => !c.Mishap && !c.Weak).ToList() : causes;

    // A weak cause ("closed after sewage flooded the kitchen") is a source's version only where it explains what a cause
    // another outlet gives explains: the two sentences tell one effect in a shared word ("closed"), and the weak clause is
    // not that other cause's effect itself ("evacuated after the boat sank" against "the sinking was caused by a rock").
    // A weak clause that names what another outlet states as the cause ("sent home after the drive belt slipped"
    // against "blamed a worn drive belt") tells that version again, whatever effect each clause tells: it joins it and opens
    // none of its own. Not where the stating outlet itself tells the clause's words in a weak clause of its own ("closed
    // after its roof sagged" beside "blamed a cracked roof truss"): there the clause is the event.
    // A clause an event told only as taking place came after ("the error happened after ...") needs no shared word: its
    // sentence says nothing but that link, so outlets may name the event as they like ("the mix-up was caused by ...").
    // A finding ("after listeria was found in tests") is no cause where another outlet's stated cause explains the thing found
    // ("traced the listeria to a faulty drain"), or where the outlet giving that cause names the thing found elsewhere
    // ("stop the leaks" beside "traced the losses to the old joints"): there what was found is the trouble itself, and the
    // other cause its origin.
    // A finding is no rival of a weak clause whose event the finding's own outlet tells ("closed after a walkway collapsed"
    // against "closed after inspectors found corroded cables, following the collapse of a walkway"): that outlet gives both,
    // the event the act followed and what an inspection then found behind it, one cause at two levels, not two versions.
    // A "when" clause of failing ("woke to a flood when a giant tank burst", "were inside when the section gave way") tells
    // the moment of the event, often the event itself: where an outlet that states another cause names the thing that failed
    // in one of its sentences ("pressure in the headspace of the tank", beside "a valve that failed to open caused the vessel
    // to split"), that outlet tells what made the thing fail, so the failure is the incident it explains, not a rival version.
    private static List<List<Cause>> Explaining(List<List<Cause>> bySource, IReadOnlyList<SourceIndex> sources)
    {
        bool Others(Cause c, Func<Cause, bool> test) => bySource.Any(other => other.Count > 0 && other[0].Source != c.Source && other.Any(test));
        var told = new Dictionary<int, List<HashSet<string>>>();
        var trouble = bySource.SelectMany(s => s).Where(c => c.Finding && Others(c, o => !o.Weak && !o.Finding && (c.Specific.Overlaps(o.Effects) || NamesFound(Told(o.Source), c))))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        bool Rival(Cause weak, Cause o) => !o.Weak && !trouble.Contains(o) && SameEffect(weak, o) && !(o.Finding && TellsEvent(Told(o.Source), weak));
        List<HashSet<string>> Told(int source)
        {
            if (!told.TryGetValue(source, out var stems))
            {
                stems = sources.FirstOrDefault(s => s.Id == source) is { } index ? [.. index.Sentences.Select(s => SentenceStems(s.Words))] : [];
                told[source] = stems;
            }

            return stems;
        }

        bool RetellsStated(Cause weak, Cause o) => !o.Weak && !trouble.Contains(o) && Meet(weak, o)
            && !bySource.Any(other => other.Count > 0 && other[0].Source == o.Source && other.Any(w => w.Weak && Meet(weak, w)));
        return [.. bySource.Select(own => own.Where(c => (c.Weak && !c.Occurred ? Others(c, o => Rival(c, o) || RetellsStated(c, o)) : !trouble.Contains(c))
            && !(c.Mishap && Others(c, o => !o.Weak && !o.Mishap && !Meet(c, o) && NamesMishap(Told(o.Source), c)))
            && !(c.Failing is { } thing && Others(c, o => !o.Weak && !o.Mishap && o.Failing is null && !Meet(c, o) && Told(o.Source).Any(s => s.Contains(thing))))).ToList())];
    }

    // A mishap an event came "after" ("operations were called off after a power failure") is the story's incident itself
    // where an outlet that states another cause names that mishap in one of its sentences ("the review into the power
    // failure", beside "the blackout began when a digger cut a cable"): that outlet tells what caused the mishap, one link
    // further back in one chain, so the mishap is no rival version of what caused it. Every word naming the mishap is held,
    // and a word of failure where the mishap is worded with one ("power" alone does not name "a power failure").
    private static bool NamesMishap(List<HashSet<string>> sentences, Cause mishap) =>
        mishap.Specific.Count > 0
        && sentences.Any(s => mishap.Specific.All(s.Contains) && (!mishap.Stems.Contains(FailureClass) || s.Overlaps(Generic)));

    // An outlet names what a finding found when one of its sentences holds every word of it ("stop the leaks" for "after
    // leaks were found"): an outlet that knows the thing found and gives a stated cause gives that thing's origin.
    private static bool NamesFound(List<HashSet<string>> sentences, Cause finding) =>
        finding.Specific.Count > 0 && sentences.Any(s => finding.Specific.All(s.Contains));

    // An outlet tells a weak clause's event when one of its sentences holds two or more, and two in three, of the words
    // that name it ("part of its walkway collapsed" in "following the partial collapse of a pedestrian walkway").
    private static bool TellsEvent(List<HashSet<string>> sentences, Cause weak) =>
        weak.Specific.Count >= 2 && sentences.Any(s => weak.Specific.Count(s.Contains) is var held && held >= 2 && 3 * held >= 2 * weak.Specific.Count);

    private static bool SameEffect(Cause weak, Cause stated) =>
        weak.Effects.Overlaps(stated.Effects) && !weak.Specific.Overlaps(stated.Effects);

    // Words of a clause that say who reports a cause, that there was one, or when, not what happened: general news vocabulary
    // written without reference to any case.
    private static readonly HashSet<string> NotEvents = new(
        new[] { "said", "say", "says", "told", "tell", "according", "believe", "believed", "think", "thought", "suspect", "suspected", "report", "reported",
            "statement", "spokesman", "spokeswoman", "spokesperson", "added", "confirmed", "happened", "came", "come", "followed", "follow", "caused", "cause",
            "blamed", "blame", "triggered", "result", "due", "after", "because", "also", "last", "week", "year", "day", "month", "night", "morning", "afternoon",
            "evening", "earlier", "later", "today", "yesterday", "first", "since", "before", "when", "while", "still", "would", "could", "may", "might", "being",
            "been", "people", "time", "officials", "official", "police", "council", "company", "firm", "staff", "investigators", "engineers", "understood", "now" }.Select(Stemmer.Porter.Stem),
        StringComparer.Ordinal);

    // What the cause explains: the stems of the words of its clause outside the cause phrase, without names (a place or body
    // every sentence of the story may hold) and without words of reporting.
    private static HashSet<string> EffectStems(Words words, CauseSpan span)
    {
        var from = span.First;
        while (from > 0 && span.First - from < 10 && !words.BreakAfter(from - 1) && !ClauseStarts.Contains(words[from - 1]))
        {
            from--;
        }

        var to = span.Last;
        while (to + 1 < words.Count && to - span.Last < 8 && !words.BreakAfter(to) && !ClauseStarts.Contains(words[to + 1]))
        {
            to++;
        }

        // The clause before a cause that follows its word of cause ("the shop was closed | after ...") is what it explains;
        // a cause that opens its clause ("a spark | set fire to the barn") explains what follows it.
        HashSet<string> Stems(int a, int b) => Enumerable.Range(a, Math.Max(0, b - a + 1)).Where(k => !(k > 0 && words.Capitalized(k)))
            .Select(k => ContentStem(words, k)).OfType<string>().Where(s => !NotEvents.Contains(s)).ToHashSet(StringComparer.Ordinal);
        var before = Stems(from, span.First - 1);
        return before.Count > 0 ? before : Stems(span.Last + 1, to);
    }

    // Words that open a clause of its own: the effect a cause explains lies within the cause's clause.
    private static readonly HashSet<string> ClauseStarts = new(
        ["said", "says", "told", "that", "which", "who", "when", "while", "and", "but", "as", "so", "where", "believe", "believes", "think", "thinks", "according"],
        StringComparer.Ordinal);

    private static bool Meet(List<Cause> a, List<Cause> b) => a.Any(x => b.Any(y => Meet(x, y)));

    // Two causes that each say what failed are one when they name one thing; one that names only a kind of failure ("an
    // electrical fault") is one with any cause it shares a word with, the class of failure words included.
    // A cause of what another source gives as the cause ("the bloom was blamed on a hot spell" / "closed because of an algae
    // bloom") is an earlier link of one chain, not a rival version.
    private static bool Meet(Cause x, Cause y) =>
        (x.Specific.Count > 0 && y.Specific.Count > 0 ? Share(x.Specific, y.Specific) : Share(x.Stems, y.Stems))
        || (x.Effect is { } xe && y.Specific.Contains(xe)) || (y.Effect is { } ye && x.Specific.Contains(ye));

    // Two causes' words share a stem, or one word's verb and noun, which the stemmer keeps apart where a verb in -de has its
    // noun in -sion ("corroded cables" / "corrosion in the cables", "exploded" / "explosion", "collided" / "collision"); not in short stems.
    private static bool Share(HashSet<string> a, HashSet<string> b) =>
        a.Overlaps(b) || a.Any(s => s.Length >= 5 && s[^1] is 'd' or 's' && b.Contains(string.Concat(s.AsSpan(0, s.Length - 1), s[^1] == 'd' ? "s" : "d")))
        || a.Any(s => b.Any(t => Headed(s, t) || Headed(t, s)));

    // A closed compound names a kind of its last part ("topmast" a mast, "floodwater" water, "wildfire" a fire): an outlet
    // that names the thing by the compound and one that names it by its head tell of one thing. The head is a word of its own
    // (four letters or more) and the compound's first part at least three, so "mast" is not read in "master" nor "ice" in "office".
    private static bool Headed(string compound, string head) =>
        head.Length >= 4 && compound.Length >= head.Length + 3 && compound.EndsWith(head, StringComparison.Ordinal);

    // A generic failure ("a fault", "the failure") is told by what it is in or of: the phrase after it is compared too.
    private static int Complement(Words words, int coreLast, int last)
    {
        if (!Generic.Contains(Stemmer.Porter.Stem(words[coreLast])) || coreLast >= last || words[coreLast + 1] is not ("in" or "of" or "on" or "with" or "to" or "at")
            || words.BreakAfter(coreLast))
        {
            return coreLast;
        }

        var k = coreLast + 2;
        while (k < last && !words.BreakAfter(k) && words[k + 1] is not ("in" or "on" or "at" or "which" or "who" or "that" or "after" or "before" or "near" or "inside"))
        {
            k++;
        }

        return Math.Min(k, last);
    }

    // What a cause is, without where it happened or what it did: "a load of lorries broke loose" of "... on the
    // vehicle deck", "a burst main" of "... above the tunnel", "water" of "water entering the car deck" (a participle before
    // its object). Two causes at one place ("on the deck", "above the tunnel") are not one cause for that.
    private static int Core(Words words, CauseSpan span)
    {
        for (var k = span.First + 1; k <= span.Last; k++)
        {
            if (k > span.CoreLast || words[k] is "on" or "in" or "at" or "after" or "before" or "inside" or "near" or "through" or "into" or "onto" or "across" or "along" or "behind" or "under" or "over" or "which" or "who"
                    or "above" or "below" or "beneath" or "underneath" or "beside" or "outside" or "opposite"
                || (words[k].EndsWith("ing", StringComparison.Ordinal) && words[k + 1] is "the" or "a" or "an" or "its" or "their" or "into" or "onto" or "through")
                || words.BreakAfter(k - 1))
            {
                return k - 1;
            }
        }

        return span.Last;
    }

    // The stem of what the cause caused, when it is a specific thing ("bloom"), not a word of failure ("the failure").
    private static string? Effect(Words words, CauseSpan span) =>
        span.Effect is { } k && Stemmer.Porter.Stem(Singular(words[k])) is var stem && !Generic.Contains(stem) && !Kinds.Contains(stem) && !Stopwords.English.Contains(words[k]) ? stem : null;

    private static HashSet<string> SentenceStems(Words words) =>
        Enumerable.Range(0, words.Count).Select(k => ContentStem(words, k)).OfType<string>().ToHashSet(StringComparer.Ordinal);

    // Inside a quotation that opens in the sentence before the offset.
    private static bool Quoted(string sentence, int offset)
    {
        var head = sentence.AsSpan(0, offset);
        return head.Count('"') % 2 == 1 || head.Count('“') > head.Count('”');
    }

    private static string Possessor(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static IEnumerable<Cause> Collect(SourceIndex source)
    {
        foreach (var sentence in source.Sentences)
        {
            var words = sentence.Words;
            HashSet<string>? sentenceStems = null; // once per sentence, and only for a sentence that gives a cause
            var read = CauseReader.Read(words);
            foreach (var span in read.Concat(CauseReader.ReadWeak(words, read)))
            {
                var (start, end) = (words.Tokens[span.First].Start, words.Tokens[span.Last].End);
                var first = span.CoreFirst ?? span.First;
                var coreLast = Core(words, span with { First = first });
                if (Quoted(sentence.Segment.Text, words.Tokens[span.First].Start))
                {
                    continue; // a cause in someone's quoted words is theirs, not the outlet's version ("... because of a day out")
                }

                // What the failure is in ends where the reader ends the noun phrase naming the cause ("a fault in the main
                // switchgear | had cut the supply"): what it did is no part of what failed, and two rival causes told with one
                // verb ("cut the supply", "cut a cable") are not one version for that verb.
                var compared = Complement(words, coreLast, Math.Min(span.Last, span.CoreLast ?? span.Last));
                var core = sentence.Segment.Text[words.Tokens[first].Start..words.Tokens[compared].End];
                var stems = Enumerable.Range(first, compared - first + 1).Select(k => ContentStem(words, k)).OfType<string>().ToHashSet(StringComparer.Ordinal);
                var specific = stems.Where(s => !Generic.Contains(s) && !Kinds.Contains(s)).ToHashSet(StringComparer.Ordinal);
                if (stems.Count > 0)
                {
                    stems = stems.Select(s => Generic.Contains(s) ? FailureClass : s).ToHashSet(StringComparer.Ordinal);
                    yield return new Cause(source.Id, sentence.Segment.Start + start, sentence.Segment.Start + end, sentence.Segment.Text[start..end], core, stems, specific, span.Pursued, compared > coreLast, span.Inferred, Effect(words, span), span.Mishap,
                        words, span.First, span.Last, sentenceStems ??= SentenceStems(words), span.CoreLast, span.Weak, EffectStems(words, span), span.Finding, span.Occurred,
                        span.Failing is { } failing ? ContentStem(words, failing) : null);
                }
            }
        }
    }
}
