namespace Summarizer.Checking.Independent;

/// <summary>
/// A disagreement side is an answer to its topic ("Hospital the boy was flown to": "St Piran's Hospital in Portheven"), so
/// a citation of it is read as one: its words found somewhere in the source are not enough, for a source that gives the
/// other version still names the other outlet's place or person elsewhere ("a boy from Trevanna").
/// </summary>
internal sealed partial class CitationJudge
{
    /// <summary>What the source lacks for <paramref name="side"/> as an answer to <paramref name="topic"/>: as <see cref="Judge"/>, and "[id]" when the source gives another version of it.</summary>
    public List<string> JudgeSide(ClaimReading side, ClaimReading topic, SourceReading source, IReadOnlySet<string> knownNames, IReadOnlySet<string> fullNames, IReadOnlyCollection<SourceReading>? story = null)
    {
        var missing = Judge(side, source, knownNames, fullNames, story);
        return missing.Count > 0 || Answers(side, topic, source) ? missing : [$"[{source.Id}]"];
    }

    /// <summary>
    /// A side is short, the value itself. A place it gives with the town or area it lies in ("St Piran's Hospital in
    /// Trevanna") is the other version where the source writes that place with another one in the same spot ("St Piran's
    /// Hospital in Portheven"), though it names the side's town elsewhere ("a boy from Trevanna"). A bound it gives ("up to
    /// 85mph", "more than 25,000 residents") is a figure the source writes as that bound; a source that gives the same kind
    /// of bound with another value in a sentence about the topic ("winds forecast to hit up to 80mph" for "Strongest forecast
    /// gusts") gives the other version, though a smaller count of something else lies inside the side's bound.
    /// </summary>
    private static bool Answers(ClaimReading side, ClaimReading topic, SourceReading source) =>
        !PlacesElsewhere(side, source)
        && !side.Figures.Any(f => f.IsMeasure && IsOpenBound(f) && !source.Figures.Any(g => g.Bound == f.Bound && f.IsStatedBy(g))
            && source.Body.Any(s => AboutTopic(topic, s) && GivesOtherBound(side, f, s)));

    // "A in B" in the side, and a sentence of the source that writes A followed the same way by a name that is
    // not B, and never writes B: it puts A somewhere else.
    private static bool PlacesElsewhere(ClaimReading side, SourceReading source)
    {
        for (var n = 0; n + 1 < side.Names.Count; n++)
        {
            var (place, within) = (side.Names[n], side.Names[n + 1]);
            var joint = Joint(side.Text[place.Words[^1].End..within.Words[0].Start]);
            if (joint is null)
            {
                continue;
            }

            foreach (var sentence in source.Body.Where(s => !s.Words.Any(w => SameWord(within.Words[^1], w))))
            {
                var words = sentence.Words;
                for (var i = 0; i + 1 < words.Count; i++)
                {
                    // the name after the joint word ("in Portheven")
                    var other = words[Math.Min(i + 2, words.Count - 1)];
                    if (SameWord(place.Words[^1], words[i]) && other.Start > words[i].End && Joint(sentence.Text[words[i].End..other.Start]) == joint
                        && other.IsCapitalized && !Stopwords.Is(other.Folded))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    // What joins a place to the town or area it lies in: "in", "at" or "near"; null for anything else. (Not a comma, which
    // as often ends the clause: "a newsagent in Mill Street, the lottery said".)
    private static string? Joint(string between) =>
        between.Trim() is var t && t is "in" or "at" or "near" ? t : null;

    // The sentence writes one of the topic's content words.
    private static bool AboutTopic(ClaimReading topic, SentenceReading sentence) =>
        topic.Content.Any(c => sentence.Words.Any(w => SameWord(c, w)));

    // The sentence gives the side's kind of bound (the same unit, counting the same thing) with another value: "up to 200
    // stores" against "up to 250 stores".
    private static bool GivesOtherBound(ClaimReading side, Figure bound, SentenceReading sentence) =>
        sentence.Figures.Any(g => g.Kind == bound.Kind && g.Unit == bound.Unit && g.Bound == bound.Bound && !bound.IsStatedBy(g)
            && CountedThing.Same(CountedThing.Of(side.Text, side.Words, bound), CountedThing.Of(sentence.Text, sentence.Words, g), side.Words, sentence.Words));
}
