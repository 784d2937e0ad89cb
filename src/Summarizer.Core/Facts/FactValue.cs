namespace Summarizer.Facts;

/// <summary>What sort of value a fact states; values of different kinds never align.</summary>
internal enum ValueKind
{
    Count,
    Percent,
    Money,
    Duration,
    Age,
    TimeOfDay,
    Date,
    Vote,
    Magnitude,
    Quantity,
    Person,
    Place,

    /// <summary>A stage of a process ("signed", "restored"): the range is the stage, the unit the process.</summary>
    Status,
}

/// <summary>
/// A stated value, normalised: counts as numbers, money in its currency ("EUR"), durations in seconds, ages in
/// years, times of day in minutes after midnight, dates as day numbers (<see cref="DateOnly.DayNumber"/>),
/// vote splits as for * 1000 + against, quantities in a base unit of their dimension. Names (people, places)
/// carry a spelling-blind key instead of a range.
/// </summary>
/// <param name="Unit">Currency code, "%" or "pp" (percentage points), or a quantity's dimension ("length"); else "".</param>
/// <param name="IsCap">Stated as a maximum ("up to 15 years", "a maximum of"): it aligns only with other maxima, unless it
/// bounds a span of time (<see cref="CapIsOwnMeasure"/>).</param>
internal sealed record FactValue(ValueKind Kind, Interval Range, string Unit = "", bool IsCap = false)
{
    /// <summary>
    /// True when the maximum is a measure of its own, apart from any reading: "a limit of 60mph" is no speed anyone drove,
    /// "as many as 40 staff" no count of those who came. A span of time bounded is still that span: "left in their chairs
    /// for up to three hours" and "brought down nearly five hours after" tell how long one wait lasted, and cannot both
    /// hold, while "up to three hours" and "two hours" can (<see cref="Compatible"/> compares the cap's interval).
    /// </summary>
    public bool CapIsOwnMeasure => IsCap && Kind != ValueKind.Duration;

    /// <summary>For people and places: the name's key (<see cref="NameKey"/>); the surname's key for people.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// For figures and times: the value as written, before its hedge ("more than 30" states 30, "about 3,000" states
    /// 3,000), normalised like <see cref="Range"/>. Citing a source for a figure needs the figure itself there.
    /// </summary>
    public double? Stated { get; init; }

    /// <summary>For places: keys of the places the sentence says this one is in or near ("Kell Hall in Ordsby").</summary>
    public IReadOnlyList<string> Around { get; init; } = [];

    /// <summary>For places: what kind of place the name is ("street", "town"), when the sentence says; else "".</summary>
    public string PlaceHead { get; init; } = "";

    /// <summary>
    /// For places: the common noun of a site the sentence places by a name ("farm" in "at an egg farm in Fennshire"); else "".
    /// </summary>
    public string PlaceSite { get; init; } = "";

    /// <summary>For dates: the weekday written with the date, if any.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>For dates: read from a weekday alone ("on Thursday") and placed by the article's date and tense.</summary>
    public bool Relative { get; init; }

    /// <summary>
    /// For a weekday alone: the days to its placement in the other tense (+7 for a weekday placed back, on the last such
    /// day; -7 for one placed ahead), or 0 when either week may be meant (the article's own weekday).
    /// </summary>
    public int OtherWeek { get; init; }

    /// <summary>For dates: a weekday written with a date it does not fall on ("Tuesday 11 February 2026").</summary>
    public bool WeekdayMismatch { get; init; }

    /// <summary>For quantities: the factor of the unit the figure is written in ("feet" 0.3048), or 0 when not read.</summary>
    public double WrittenIn { get; init; }

    /// <summary>For quantities: half a step of the figure's last written digit, in the base unit (see <see cref="Units.Grain"/>).</summary>
    public double Grain { get; init; }

    /// <summary>For times of day: the day written with the time ("11.40pm on Saturday"), as a date value.</summary>
    public FactValue? On { get; init; }

    /// <summary>True when both state the same value (names: same key; figures: the same interval).</summary>
    public bool SameAs(FactValue other) => Name is not null || other.Name is not null
        ? NameKey.SameName(Name, other.Name)
        : (Relative || other.Relative) && Weekday is not null ? Weekday == other.Weekday
        : Range.SameAs(other.Range) && Weekday == other.Weekday && (On is null ? other.On is null : other.On is not null && On.SameAs(other.On));

    // "at an egg farm in Fennshire" and "at Brackley Moor Farm": one source says where the farm lies, the other names it.
    // "in a residential street in Larkbridge" and "on Elm Row": the unnamed street may be the named one.
    // "St Piran's Hospital in Portheven" is no hospital in Trevanna: a named site said to lie elsewhere is another site.
    private static bool NamesTheSite(FactValue located, FactValue named) =>
        located.PlaceSite.Length > 0 && named.Name is { } name
        && (named.Around.Count == 0 || named.Around.Any(a => NameKey.SameName(a, located.Name)))
        && (name.EndsWith(" " + NameKey.Of(located.PlaceSite), StringComparison.Ordinal)
            || (PlaceWords.StreetLevel(located.PlaceSite) && PlaceWords.StreetLevel(named.PlaceHead)));

    /// <summary>True when both can be true of one thing.</summary>
    public bool Compatible(FactValue other)
    {
        if (Kind == ValueKind.Place && other.Kind == ValueKind.Place)
        {
            // A place and a place it is said to lie in, or a street and a town, can both be true of one event.
            return NameKey.SameName(Name, other.Name) || Around.Contains(other.Name ?? "") || other.Around.Contains(Name ?? "")
                || PlaceWords.OtherGrain(PlaceHead, other.PlaceHead) || NamesTheSite(this, other) || NamesTheSite(other, this)
                || PlaceWords.StretchOfRoad(PlaceHead, Name, other.Name) || PlaceWords.StretchOfRoad(other.PlaceHead, other.Name, Name);
        }

        if (Name is not null || other.Name is not null)
        {
            return NameKey.SameName(Name, other.Name);
        }

        if (ClockMoments.Applies(this, other))
        {
            return ClockMoments.Meet(this, other);
        }

        if (IsCap && other.IsCap)
        {
            return Range.SameAs(other.Range); // two different maxima for one cap conflict
        }

        if (OneValueInTwoUnits(this, other))
        {
            return true;
        }

        if ((Relative || other.Relative) && Weekday is not null && other.Weekday is not null)
        {
            return Weekday == other.Weekday; // "on Thursday" placed a week apart by tense is still that Thursday
        }

        // "11.40pm on Saturday" and "11.40pm on Sunday" are different moments; days more than a week apart were placed
        // without an article date (a guessed year) and say nothing about the moment.
        if (On is not null && other.On is not null && Math.Abs(On.Range.Low - other.On.Range.Low) <= 7 && !On.Compatible(other.On))
        {
            return false;
        }

        // "on Thursday" and "January 15" agree when the 15th is a Thursday; a date more than a week from where the
        // weekday was placed (a year guessed without the article's date) cannot be judged by its weekday.
        // A weekday misplaced by tense is a week off in one direction only: "on Thursday" read as the last Thursday may
        // be the next one, never the one before it.
        if (Weekday is { } day && other.Weekday is null && other.Range.IsPoint && Relative)
        {
            return Math.Abs(Range.Low - other.Range.Low) > 7 || (DayOfWeek(other) == day && Placeable(other.Range.Low));
        }

        if (other.Weekday is { } otherDay && Weekday is null && Range.IsPoint && other.Relative)
        {
            return Math.Abs(Range.Low - other.Range.Low) > 7 || (DayOfWeek(this) == otherDay && other.Placeable(Range.Low));
        }

        // Two hedged clock times that meet only at one edge minute ("about 3.15pm" reaching 3.30pm, "shortly before 4pm"
        // reaching back to it) are two readings of the clock, each centred elsewhere: the shared minute comes from how
        // far each hedge is read to reach, not from what either outlet said.
        if (Kind == ValueKind.TimeOfDay && other.Kind == ValueKind.TimeOfDay && !Range.IsPoint && !other.Range.IsPoint
            && Math.Min(Range.High, other.Range.High) - Math.Max(Range.Low, other.Range.Low) <= 0)
        {
            return false;
        }

        var weekdaysAgree = Weekday is null || other.Weekday is null || Weekday == other.Weekday;
        return weekdaysAgree && Range.Overlaps(other.Range);
    }

    // "30,000 feet" and "9 km", "roughly 340 miles" and "550 km": a figure given in another unit of one measure is the
    // conversion of the other's, rounded to the step its last digit shows. When one figure, converted, lies within the
    // rounding of the other, both outlets may be giving one value (a wire's metric figure and a paper's imperial one, or
    // "11.6-metre" beside "38-foot"): they cannot be told apart as two versions.
    private static bool OneValueInTwoUnits(FactValue a, FactValue b) =>
        a.Kind == ValueKind.Quantity && b.Kind == ValueKind.Quantity && a.Unit == b.Unit && !a.IsCap && !b.IsCap
        && a.WrittenIn > 0 && b.WrittenIn > 0 && Math.Abs(a.WrittenIn - b.WrittenIn) > 1e-9 * Math.Max(a.WrittenIn, b.WrittenIn)
        && (Widened(a.Range, a.Grain).Overlaps(b.Range) || Widened(b.Range, b.Grain).Overlaps(a.Range));

    private static Interval Widened(Interval range, double grain) =>
        new(range.Low - grain, range.High + grain, range.LowOpen, range.HighOpen);

    // A weekday alone may be the day it was placed on or its placement in the other tense.
    private bool Placeable(double day) => day == Range.Low || OtherWeek == 0 || day == Range.Low + OtherWeek;

    private static DayOfWeek DayOfWeek(FactValue date) => DateOnly.FromDayNumber((int)date.Range.Low).DayOfWeek;
}
