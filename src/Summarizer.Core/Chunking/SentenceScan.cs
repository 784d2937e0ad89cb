using System.Buffers;

namespace Summarizer.Chunking;

/// <summary>
/// One left-to-right pass over a text that cuts it into sentences (see <see cref="SentenceSplitter"/>). Every
/// decision looks at a bounded window around a mark, and the two whole-text facts it may need (quotes with
/// their speaker, titles used as names) are found once, on first need, so the pass is linear in the text.
/// </summary>
internal sealed class SentenceScan(string text)
{
    // Where a decision can happen; outside a list, everything between them is skipped in one vectorised search.
    private static readonly SearchValues<char> Stops = SearchValues.Create(".!?…\n\r");

    private readonly List<TextSegment> segments = [];
    private int start;
    private bool startsWithBullet;
    private ListMarker? marker;
    private HeldQuotes? heldQuotes;
    private AbbreviationRules? abbreviations;

    public List<TextSegment> Run()
    {
        Begin(0);
        var i = 0;
        while (i < text.Length)
        {
            if (marker is null && !startsWithBullet)
            {
                var skip = text.AsSpan(i).IndexOfAny(Stops);
                if (skip < 0)
                {
                    break;
                }

                i += skip;
            }

            var c = text[i];
            if (c is '\n' or '\r')
            {
                Close(i);
                Begin(i + 1);
                i++;
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                i = AtMark(i);
            }
            else
            {
                if (char.IsWhiteSpace(c) && StartsNextItem(i + 1))
                {
                    Close(i);
                    Begin(i + 1);
                }

                i++;
            }
        }

        Close(text.Length);
        return segments;
    }

    // Decides the run of marks starting at 'mark'; returns where scanning continues.
    private int AtMark(int mark)
    {
        if (marker is { } m && mark < m.End)
        {
            return m.End;
        }

        if (IsBracketedOmission(mark, out var after))
        {
            return after; // "[...]" marks words left out of a quote, not an end
        }

        var run = MarkRun.Read(text, mark);
        var (closed, quoted) = SkipClosers(run.End);
        if (closed < text.Length && !char.IsWhiteSpace(text[closed]))
        {
            return run.End; // "3.5", "U.S.-led", "example.com", "Jr.'s", "mean...see"
        }

        var next = NextWordStart(closed);
        if (next < 0)
        {
            return closed; // a line break or the end of the text closes the sentence anyway
        }

        var end = Boundary(mark, run, closed, quoted, next);
        if (end < 0)
        {
            return closed;
        }

        Close(end);
        Begin(end);
        return end;
    }

    // Where the sentence ends, or -1 when the marks do not end it.
    private int Boundary(int mark, MarkRun run, int closed, bool quoted, int next)
    {
        heldQuotes ??= HeldQuotes.Find(text);
        if (heldQuotes.Holds(mark, closed))
        {
            return -1; // inside a quote whose speaker stands beside it
        }

        var opens = StartsSentence(next);
        if (opens && quoted && QuoteAttribution.Follows(text, next))
        {
            return -1; // "We will fight!" Zelensky said at the summit.
        }

        if (run.IsEllipsis)
        {
            return Ellipsis(mark, run, closed, next, opens);
        }

        if (!opens)
        {
            return -1;
        }

        if (run.Strong)
        {
            return closed;
        }

        abbreviations ??= new AbbreviationRules(text);
        return abbreviations.EndsSentence(mark, start, next) ? closed : -1;
    }

    private int Ellipsis(int mark, MarkRun run, int closed, int next, bool opens)
    {
        if (text.AsSpan(start, mark - start).TrimEnd().IsEmpty)
        {
            return -1; // "... They even get sacked": the ellipsis opens this sentence
        }

        if (!run.Attached)
        {
            // "is . . . I didn't" leaves words out (the spaced form of quotations); ". . . . Next" is an omission
            // plus the period; "how they are ... They" trails off and a new sentence starts.
            return opens && (run.Dots >= 4 || !run.Spaced) ? closed : -1;
        }

        if (run.Spaced && closed == run.End)
        {
            // "compounds. . . . The practice": the period ends one sentence, the ellipsis opens the next.
            return StartsSentence(next) ? mark + 1 : -1;
        }

        return opens ? closed : -1; // "I never meant that.... She left."
    }

    private bool StartsSentence(int at)
    {
        while (at < text.Length && text[at] is '"' or '\'' or '“' or '‘' or '(' or '[' or '«' or '¿' or '¡')
        {
            at++;
        }

        if (at < text.Length && text[at] == ' ' && at > 0 && text[at - 1] is '(' or '[')
        {
            at++; // "( They said"
        }

        return at < text.Length
            && (char.IsUpper(text[at]) || char.IsDigit(text[at]) || text[at] is '$' or '£' or '€' or '¥' || ListMarker.IsBullet(text[at]));
    }

    // A bullet after a bulleted item, or the next number or letter of a list ("1) ... 2) ...").
    private bool StartsNextItem(int at) =>
        at < text.Length
        && ((startsWithBullet && ListMarker.IsBullet(text[at])) || (marker is { } m && m.IsFollowedAt(text, at)));

    private bool IsBracketedOmission(int mark, out int after)
    {
        after = mark;
        if (mark == 0 || text[mark - 1] is not ('[' or '(') || text[mark] != '.')
        {
            return false;
        }

        var i = mark;
        while (i < text.Length && text[i] == '.')
        {
            i++;
        }

        after = i;
        return i < text.Length && text[i] is ']' or ')' && i - mark >= 3;
    }

    private (int End, bool Quoted) SkipClosers(int i)
    {
        var quoted = false;
        while (i < text.Length && text[i] is '"' or '\'' or '’' or '”' or ')' or ']' or '»')
        {
            quoted |= text[i] is not (')' or ']');
            i++;
        }

        if (!quoted && DetachedQuoteEnd(i) is var detached and > 0)
        {
            return (detached, text[i + 1] != ')');
        }

        return (i, quoted);
    }

    // A closing quote or bracket set off by a space ("solution? '' he said", "to show. ) Owners"): an opening
    // one would touch its word.
    private int DetachedQuoteEnd(int i)
    {
        if (i + 1 >= text.Length || text[i] != ' ' || text[i + 1] is not ('"' or '\'' or '”' or '’' or ')'))
        {
            return -1;
        }

        var end = i + 1;
        while (end < text.Length && end - i <= 2 && text[end] is '"' or '\'' or '”' or '’' or ')')
        {
            end++;
        }

        return end >= text.Length || char.IsWhiteSpace(text[end]) ? end : -1;
    }

    // The first character of the next word on this line, or -1 at a line break or the end.
    private int NextWordStart(int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] is '\n' or '\r')
            {
                return -1;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return j;
            }
        }

        return -1;
    }

    private void Begin(int at)
    {
        start = at;
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        startsWithBullet = at < text.Length && ListMarker.IsBullet(text[at]);
        marker = ListMarker.At(text, at);
    }

    private void Close(int end)
    {
        var from = start;
        while (from < end && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (end > from && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > from)
        {
            segments.Add(new TextSegment(text[from..end], from, end));
        }

        start = end;
    }
}
