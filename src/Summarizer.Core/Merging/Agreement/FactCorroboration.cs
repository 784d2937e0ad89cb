using Summarizer.Documents;
using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Which typed facts of a story another independent source also states (a near-copy and its original are one
/// source), and which are part of a disagreement or an update. Decided per fact, after alignment: a fact aligned
/// with another source's is stated there; so is one whose value another source gives, in any format, in a
/// sentence about the same thing.
/// </summary>
internal sealed class FactCorroboration
{
    // Content words two sentences must share, besides the value itself, to be about the same thing when the
    // aligner did not group their facts: "opened in 1971" with "the bridge, which opened in 1971".
    private const int SharedContext = 2;

    // Content words two sentences giving different values must share to be about the same thing.
    private const int ContestedContext = 3;

    private readonly IReadOnlyDictionary<int, int> _copyOf;
    private readonly Dictionary<(int Source, int Sentence), List<Fact>> _bySentence;
    private readonly HashSet<Fact> _disputed = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Fact> _aligned = new(ReferenceEqualityComparer.Instance);
    private readonly List<SourceSpan> _worded;
    private readonly Dictionary<int, DateOnly?> _anchors;
    private readonly List<Fact> _all;
    private readonly ILookup<(ValueKind Kind, string Unit), Fact> _byKind;

    private readonly IReadOnlyList<SourceSpan> _agreedCauses;

    public FactCorroboration(IReadOnlyList<SourceFacts> sources, IReadOnlyList<AlignedGroup> groups, IReadOnlyDictionary<int, int> copyOf, IReadOnlyList<Disagreement> disagreements, IReadOnlyList<SourceSpan>? agreedCauses = null)
    {
        _copyOf = copyOf;
        _agreedCauses = agreedCauses ?? [];
        _all = sources.SelectMany(s => s.Facts).ToList();
        _anchors = sources.ToDictionary(s => s.SourceId, s => s.Anchor);
        _byKind = _all.ToLookup(f => (f.Value.Kind, f.Value.Unit));
        _bySentence = _all.GroupBy(f => (f.SourceId, f.SentenceIndex)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var group in groups)
        {
            foreach (var fact in group.Facts)
            {
                if (group.Label is AlignmentLabel.Disagree or AlignmentLabel.Update)
                {
                    _disputed.Add(fact);
                }
                else if (group.Facts.Any(other => !SameSource(other.SourceId, fact.SourceId)))
                {
                    _aligned.Add(fact);
                }
            }
        }

        // Disagreements found outside the aligned facts (named office-holders) dispute the facts they point at.
        var spans = disagreements.SelectMany(d => d.Claims).SelectMany(c => c.Spans ?? []).ToList();
        _disputed.UnionWith(_all.Where(f => spans.Any(s => Overlaps(s, f))));

        // A version told only in words (a cause, a state) disputes no typed fact: its words are what tie a clause to it.
        // One whose span holds a fact is that fact's, and a clause beside it is judged by its own facts and words.
        _worded = spans.Where(s => !_all.Any(f => Overlaps(s, f))).ToList();
    }

    private static bool Overlaps(SourceSpan span, Fact fact) => span.SourceId == fact.SourceId && span.Start < fact.End && fact.Start < span.End;

    /// <summary>
    /// True when the passage from <paramref name="start"/> to <paramref name="end"/> of source <paramref name="sourceId"/>
    /// holds a version of a disagreement or update told only in words, with no typed fact in it (a cause: "blamed a
    /// shortage of deck crew"): the disagreement shows it, so, like a disputed figure, it is no one source's news.
    /// </summary>
    public bool HoldsWordedVersion(int sourceId, int start, int end) =>
        _worded.Any(s => s.SourceId == sourceId && s.Start < end && start < s.End);

    /// <summary>
    /// True when the passage from <paramref name="start"/> to <paramref name="end"/> of source <paramref name="sourceId"/>
    /// gives a cause another independent source gives too (<see cref="CauseFinder.Agreed"/>): stated there in other words.
    /// </summary>
    public bool HoldsAgreedCause(int sourceId, int start, int end) =>
        _agreedCauses.Any(s => s.SourceId == sourceId && s.Start < end && start < s.End);

    /// <summary>The typed facts read from sentence <paramref name="sentence"/> of source <paramref name="sourceId"/>.</summary>
    public IReadOnlyList<Fact> In(int sourceId, int sentence) =>
        _bySentence.TryGetValue((sourceId, sentence), out var facts) ? facts : [];

    /// <summary>True when the fact is one version of a disagreement or an update.</summary>
    public bool IsDisputed(Fact fact) => _disputed.Contains(fact);

    /// <summary>
    /// True when the fact's value says something on its own: figures, dates and times, not the people and places
    /// around them, and not a relative date the article gives no date to count from ("four years ago").
    /// </summary>
    public bool IsValue(Fact fact) =>
        fact.Value.Kind is not (ValueKind.Person or ValueKind.Place)
        && !(fact.Value.Kind == ValueKind.Count && fact.Measure.Length == 0 && fact.Frame is null) // "Ring Road No. 4", "saved two"
        && !(fact.Measure == "ago" && _anchors.GetValueOrDefault(fact.SourceId) is null)
        && !(fact.Value.Kind == ValueKind.Date && double.IsInfinity(fact.Value.Range.Low) && double.IsInfinity(fact.Value.Range.High))
        && fact.Frame != EventFrames.Said // "officials said on Tuesday": when it was said, no news of its own
        && !RefersBack(fact);

    // A small count told with a definite determiner ("between the two towns", "all five men survived") counts what the
    // story has already named: it points back at them and adds no figure of its own.
    private static bool RefersBack(Fact fact) =>
        fact.Definite && fact.Value.Kind == ValueKind.Count && Written(fact.Value).High < CommonCountBelow;

    /// <summary>True when another independent source states the same fact.</summary>
    public bool IsCorroborated(Fact fact) =>
        _aligned.Contains(fact)
        || _byKind[(fact.Value.Kind, fact.Value.Unit)].Any(other => !SameSource(other.SourceId, fact.SourceId) && SameValue(fact, other) && AboutTheSame(fact, other))
        || AgeAsDuration(fact).Any(other => !SameSource(other.SourceId, fact.SourceId) && AboutTheSame(fact, other))
        || (Distinctive(fact.Value) && _byKind[(fact.Value.Kind, fact.Value.Unit)].Any(other => !SameSource(other.SourceId, fact.SourceId) && other.Value.Range.SameAs(fact.Value.Range) && IsValue(other)))
        || WrittenElsewhere(fact);

    /// <summary>
    /// True when another independent source writes the figure itself, in any format ("some seventy" / "about 70",
    /// "twenty past eight" / "8.20am"), whatever its sentence says around it. Alignment and the shared-context test
    /// prove a figure is stated elsewhere; "reported by one source" needs the converse shown, that no one else gives
    /// it: a figure the others write too, in a sentence framed or worded so that nothing aligned it, is far more often
    /// the same fact than a coincidence, and listing it shows the others' fact as this source's.
    /// </summary>
    private bool WrittenElsewhere(Fact fact) =>
        fact.Value.Kind is not (ValueKind.Person or ValueKind.Place or ValueKind.Status)
        && !IsCommonFigure(fact.Value)
        && _byKind[(fact.Value.Kind, fact.Value.Unit)].Any(other => !SameSource(other.SourceId, fact.SourceId) && SameFigure(Written(other.Value), Written(fact.Value)) && !CountsOtherThings(fact, other));

    // Two counts of named different things ("400 blankets" / "400 homes") are two facts; a count whose sentence names
    // no counted noun, or names one of the same class ("70 skiers" / "seventy holidaymakers"), may be the same.
    private static bool CountsOtherThings(Fact a, Fact b) =>
        a.Value.Kind is ValueKind.Count or ValueKind.Quantity && a.Measure.Length > 0 && b.Measure.Length > 0 && a.Measure != b.Measure && a.Frame != b.Frame;

    // The figure as written, before its hedge ("more than 30" writes 30); a value read without one writes its range.
    private static Interval Written(FactValue value) =>
        value.Stated is { } stated ? new Interval(stated, stated, false, false) : value.Range;

    // Figures a story writes often of different things, so another source writing one is no sign it states this fact:
    // a count under ten ("two cranes", "three children") and a day named only by its weekday ("on Tuesday").
    private const double CommonCountBelow = 10;

    private static bool IsCommonFigure(FactValue value) =>
        (value.Kind == ValueKind.Count && Written(value).High < CommonCountBelow)
        || (value.Kind == ValueKind.Date && value.Relative);

    private static bool SameFigure(Interval a, Interval b) => a.SameAs(b) && !double.IsInfinity(a.Low) && !double.IsInfinity(a.High);

    // Significant digits a figure needs to name one thing in a story on its own. A sum or share written with two
    // ("$4.5m", "9.5%") or a count with three ("1,150 jobs"), given exactly by two outlets, is one fact however
    // differently their sentences frame it ("demanding $4.5m" / "a ransom of 4.5 million dollars"); "12 people" or
    // "42,000 homes" may count different things, so those still need a shared context.
    private const int DistinctSumDigits = 2;
    private const int DistinctCountDigits = 3;

    // A figure so exact that two sources giving it exactly give the same fact: a sum, share or count with enough
    // significant digits, a clock time off the quarter hours ("06:12" / "6.12am").
    private static bool Distinctive(FactValue value) => value.Range.IsPoint && value.Kind switch
    {
        ValueKind.TimeOfDay => value.Range.Low % 15 != 0,
        ValueKind.Money or ValueKind.Percent => SignificantDigits(value.Range.Low) >= DistinctSumDigits,
        ValueKind.Count or ValueKind.Quantity => SignificantDigits(value.Range.Low) >= DistinctCountDigits,
        _ => false,
    };

    private static int SignificantDigits(double value)
    {
        var digits = Math.Abs(value).ToString("0.############", System.Globalization.CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).Trim('0');
        return digits.Length;
    }

    private static bool AboutTheSame(Fact a, Fact b) => FactMatching.SharedContext(a, b) >= SharedContext;

    // An age is the time since something began: "was 27 years old" and "had been in service for 27 years".
    private IEnumerable<Fact> AgeAsDuration(Fact fact) => fact.Value.Kind switch
    {
        ValueKind.Age => _byKind[(ValueKind.Duration, "s")].Where(d => d.Measure != "ago" && d.Value.Range.Scale(1 / Units.Year).SameAs(fact.Value.Range)),
        ValueKind.Duration when fact.Measure != "ago" => _byKind[(ValueKind.Age, "years")].Where(a => fact.Value.Range.Scale(1 / Units.Year).SameAs(a.Value.Range)),
        _ => [],
    };

    /// <summary>
    /// True when another independent source gives, about the same thing, a value that cannot be true with this one
    /// ("23 ships waiting" / "31 ships waiting"): a version of a disagreement or update the aligner did not group,
    /// so not a fact of one source.
    /// </summary>
    public bool IsContested(Fact fact) =>
        _byKind[(fact.Value.Kind, fact.Value.Unit)].Any(other => !SameSource(other.SourceId, fact.SourceId) && !fact.Value.Compatible(other.Value)
            && SameThing(fact, other) && FactMatching.SharedContext(other, fact) >= ContestedContext);

    /// <summary>The source a near-copy copies, or the source itself.</summary>
    public int OriginalOf(int sourceId) => _copyOf.TryGetValue(sourceId, out var original) ? original : sourceId;

    private bool SameSource(int a, int b) => OriginalOf(a) == OriginalOf(b);

    // Dates and times are compared only within one event frame: a story has many days and hours.
    private static bool SameThing(Fact a, Fact b) => a.Value.Kind switch
    {
        ValueKind.Person or ValueKind.Place => false,
        ValueKind.Date or ValueKind.TimeOfDay => a.Frame is not null && a.Frame == b.Frame,
        ValueKind.Count => a.Frame == b.Frame && a.Measure.Length > 0 && a.Measure == b.Measure,
        _ => a.Frame == b.Frame && a.Measure == b.Measure,
    };

    // One value in any format ("€25m" / "25 million euros", "four years ago" / "in 2022"), or values that are both
    // true of one thing ("15 years" / "up to 15 years"), of one kind of thing.
    private static bool SameValue(Fact a, Fact b) =>
        a.Value.Kind == b.Value.Kind && a.Value.Unit == b.Value.Unit && a.Value.Compatible(b.Value) && a.Value.Kind switch
        {
            ValueKind.Person or ValueKind.Place => false,
            // "two worst cables" and "two main stay cables": one count when the sentences share more than names.
            ValueKind.Count => (a.Measure.Length > 0 && a.Measure == b.Measure) || (a.Frame is not null && a.Frame == b.Frame)
                || FactMatching.SharedContext(a, b) >= ContestedContext,
            ValueKind.Age => a.Measure == b.Measure || a.Measure.Length == 0 || b.Measure.Length == 0,
            _ => true,
        };
}
