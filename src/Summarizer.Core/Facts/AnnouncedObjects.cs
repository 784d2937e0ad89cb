using System.Collections.Frozen;
using Summarizer.Text;

namespace Summarizer.Facts;

/// <summary>
/// An event noun that is the object of a verb of announcing ("announced the closure to patients ... on Tuesday 3 November",
/// "unveiled the cuts on Wednesday", "announced the suspension, in an email to volunteers last Wednesday"). English puts the
/// day of the announcing after its object, where it modifies the verb phrase: the day is when the act was announced, not
/// when the closure or the cuts take effect, which the same outlet tells with a verb of its own ("plans to shut the branch
/// on 31 March 2027"). A day set after the report ("announced the closure of the plant on 31 March 2027", from a report
/// of November) can only be the announced act's, so such a day keeps the noun's frame.
/// </summary>
internal static class AnnouncedObjects
{
    /// <summary>The frame of the announcing verbs (<see cref="EventFrames"/>).</summary>
    public const string Announce = "announce";

    /// <summary>
    /// The cues among <paramref name="cues"/> that stand as the object of an announcing cue before <paramref name="span"/>:
    /// the announcing cue, then a determiner or a possessive, then the event noun, with no clause break between, and the
    /// value after both. Empty when the value is set after the report (<paramref name="ahead"/>, or a day after
    /// <paramref name="report"/>) or is no date or time.
    /// </summary>
    public static List<(int First, int Last, string Frame, ValueKind[] Kinds)> Of(
        Words words, ValueSpan span, List<(int First, int Last, string Frame, ValueKind[] Kinds)> cues, bool ahead, DateOnly? report)
    {
        var objects = new List<(int First, int Last, string Frame, ValueKind[] Kinds)>();
        if (ahead || span.Value.Kind is not (ValueKind.Date or ValueKind.TimeOfDay) || (report is { } day && span.Value.Range.Low > day.DayNumber))
        {
            return objects;
        }

        foreach (var announcing in cues)
        {
            if (announcing.Frame != Announce || announcing.Last + 2 >= span.First || !Verbs.Contains(words[announcing.First]))
            {
                continue;
            }

            var determiner = announcing.Last + 1;
            if (words.BreakAfter(announcing.Last) || words.BreakAfter(determiner) || !Determiners.ArticlesAndPossessives.Contains(words[determiner]))
            {
                continue;
            }

            foreach (var cue in cues)
            {
                if (cue.First == determiner + 1 && cue.Last < span.First && cue.Frame != Announce)
                {
                    objects.Add(cue);
                }
            }
        }

        return objects;
    }

    // The announcing verbs whose object is the act announced: "confirmed" is left out, since "confirmed the death of a man on
    // Tuesday" as often dates the death as the confirming. General news vocabulary, not drawn from any case.
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["announced", "announcing", "unveiled", "unveils", "revealed", "declared"], StringComparer.Ordinal);
}
