using System.Collections.Frozen;
using Summarizer.Facts;

namespace Summarizer.Merging.Agreement;

/// <summary>
/// Who sent the message that told people of the news. Outlets name the author of one memo, letter or email in different
/// frames: as the subject who told its readers "in a memo" ("Ana Vell told staff in an email that ..."), as the agent of
/// its sending ("an email sent by the chairman, Ed Hale", "The letter, signed by Ed Hale, told parents ..."), or as
/// where it came from ("a letter on Tuesday from Ed Hale"). The act shares no verb across these frames, so it is read
/// as the message and the people it went to: two senders of messages to the same readers tell one act.
/// </summary>
internal static class MessageSenders
{
    // Nouns of a message sent to a group of readers: general news vocabulary. "statement" is left out: every
    // spokesperson speaks "in a statement", for their own body, to no one in particular.
    private static readonly FrozenSet<string> Messages = FrozenSet.ToFrozenSet(
        ["memo", "email", "e-mail", "letter", "note", "message", "call", "circular", "video", "bulletin", "newsletter", "briefing"],
        StringComparer.Ordinal);

    // Verbs whose subject writes to or informs readers, beside the verbs of telling (<see cref="AnnouncedActs.IsTelling"/>),
    // and verbs of sending a message whose agent is its author.
    private static readonly FrozenSet<string> Writing = FrozenSet.ToFrozenSet(["wrote", "writes", "informed"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Sending = FrozenSet.ToFrozenSet(
        ["sent", "signed", "written", "issued", "penned", "emailed", "circulated"],
        StringComparer.Ordinal);

    // The groups a message goes to: general news vocabulary for an organisation's readers.
    private static readonly FrozenSet<string> Readers = FrozenSet.ToFrozenSet(
        ["staff", "employees", "workers", "students", "pupils", "parents", "residents", "members", "customers", "passengers",
         "tenants", "patients", "players", "fans", "shareholders", "investors", "volunteers", "teachers", "colleagues",
         "supporters", "families", "users", "subscribers", "clients", "staffers", "workforce"],
        StringComparer.Ordinal);

    /// <summary>
    /// The readers a message sent by the person named from <paramref name="shownFirst"/> (titles and role words) to
    /// <paramref name="last"/> goes to, as the sentence names them; null when the sentence names them sending no message
    /// or names no readers.
    /// </summary>
    public static IReadOnlySet<string>? ReadersOf(Words words, int shownFirst, int last)
    {
        if (!Sends(words, shownFirst, last))
        {
            return null;
        }

        var readers = Enumerable.Range(0, words.Count).Select(k => words[k]).Where(Readers.Contains).ToHashSet(StringComparer.Ordinal);
        return readers.Count > 0 ? readers : null;
    }

    // The person tells readers in a message, or is its sender or where it came from.
    private static bool Sends(Words words, int shownFirst, int last)
    {
        if (AgentClauses.SubjectVerbOf(words, shownFirst, last) is { } verb && (AnnouncedActs.IsTelling(words[verb]) || Writing.Contains(words[verb])))
        {
            return InMessage(words);
        }

        // "an email sent by the company's chairman, Ed Hale", "The letter, signed by Ed Hale", "a letter on Tuesday
        // from Ed Hale": the agent or source before the name (its role words and one comma between).
        var crossedComma = false;
        for (var k = shownFirst - 1; k >= 0 && shownFirst - k <= 8; k--)
        {
            if (words.BreakAfter(k))
            {
                if (crossedComma || words.Text[words.Tokens[k].End] != ',')
                {
                    return false;
                }

                crossedComma = true;
            }

            if (words[k] == "by")
            {
                return k > 0 && Sending.Contains(words[k - 1]) && MessageBefore(words, k - 1, 3);
            }

            if (words[k] == "from")
            {
                return MessageBefore(words, k, 4);
            }
        }

        return false;
    }

    // The sentence tells of a message it was said in: "in a memo", "in an email to staff", "in a video call".
    private static bool InMessage(Words words)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (words[k] == "in" && !words.BreakAfter(k))
            {
                for (var m = k + 1; m < words.Count && m - k <= 3; m++)
                {
                    if (Messages.Contains(words[m]))
                    {
                        return true;
                    }

                    if (words.BreakAfter(m))
                    {
                        break;
                    }
                }
            }
        }

        return false;
    }

    // A message noun within <paramref name="reach"/> tokens before <paramref name="at"/>, across at most one comma
    // ("The email, signed by").
    private static bool MessageBefore(Words words, int at, int reach)
    {
        for (var k = at - 1; k >= 0 && at - k <= reach; k--)
        {
            if (Messages.Contains(words[k]))
            {
                return true;
            }

            if (words.BreakAfter(k) && words.Text[words.Tokens[k].End] != ',')
            {
                return false;
            }
        }

        return false;
    }
}
