namespace Summarizer.Facts;

/// <summary>How a fact is asserted: as fact, denied ("no one was killed"), or as a possibility ("could", "may").</summary>
internal enum FactMood
{
    Asserted,
    Negated,
    Modal,
}

/// <summary>
/// One typed fact read from one sentence of one cleaned source: its value, what is measured, the event it
/// belongs to, and exactly where it was read.
/// </summary>
/// <param name="SourceId">The source's id (the brief's [n]).</param>
/// <param name="SentenceIndex">Index of the sentence in the source's body, as the splitter cuts it.</param>
/// <param name="Start">Offset of the fact's words in the cleaned text (<c>CleanedArticle.Text</c>).</param>
/// <param name="End">End offset (exclusive) in the cleaned text.</param>
/// <param name="Text">The words as written, qualifier and unit included ("at least 12 people").</param>
/// <param name="Measure">What is measured, as a general class ("persons", "jobs", "area"); "" when unknown.</param>
/// <param name="Frame">The event it belongs to ("deaths", "displaced", "penalty"); null when no frame was found.</param>
internal sealed record Fact(
    int SourceId,
    int SentenceIndex,
    int Start,
    int End,
    string Text,
    FactValue Value,
    string Measure,
    string? Frame,
    FactMood Mood = FactMood.Asserted)
{
    /// <summary>For people: the role the sentence gives them ("lead", "announce", "chair", "dissent", "say").</summary>
    public string? Role { get; init; }

    /// <summary>For people: the name with the title written before it ("Dr. Obioma"); null when there is none.</summary>
    public string? Titled { get; init; }

    /// <summary>For a person called by the surname alone ("Dr Brodie"): the given name and surname the source wrote earlier ("Anselm Brodie").</summary>
    public string? NamedInFull { get; init; }

    /// <summary>For roles: what was led, announced, chaired ("operation", "budget"), as a stem; "" when unsaid.</summary>
    public string RoleObject { get; init; } = "";

    /// <summary>For roles read from a role noun ("union chairman"): <see cref="RoleObject"/> is the body of the office.</summary>
    public bool Office { get; init; }

    /// <summary>For places: the relation ("near", "outside", "in", "at", "north of").</summary>
    public string? Relation { get; init; }

    /// <summary>The sentence reports a change over time ("has risen to", "revised to", "now").</summary>
    public bool UpdateWording { get; init; }

    /// <summary>
    /// The only wording of change is that of a tally at an hour ("so far", "by Wednesday evening"): the count as it stood
    /// then, with no move past another figure told.
    /// </summary>
    public bool TallyOnly { get; init; }

    /// <summary>
    /// The change the sentence reports is worded in this figure's own clause ("the toll has now risen to 31"), not in
    /// another clause beside it ("the petition has now passed 9,000 names, two days after the vote": the days did not change).
    /// </summary>
    public bool ChangeWordedOfIt { get; init; }

    /// <summary>
    /// For figures: the figure's own clause moves a measure to it ("has risen to 31" +1, "had fallen to 23 by Sunday" -1,
    /// "the petition now stands at 3,150" 0); null when the clause words no such change (<see cref="ReportWording.MovedTo"/>).
    /// </summary>
    public int? MovedTo { get; init; }

    /// <summary>
    /// For a figure its clause moves to (<see cref="MovedTo"/>): the clause's words up to the figure's noun, lower case ("the
    /// number of families moved out of their homes has risen to 31"): what the change is of.
    /// </summary>
    public IReadOnlyList<string> ChangeClause { get; init; } = [];

    /// <summary>A count said with an ordinal ("a third man has been arrested"): how many there now are.</summary>
    public bool Ordinal { get; init; }

    /// <summary>The sentence says it is a newer report than others of its day ("has risen to", "ended the day", "final count").</summary>
    public bool NewerReportWording { get; init; }

    /// <summary>
    /// For dates and times: which occurrence of a recurring event it is, when the sentence says ("next" meeting,
    /// "first" cut, "previous" decision); "" when unsaid. Dates of different occurrences are different events.
    /// </summary>
    public string Occurrence { get; init; } = "";

    /// <summary>
    /// For dates and times of an event named beside a start or end verb ("the walkout began at midnight"): "start" or
    /// "end"; "" when unsaid. The start and the end of one event are different moments.
    /// </summary>
    public string Phase { get; init; } = "";

    /// <summary>
    /// For dates and times of a start or end said in a relative clause ("a ballot that closed in February"): the stem of
    /// the noun the clause is about; "" otherwise. It is that thing's date, not the date of the sentence's main event.
    /// </summary>
    public string Holder { get; init; } = "";

    /// <summary>
    /// For dates and times dated by a start or end verb: the stem of its subject's head noun ("the sit-in ended on
    /// Tuesday" gives "sit-in"); "" when unread (<see cref="EventFrames.PhaseSubject"/>).
    /// </summary>
    public string PhaseSubject { get; init; } = "";

    /// <summary>
    /// For dates and times: the start or end word that dates it is one said of anything ("began", "opened", "closed",
    /// "until"), not an incident's verb ("struck", "burst") (<see cref="EventFrames.GeneralPhase"/>).
    /// </summary>
    public bool GeneralPhase { get; init; }

    /// <summary>
    /// For a date or time no event word frames: the past-tense verb its clause attaches it to ("was last inspected on
    /// 12 March" gives "inspected"); "" otherwise. The same verb dated in two sources' sentences about one thing is one event.
    /// </summary>
    public string Verb { get; init; } = "";

    /// <summary>
    /// For dates: the date's own clause sets it ahead with a verb group of the future or of a schedule ("will close on 8
    /// January", "is due to open on Friday"): the day of something planned (<see cref="ScheduledDays"/>).
    /// </summary>
    public bool Ahead { get; init; }

    /// <summary>
    /// For dates: the date's own clause is in the past progressive ("was being held in custody on Saturday night"): the day
    /// a state was seen to hold, not the day of an act (<see cref="SeenStates"/>).
    /// </summary>
    public bool StateSeen { get; init; }

    /// <summary>
    /// For dates: the stem of the noun the date's own phrase says it is of ("the reception on Saturday", "Tuesday's
    /// blast"); "" when the phrase names none (<see cref="DatedNouns"/>).
    /// </summary>
    public string DatedNoun { get; init; } = "";

    /// <summary>For dates: the day is the day its own source was published ("confirmed on Tuesday" in Tuesday's paper).</summary>
    public bool OnPublicationDay { get; init; }

    /// <summary>
    /// For dates: where the date lies against its own source's report: still to come (set ahead by its verb group, or
    /// wholly after the day the source was published), already past (wholly before that day, its clause setting it no
    /// ahead), or neither known (no report day, the report's day itself, or a span that reaches it) (<see cref="DateTenses"/>).
    /// </summary>
    public DateTense Tense { get; init; }

    /// <summary>
    /// The source's date was given the story's year (its dateline writes none): its days are placed, yet the year is
    /// not the source's own words.
    /// </summary>
    public bool YearInferred { get; init; }

    /// <summary>
    /// For figures: written after a definite determiner ("the two towns", "all five men", "both"): the things counted
    /// are ones the story has already named.
    /// </summary>
    public bool Definite { get; init; }

    /// <summary>For people in a role: the source names no one else in that role.</summary>
    public bool SoleInRole { get; init; }

    /// <summary>For times of day: the words of the sentence's day when they are not part of <see cref="Text"/>.</summary>
    public string? DayText { get; init; }

    /// <summary>For states: the time of day the sentence gives right after the act ("restored at 2.20pm"), as written and read.</summary>
    public (string Text, FactValue Value)? StateTime { get; init; }

    /// <summary>For states shown with when they were reached ("reopened on Friday morning"): the state's words without it.</summary>
    public string? StateCore { get; init; }

    /// <summary>For states shown with when they were reached ("reopened on Friday"): the date read there, to place its day.</summary>
    public Fact? StateDay { get; init; }

    /// <summary>
    /// For figures: told in a relative clause set off after a person ("Ann Reid, who has farmed there for 30 years,"):
    /// the person's figure, not one of the story's event (<see cref="PersonAsides"/>).
    /// </summary>
    public bool InPersonsAside { get; init; }

    /// <summary>For figures: what the clause says the value measures (its head, predicate and modifier).</summary>
    public MeasureSignature Signature { get; init; } = MeasureSignature.None;

    /// <summary>Content-word stems of the sentence other than the fact's own words: what it is about.</summary>
    public IReadOnlySet<string> Context { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
