using Summarizer.Facts;

namespace Summarizer.Extractive;

/// <summary>
/// A state is news only as of its report: "the park is closed until further notice" is stale once an outlet published
/// later reports the park reopened. Reads the process states each sentence reports (<see cref="StatusReader"/>: a deal
/// agreed then signed, a filing considered then lodged, a service halted then restored, a patient in hospital then
/// discharged) and orders them by their outlets' publication times. States are compared by process, not by what they are
/// said of: the prose only leaves a sentence out for it, it never marks or cites anything by it. A figure is a state too:
/// a count an outlet published later gives anew, saying its report is the newer one ("has been revised to 31", "has now
/// risen to"), of the same thing (<see cref="SameFacts.SameButForFigures"/>), makes the earlier count stale.
/// </summary>
internal sealed class StaleStates
{
    private readonly SentenceTable table;
    private readonly IReadOnlyList<StatusSpan>[] states;
    private readonly SourceFacts[] dated;
    private readonly bool[] newer;
    private readonly SameFacts? sameFacts;

    /// <param name="sameFacts">Reads which sentences count one thing with other figures; null to compare process states only.</param>
    public StaleStates(SentenceTable table, CancellationToken cancellationToken, SameFacts? sameFacts = null)
    {
        this.table = table;
        this.sameFacts = sameFacts;
        var sentences = table.Sentences;
        // Each article's time as the fact readers date it: published, else the day it gives.
        dated = [.. table.Articles.Select(a => new SourceFacts(a.Id, FactExtractor.AnchorOf(a), a.Metadata.PublishedAt, []))];
        states = new IReadOnlyList<StatusSpan>[sentences.Count];
        newer = new bool[sentences.Count];
        // When no report is later than another there is nothing to read.
        var ordered = dated.Any(x => dated.Any(y => x.PlainlyLaterThan(y)));
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i % 64 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (ordered)
            {
                var words = new Words(sentences[i].Text);
                states[i] = StatusReader.Read(words);
                newer[i] = ReportWording.SaysNewer(words);
            }
            else
            {
                states[i] = [];
            }
        }
    }

    /// <summary>
    /// True when an outlet published later reports a process sentence <paramref name="i"/> reports further along, or gives
    /// anew, as the newer report, a count the sentence gives.
    /// </summary>
    public bool Superseded(int i) => Against(i, (mine, theirs) => theirs.Stage > mine.Stage, later: true) || Recounted(i);

    // A sentence of an outlet published later that says it is the newer report counts what sentence i counts, anew.
    private bool Recounted(int i)
    {
        if (sameFacts is null)
        {
            return false;
        }

        var own = dated[table.Sentences[i].Article];
        for (var j = 0; j < newer.Length; j++)
        {
            if (newer[j] && dated[table.Sentences[j].Article].PlainlyLaterThan(own) && sameFacts.SameButForFigures(i, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when sentence <paramref name="i"/> reports a process further along than an outlet published earlier.</summary>
    public bool Advances(int i) => Against(i, (mine, theirs) => mine.Stage > theirs.Stage, later: false);

    private bool Against(int i, Func<StatusSpan, StatusSpan, bool> moved, bool later)
    {
        if (states[i].Count == 0)
        {
            return false;
        }

        var own = dated[table.Sentences[i].Article];
        for (var j = 0; j < states.Length; j++)
        {
            var other = dated[table.Sentences[j].Article];
            if (!(later ? other.PlainlyLaterThan(own) : own.PlainlyLaterThan(other)))
            {
                continue;
            }

            if (states[i].Any(mine => states[j].Any(theirs => theirs.Process == mine.Process && moved(mine, theirs))))
            {
                return true;
            }
        }

        return false;
    }
}
