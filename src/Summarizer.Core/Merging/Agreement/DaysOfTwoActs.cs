using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Two days of one story that are plainly the days of two past acts are not two versions of one date. A story tells
/// several acts, each on its day ("the spill began on 14 July ... the company was sentenced on Monday"; "the chain went
/// under on Monday night ... five more gyms shut on Thursday"; "notices were posted on Wednesday evening ...
/// administrators shut the bakehouse on Monday"), and one outlet may tell only one of them in the sentence a pairing
/// chose. Outlets date one act with different verbs, so wording alone cannot tell the acts apart; two things can:
/// <list type="bullet">
/// <item>Every source of one version also dates something on the other version's day: those sources tell both days,
/// each of its own act, and do not dispute the other outlets' day (ActPairs refuses such pairs on the same evidence;
/// this holds it for pairs joined by any other rule).</item>
/// <item>One version's sources told their act as done (on a day gone, or on their report's own day with no verb setting it
/// ahead), and the other version's day came only after every one of them had reported: no outlet gives the date of an act
/// it has already reported done as a day that had not yet come, so the later day is a later act (a further closure, a
/// sentencing), neither a rival date nor an update of the earlier one.</item>
/// </list>
/// </summary>
internal static class DaysOfTwoActs
{
    /// <summary>
    /// <paramref name="group"/>, or what remains of it when it is a two-version date conflict or update whose days are
    /// those of two acts: the version more sources give, as their agreement, or nothing when one source gives it.
    /// <paramref name="days"/> gives each source's dates and clock times, <paramref name="reportDays"/> each source's report day.
    /// </summary>
    public static AlignedGroup? Keep(AlignedGroup group, ILookup<int, Fact> days, IReadOnlyDictionary<int, DateOnly?> reportDays)
    {
        if (group.Label is not (AlignmentLabel.Disagree or AlignmentLabel.Update) || group.Versions.Count != 2
            || group.Facts.Any(f => f.Value.Kind != ValueKind.Date))
        {
            return group;
        }

        var (first, second) = (group.Versions[0], group.Versions[1]);
        if (!TellBoth(first, second, days) && !TellBoth(second, first, days)
            && !DoneBefore(first, second, reportDays) && !DoneBefore(second, first, reportDays) && !Apart(first, second))
        {
            return group;
        }

        var kept = first.Sources.Count >= second.Sources.Count ? first : second;
        return kept.Sources.Count >= 2 ? new AlignedGroup(AlignmentLabel.Agree, group.Topic, [kept with { Later = false }]) : null;
    }

    // Every day of one version and every day of the other are parted by how their own clauses tell them (a limit gone and
    // an act's day, a state seen on a day and an act's day): the pairwise tests FactMatching and ActPairs make, held here
    // for pairs joined by any other rule. A plan against a done act is left to those tests: a moved plan is told so.
    private static bool Apart(FactVersion first, FactVersion second) =>
        first.Facts.All(a => second.Facts.All(b => DateTenses.LimitAndDay(a, b) || DateTenses.StateAndDay(a, b)));

    // Every source of the version dates, outside the version, something on one of the other version's days. The day a
    // statement was made dates no act ("said on Monday"), so it is no evidence of one.
    private static bool TellBoth(FactVersion version, FactVersion other, ILookup<int, Fact> days)
    {
        var theirs = other.Facts.Select(FactDays.Of).OfType<double>().ToHashSet();
        var mine = version.Facts.Select(FactDays.Of).OfType<double>().ToHashSet();
        if (theirs.Count == 0 || theirs.Overlaps(mine))
        {
            return false;
        }

        return version.Sources.All(source => days[source].Any(f =>
            f.Frame != EventFrames.Said && f.Mood == FactMood.Asserted && !version.Facts.Contains(f) && FactDays.Of(f) is { } day && theirs.Contains(day)));
    }

    // Every fact of the version tells an act done by its source's report: a day already past for it, or the report's own
    // day with no verb setting it ahead ("a trawler was escorted into port on Saturday" in Saturday's paper). Every day of
    // the other version is told as no plan and falls after the report day of each of the version's sources.
    private static bool DoneBefore(FactVersion version, FactVersion other, IReadOnlyDictionary<int, DateOnly?> reportDays)
    {
        if (version.Facts.Any(f => !DateTenses.Done(f)) || other.Facts.Any(f => f.Tense == DateTense.ToCome || FactDays.Of(f) is null))
        {
            return false;
        }

        var reported = version.Sources.Select(s => reportDays.GetValueOrDefault(s)).ToList();
        if (reported.Any(d => d is null))
        {
            return false;
        }

        var lastReport = reported.Max(d => d!.Value.DayNumber);
        return other.Facts.All(f => FactDays.Of(f) > lastReport);
    }
}
