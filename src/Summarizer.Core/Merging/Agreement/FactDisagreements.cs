using Summarizer.Checking;
using Summarizer.Documents;
using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>Aligned fact groups shown as disagreements: conflicts side by side, updates as earlier and later.</summary>
internal static partial class FactDisagreements
{
    /// <summary>The typed facts of every source, aligned across sources.</summary>
    /// <param name="acts">The story's clause acts, when the caller has them (read from <paramref name="sources"/> otherwise).</param>
    public static (IReadOnlyList<SourceFacts> Facts, IReadOnlyList<AlignedGroup> Groups) Align(IReadOnlyList<SourceIndex> sources, CancellationToken cancellationToken, ClauseActs? acts = null)
    {
        var facts = FactExtractor.ExtractStory([.. sources.Select(s => s.Article)], [.. sources.Select(s => s.ReadSentences())], cancellationToken);
        // Figures of clauses that tell one happening are candidates for one fact, whatever words each outlet measures it in.
        acts ??= new ClauseActs(sources);
        double? SameAct(Fact a, Fact b) => acts.Of(a.SourceId, a.SentenceIndex) is { } x && acts.Of(b.SourceId, b.SentenceIndex) is { } y ? acts.Share(x, y) : null;
        var bySource = facts.ToDictionary(s => s.SourceId, s => s.Facts);
        // A source that names both places, each in full, in the sentence a place was read from tells one scene at two
        // grains ("at Marlow Water Park ... at the foot of the Plunge") or a route, not a version of its own
        // (PlacesNamedTogether), whichever finder pairs the places.
        var groups = FactAligner.Align(facts, SameAct, cancellationToken)
            .Where(g => !(g.Label == AlignmentLabel.Disagree && g.Facts.All(f => f.Value.Kind == ValueKind.Place)
                && PlacesNamedTogether.Any([.. g.Versions.Select(v => v.Facts.ToList())], id => bySource.GetValueOrDefault(id), wholeName: true)))
            .ToList();
        var story = facts.SelectMany(s => s.Facts).ToList();
        IEnumerable<AlignedGroup> found = [.. groups, .. ChangedFigures.Find(facts, groups, cancellationToken), .. StatusUpdates.Align(facts, cancellationToken), .. SettingFinder.Find(sources, facts, groups, acts)];
        var (days, reportDays) = (FactDays.BySource(story), facts.ToDictionary(s => s.SourceId, s => s.Anchor));
        return (facts, [.. found.Select(g => DaysOfTwoActs.Keep(g, days, reportDays)).OfType<AlignedGroup>().Select(g => PlaceRestatements.Extend(SiteGrains.AtOneGrain(g, story), story))]);
    }

    /// <summary>
    /// Every Disagree and Update group, with each version and exactly the sources that state it. Given the sources'
    /// cleaned texts (by id), groups that would share a topic are told apart by what the values are of.
    /// </summary>
    public static List<(int Source, int Start, Disagreement Item)> From(IReadOnlyList<AlignedGroup> groups, IReadOnlyDictionary<int, string>? texts = null)
    {
        var result = new List<(int, int, Disagreement)>();
        var shownGroups = groups.Where(g => g.Label is AlignmentLabel.Disagree or AlignmentLabel.Update).ToList();
        var sharedTopics = shownGroups.GroupBy(g => Topic(g.Facts.OrderBy(f => f.SourceId).ThenBy(f => f.Start).First()))
            .Where(t => t.Count() > 1).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var group in shownGroups)
        {
            var written = group.Versions.SelectMany(AsWritten).ToList();
            var versions = group.Label == AlignmentLabel.Update
                ? written.OrderBy(v => v.Later).ThenBy(v => v.Sources[0]).ToList()
                : written.OrderBy(v => v.Sources[0]).ThenBy(v => v.First.Start).ToList();
            var first = group.Facts.OrderBy(f => f.SourceId).ThenBy(f => f.Start).First();
            var of = texts is not null && sharedTopics.Contains(Topic(first)) ? ValuesOf.Shared(group.Facts, texts) : "";
            var claims = versions.Select(v => new Claim(
                    of.Length > 0 ? $"{Shown(v)} {of}" : Shown(v),
                    v.Sources,
                    v.Facts.GroupBy(f => f.SourceId).Select(g => g.OrderBy(f => f.Start).First()).Select(f => new SourceSpan(f.SourceId, f.Start, f.End)).OrderBy(s => s.SourceId).ToList()))
                .ToList();
            var kind = group.Label == AlignmentLabel.Update ? DisagreementKind.Update : DisagreementKind.Conflict;
            result.Add((first.SourceId, first.Start, new Disagreement(Topic(first), claims) { Kind = kind }));
        }

        return result;
    }

    // A version whose sources write its figure differently ("about $100m" and "$104 million", "three days" and "72
    // hours") is shown once per figure as written, each citing the sources that write it: the reader checking a
    // citation finds the figure shown there, and the more precise figure is not hidden behind the rounder one.
    private static IEnumerable<FactVersion> AsWritten(FactVersion version)
    {
        var written = version.Facts.GroupBy(WrittenAs, StringComparer.Ordinal).ToList();
        if (written.Count < 2)
        {
            return [version];
        }

        return written.Select(w => new FactVersion([.. w], version.Later));
    }

    // A figure as written: its stated value before any hedge, and for a duration the unit it is counted in; a fact with
    // no figure (a name, a place, a state) is one wording whatever its spelling.
    private static string WrittenAs(Fact fact)
    {
        if (fact.Value.Stated is not { } stated)
        {
            return "";
        }

        var value = stated.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        if (fact.Value.Kind != ValueKind.Duration)
        {
            return value;
        }

        var text = fact.Text.TrimEnd().ToLowerInvariant();
        var end = text.Length;
        while (end > 0 && char.IsLetter(text[end - 1]))
        {
            end--;
        }

        return $"{value} {text[end..].TrimEnd('s')}";
    }

    // A place its sources word differently is shown in a wording every one of them holds ("near Dunmere" for "near
    // Dunmere station" and "near Dunmere"), so each citation can be checked against its own source. A person is shown
    // by the fullest name a source gives ("Nkechi Obioma" for "Dr. Nkechi Obioma" and "Dr. Obioma"): the reader needs
    // to know who is meant, and a source that gives only the surname of a person the story names in full still holds it. A time is shown with its day when the sentence gives the day apart from it:
    // "11.15pm (Thursday)".
    private static string Shown(FactVersion version)
    {
        var fact = version.First;
        if (fact.Value.Kind == ValueKind.Person)
        {
            var fullest = version.Facts.OrderByDescending(f => (f.NamedInFull ?? f.Text).Split(' ').Length).ThenBy(f => f.SourceId).ThenBy(f => f.Start).First();
            return fullest.NamedInFull ?? fullest.Text;
        }

        if (fact.Value.Kind is ValueKind.Place
            && version.Facts.OrderBy(f => f.Text.Length).FirstOrDefault(f => version.Facts.All(g => g.Text.Contains(f.Text, StringComparison.OrdinalIgnoreCase))) is { } common)
        {
            return common.Titled is { } titled && common.Text != fact.Text ? titled : common.Text;
        }

        // "near the village of Almira" and "near Almira": the name with its relation is what every source holds.
        if (fact.Value.Kind is ValueKind.Place && version.Facts.Select(f => Described().Replace(f.Text, "$1 ")).Distinct(StringComparer.OrdinalIgnoreCase).ToList() is [var named]
            && named != fact.Text)
        {
            return named;
        }

        if (fact.Value.Kind == ValueKind.Status)
        {
            return StateShown(version);
        }

        // A date is shown as the source of the version that writes most of it gives it ("Tuesday 24 November" over
        // "November 24"), as a person is by the fullest name: every source of the version holds that day.
        if (fact.Value.Kind == ValueKind.Date && version.Facts.FirstOrDefault(f => Writes(f).IsProperSupersetOf(Writes(fact))) is { } fuller)
        {
            return CalendarDay(fuller) is { } written ? $"{fuller.Text} ({written})" : fuller.Text;
        }

        // The first source whose own date places the day shows it: a wire dateline without its year ("Nov 10") leaves
        // its "on Sunday" unplaced, while another source's "on Sunday" resolves to the calendar date.
        if (fact.Value.Kind == ValueKind.Date && version.Facts.Select(f => (Fact: f, Calendar: CalendarDay(f))).FirstOrDefault(c => c.Calendar is not null) is { Calendar: { } calendar } dated)
        {
            return $"{dated.Fact.Text} ({calendar})";
        }

        // A time one source writes in words and another in figures ("eight o'clock on Sunday", "8am") is shown in figures:
        // the clock figure is what every source of the version holds, the words only their own.
        if (fact.Value.Kind == ValueKind.TimeOfDay && InWords(fact) is not null && version.Facts.FirstOrDefault(f => InWords(f) is null) is { } figured)
        {
            fact = figured;
        }

        var text = fact.Value.Kind == ValueKind.TimeOfDay && InWords(fact) is { } clock ? $"{fact.Text} ({clock})" : fact.Text;
        if (CountOfOrdinal(fact) is { } total)
        {
            text = $"{text} ({total})";
        }

        return fact.DayText is { } day ? $"{text} ({day})" : text;
    }

    // A count told by an ordinal ("the ninth person to die", "a third worker was admitted") is shown with the count it
    // gives ("9 in all"), so the reader compares like with like beside another outlet's "eight people".
    private static string? CountOfOrdinal(Fact fact) =>
        fact.Ordinal && fact.Value.Kind == ValueKind.Count && fact.Value.Stated is { } n && n > 0
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{n} in all")
            : null;

    // A time written in words ("shortly before nine o'clock on Monday") is shown with its clock figure ("9am") beside
    // the other versions' figures, so the reader compares like with like.
    private static string? InWords(Fact fact)
    {
        if (fact.Text.Any(char.IsDigit) || fact.Value.Stated is not { } stated || stated is 0 or 720)
        {
            return null; // written in figures, or noon and midnight, which say themselves
        }

        var hour = (int)stated / 60;
        var minute = (int)stated % 60;
        var twelve = hour % 12 == 0 ? 12 : hour % 12;
        var clock = minute == 0 ? $"{twelve}" : $"{twelve}.{minute:00}";
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{clock}{(hour < 12 ? "am" : "pm")}");
    }

    // A day written relative to its article ("on Wednesday", "yesterday", "on Friday afternoon") is shown with the
    // calendar date it resolves to from that article's date: "Wednesday (11 February 2026)" beside "Tuesday 10 February"
    // shows the reader two dates, not a weekday against a date. A date written without its year gets the year it was
    // read in ("Tuesday 10 February (2026)").
    // The calendar parts a date's own words write: its weekday, its day of the month, its year.
    private static HashSet<string> Writes(Fact fact)
    {
        var parts = new HashSet<string>(StringComparer.Ordinal);
        if (fact.Value.Weekday is { } weekday && fact.Text.Contains(weekday.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            parts.Add("weekday");
        }

        if (fact.Value.Range.IsPoint && !double.IsInfinity(fact.Value.Range.Low) && fact.Text.Any(char.IsDigit))
        {
            var date = DateOnly.FromDayNumber((int)fact.Value.Range.Low);
            parts.Add("day");
            if (fact.Text.Contains(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                parts.Add("year");
            }
        }

        return parts;
    }

    // The month a range of days covers exactly, from its first day to its last ("in September"), or none.
    private static DateOnly? WholeMonth(Interval range)
    {
        if (range.LowOpen || range.HighOpen || double.IsInfinity(range.Low) || double.IsInfinity(range.High))
        {
            return null;
        }

        var first = DateOnly.FromDayNumber((int)range.Low);
        return first.Day == 1 && (int)range.High == first.AddMonths(1).AddDays(-1).DayNumber ? first : null;
    }

    // The month a third of which a range of days covers ("early March" the 1st to the 10th, "the end of June" the 21st to
    // the last), as DatePeriods reads a month told by its part, or none.
    private static DateOnly? MonthOfPart(Interval range) =>
        range.LowOpen || range.HighOpen || double.IsInfinity(range.Low) || double.IsInfinity(range.High) || range.IsPoint
            ? null
            : DatePeriods.MonthOfThird((int)range.Low, (int)range.High);

    // Whether the date's own words name a month or say "month", compared as whole words: "mid-June" holds June,
    // "Mayfield" or "Marchbank" names no month.
    private static bool MonthNamedOrCounted(Fact fact) =>
        System.Text.RegularExpressions.Regex.Split(fact.Text, @"[^\p{L}]+").Any(w =>
            w.Equals("month", StringComparison.OrdinalIgnoreCase)
            || System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Any(m => m.Length > 0 && w.Equals(m, StringComparison.OrdinalIgnoreCase)));

    private static string? CalendarDay(Fact fact)
    {
        var range = fact.Value.Range;
        // A month told by its part ("the end of June") is shown with its year as the whole month is.
        if ((WholeMonth(range) ?? (MonthNamedOrCounted(fact) ? MonthOfPart(range) : null)) is { } month)
        {
            // "in September" read in its article's year is shown with that year, as a day is ("September (2026)"):
            // beside another version's "12 November (2026)" the reader should not have to guess which September;
            // "this month" is shown with the month it is ("November 2026").
            if (month.Year == DateReader.NoAnchorYear || fact.YearInferred || fact.Text.Any(char.IsDigit))
            {
                return null;
            }

            var name = month.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
            return month.ToString(fact.Text.Contains(name, StringComparison.OrdinalIgnoreCase) ? "yyyy" : "MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (!range.IsPoint || double.IsInfinity(range.Low))
        {
            return null;
        }

        var date = DateOnly.FromDayNumber((int)range.Low);
        var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var weekday = date.DayOfWeek.ToString();
        if (date.Year == DateReader.NoAnchorYear || fact.YearInferred)
        {
            return null; // placed without an article date, or in a year the source does not write
        }

        var writesWeekday = fact.Text.Contains(weekday, StringComparison.OrdinalIgnoreCase);
        if (fact.Text.Contains(year, StringComparison.Ordinal))
        {
            return null; // written in full
        }

        // A day of the month read in its article's year is shown with the weekday it falls on ("17 November (Tuesday,
        // 2026)"), as a weekday is shown with its date: outlets name one day either way ("confirmed on Tuesday",
        // "confirmed on 17 November"), and the reader compares versions by both. A day placed in another year by words
        // ("April 14 last year") keeps only its year: the weekday of a year the source does not write is not checked.
        if (fact.Text.Any(char.IsDigit))
        {
            return writesWeekday || fact.Text.Contains("year", StringComparison.OrdinalIgnoreCase) ? year : $"{weekday}, {year}";
        }

        var format = writesWeekday ? "d MMMM yyyy" : "dddd d MMMM yyyy";
        return date.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
    }

    // A state is shown in its first source's words, with the time it was reached when every source gives that time
    // ("were fully restored at 2.20pm" and "back to normal by 14:20": the clock time as written, not its hedge), so each
    // citation holds the figure.
    private static string StateShown(FactVersion version)
    {
        var fact = version.First;

        // The day or hour the state was reached ("reopened on Friday morning") as written, when every source gives that one.
        // The newer state of an update is a done act, so its weekday lies behind its article: it is shown with the
        // calendar date it resolves to ("reopened on Monday (30 November 2026)"), as the reader of the brief does not
        // know which Monday the later article meant. An earlier state may be one still ahead, whose day is less sure.
        if (fact.StateCore is not null && version.Facts.All(f => f.StateCore is not null && When(f).Equals(When(fact), StringComparison.OrdinalIgnoreCase)))
        {
            return version.Later && fact.StateDay is { } day && CalendarDay(day) is { } calendar ? $"{fact.Text} ({calendar})" : fact.Text;
        }

        if (fact.StateTime is { } time && version.Facts.All(f => f.StateTime is { } t && t.Value.Stated == time.Value.Stated))
        {
            return time.Text;
        }

        return fact.StateCore ?? fact.Text;
    }

    private static string When(Fact state) => state.StateCore is { } core ? state.Text[core.Length..].Trim() : "";

    // What the versions are values of, in the reader's words: "number of people (deaths)", "amount (damage)".
    private static string Topic(Fact fact)
    {
        var about = fact.Frame is null ? "" : $" ({fact.Frame})";
        return fact.Value.Kind switch
        {
            ValueKind.Count => fact.Measure switch
            {
                "" => "number" + about,
                "persons" => "number of people" + about,
                var m => $"number of {m}{about}",
            },
            ValueKind.Money => "amount" + about,
            ValueKind.Percent => "percentage" + about,
            ValueKind.Duration => (fact.Measure == "ago" ? "how long ago" : "duration") + about,
            ValueKind.Age => "age",
            ValueKind.TimeOfDay => "time" + about,
            ValueKind.Date => "date" + about,
            ValueKind.Vote => "vote",
            ValueKind.Magnitude => "magnitude",
            ValueKind.Quantity => fact.Measure.Replace(":", " of ", StringComparison.Ordinal) + about, // "length of skull"
            ValueKind.Person => "who " + Past(fact.Role),
            ValueKind.Place => "where" + about,
            ValueKind.Status => $"state of the {fact.Value.Unit}",
            _ => "value" + about,
        };
    }

    private static string Past(string? role) => role switch
    {
        "lead" => "led",
        "announce" => "announced",
        "rule" => "ruled",
        "chair" => "chaired",
        "dissent" => "dissented",
        "present" => "presented",
        "mediate" => "mediated",
        "find" => "found it",
        "concede" => "conceded",
        "command" => "commanded",
        DecisionReader.Role => "ordered it",
        ProposalReader.Role => "proposed it",
        ActRoleReader.Alarm => "raised the alarm",
        RoleReader.Spot => "spotted it",
        RoleReader.Organise => "organised it",
        "chief executive" => "is chief executive",
        _ => role ?? "",
    };

    // A place named after what it is: "near the village of Almira", "in the mountain town of Castel Serra".
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\w+) (?:the |a )?(?:[a-z-]+ ){0,2}[a-z]+ of (?=\p{Lu})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Described();
}
