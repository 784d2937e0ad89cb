using System.Collections.Frozen;

namespace Summarizer.Facts;

/// <summary>
/// A day or clock time after "until" in a denied clause: "the ferry did not sail until about 10pm", "the lorry was not
/// recovered until just before 3pm", "the road will not reopen until Friday". English tells when an act happened so: the
/// denial covers the time before the value, and the act is asserted at the value. So such a value is no end of anything
/// and is not denied: it dates the clause's act, as "at about 10pm" would.
/// </summary>
internal static class NotUntil
{
    // Denials of a clause: general English, not drawn from any case.
    private static readonly FrozenSet<string> Denials = FrozenSet.ToFrozenSet(["not", "never", "no"], StringComparer.Ordinal);

    // How far before "until" a denial of the same clause may stand ("did not get the stranded coach back onto the road until").
    private const int Reach = 8;

    /// <summary>The index of the "until" that opens <paramref name="span"/> in a denied clause; -1 when there is none.</summary>
    public static int Until(Words words, ValueSpan span)
    {
        var until = span.First - 1;
        if (span.Value.Kind is not (ValueKind.Date or ValueKind.TimeOfDay) || until < 1 || words[until] is not ("until" or "till"))
        {
            return -1;
        }

        for (var k = until - 1; k >= Math.Max(0, until - Reach); k--)
        {
            if (words.BreakAfter(k))
            {
                return -1;
            }

            if (Denials.Contains(words[k]) || words[k].EndsWith("n't", StringComparison.Ordinal))
            {
                return until;
            }
        }

        return -1;
    }
}
