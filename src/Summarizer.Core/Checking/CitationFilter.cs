using Summarizer.Checking.Independent;
using Summarizer.Documents;

namespace Summarizer.Checking;

/// <summary>
/// Keeps only the citations the checker accepts. Each cited source is checked on its own; a rejected one is dropped
/// from the claim and its findings are kept for the brief's <c>checks</c>, so nothing the checker rejects stays
/// shown as supported.
/// </summary>
internal sealed class CitationFilter(IGroundingChecker checker, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken)
{
    /// <summary>What the checker rejected, in the order it was met.</summary>
    public List<UngroundedToken> Findings { get; } = [];

    /// <summary><paramref name="claim"/> with the citations that hold, or null when none does.</summary>
    public Claim? Filter(Claim claim)
    {
        return Keeping(claim, Accepted(claim.Text, claim.Sources, report: true));
    }

    /// <summary>
    /// <paramref name="side"/> of a disagreement on <paramref name="topic"/> with the citations that hold as that source's
    /// answer to the topic (a checker that cannot read sides so checks it as any claim), or null when none does.
    /// </summary>
    /// <param name="rivals">The other sides of a model's disagreement, its citations claims: a source a side cites alone must
    /// give its value as the topic asks. Null for the offline engine's, each value taken from a sentence about the topic.</param>
    public Claim? FilterSide(string topic, Claim side, IReadOnlyList<Claim>? rivals = null)
    {
        if (checker is not ISideChecker sides)
        {
            return Filter(side);
        }

        var alone = side.Sources.Distinct().Count() == 1 ? rivals : null;
        var found = side.Sources.Distinct().Order().Select(id => (Id: id, Findings: sides.CheckSide(topic, side with { Sources = [id] }, sources, alone, cancellationToken))).ToList();
        Findings.AddRange(found.SelectMany(f => f.Findings));
        return Keeping(side, [.. found.Where(f => f.Findings.Count == 0).Select(f => f.Id)]);
    }

    /// <summary>True when the checker accepts every source <paramref name="claim"/> cites; nothing is reported.</summary>
    public bool Holds(Claim claim) => Accepted(claim.Text, claim.Sources, report: false).Count == claim.Sources.Distinct().Count();

    /// <summary><paramref name="claim"/> citing only the sources the checker accepts for it; nothing is reported.</summary>
    public Claim Recited(Claim claim)
    {
        return Citing(claim, Accepted(claim.Text, claim.Sources, report: false));
    }

    // The claim as it stands when only kept of its citations hold: itself when all do, null when none does.
    private static Claim? Keeping(Claim claim, List<int> kept) =>
        kept.Count == claim.Sources.Count ? claim : kept.Count == 0 ? null : Citing(claim, kept);

    private static Claim Citing(Claim claim, List<int> kept) =>
        claim with { Sources = kept, Spans = claim.Spans?.Where(s => kept.Contains(s.SourceId)).ToList() };

    /// <summary>
    /// <paramref name="claim"/> (a value shown in one source's words, with the passage where each cited source gives it)
    /// in the words of the cited passage that the most cited sources verifiably hold. Outlets that give one figure word it
    /// their own way ("five people", "Five passengers"; "04:20", "4.20am on Saturday 24 January"), and a wording only one
    /// of them holds would drop the others' citations. Unchanged when every citation holds, or no passage holds better.
    /// </summary>
    public Claim InSharedWords(Claim claim)
    {
        if (claim.Spans is not { Count: > 1 } spans)
        {
            return claim;
        }

        var held = Accepted(claim.Text, claim.Sources, report: false).Count;
        if (held == claim.Sources.Distinct().Count())
        {
            return claim; // every citation holds (Holds, without checking the claim twice)
        }

        var best = claim;
        foreach (var span in spans)
        {
            if (sources.FirstOrDefault(s => s.Id == span.SourceId) is not { } article || span.Start < 0 || span.End > article.Text.Length || span.End <= span.Start)
            {
                continue;
            }

            var words = article.Text[span.Start..span.End];
            if (!SameFigures(words, claim.Text))
            {
                continue;
            }

            var count = words == best.Text ? held : Accepted(words, claim.Sources, report: false).Count;
            if (count > held)
            {
                best = claim with { Text = words };
                held = count;
            }
        }

        return best;
    }

    // Another passage may show a value only when it is a figure that the shown words give too: a place or a state in
    // broader words ("in the valley" for "on Brook Street") would show less than the value the sources differ on.
    private static bool SameFigures(string passage, string shown)
    {
        var figures = FigureReader.Read(passage, WordScanner.Scan(passage));
        var given = FigureReader.Read(shown, WordScanner.Scan(shown));
        return figures.Count > 0 && figures.All(f => given.Any(g => f.IsStatedBy(g) || g.IsStatedBy(f)));
    }

    /// <summary>
    /// <paramref name="claim"/> citing, besides its own sources, every other source the checker accepts for it: a
    /// model's citations are claims, and a source that verifiably says the statement is cited as the offline engine
    /// would cite it. The other sources are judged beside the claim's own, as one claim citing them all: an outlet that
    /// tells the same event in its own words is read in the light of a cited one that says it, as when the model had
    /// cited them together; judged apart from it, one outlet's wording of a quote the others carry too would keep it
    /// listed as that outlet's alone.
    /// </summary>
    public Claim Recite(Claim claim)
    {
        var others = sources.Select(s => s.Id).Where(id => !claim.Sources.Contains(id)).ToList();
        var more = others.Count == 0 ? [] : Accepted(claim.Text, [.. claim.Sources, .. others], report: false).Where(others.Contains).ToList();
        return more.Count == 0 ? claim : claim with { Sources = [.. claim.Sources.Concat(more).Distinct().Order()] };
    }

    /// <summary>
    /// <paramref name="claim"/> with the passages where its sources say it, as the checker found them, when it has none yet
    /// (a model's claim): the reader can see where each source says it, as for the offline engine's claims.
    /// </summary>
    public Claim WithSpans(Claim claim)
    {
        if (claim.Spans is { Count: > 0 } || checker is not IPassageLocator locator)
        {
            return claim;
        }

        var spans = locator.Locate(claim, sources, cancellationToken);
        return spans.Count == 0 ? claim : claim with { Spans = spans };
    }

    /// <summary>
    /// Prose a model wrote, as claims: each sentence keeps the sources its markers cite that the checker accepts
    /// (a sentence without markers gets every source that verifiably says it); a sentence left with none is dropped.
    /// </summary>
    /// <param name="recite">Add to a marked sentence every other source that verifiably says it.</param>
    public List<Claim> FilterProse(string prose, bool recite)
    {
        var claims = new List<Claim>();
        foreach (var sentence in CitedProse.Split(prose))
        {
            var text = string.Join(' ', sentence.Parts.Select(p => p.Text));
            var cited = sentence.Parts.SelectMany(p => p.Ids).Distinct().Order().ToList();
            var kept = new SortedSet<int>();
            var readingsSaid = new Dictionary<int, bool>();
            foreach (var part in sentence.Parts.Where(p => p.Ids.Count > 0))
            {
                kept.UnionWith(MergedAccepted(part.Text, part.Ids, sentence, readingsSaid));
            }

            if (recite && cited.Count > 0 && kept.Count > 0)
            {
                kept.UnionWith(Accepted(text, [.. sources.Select(s => s.Id).Where(id => !cited.Contains(id))], report: false));
            }

            if (cited.Count == 0)
            {
                kept.UnionWith(Accepted(text, [.. sources.Select(s => s.Id)], report: false));
                if (kept.Count == 0)
                {
                    kept.UnionWith(ClausesAccepted(text));
                }

                if (kept.Count == 0)
                {
                    Findings.Add(new UngroundedToken(sentence.Shown, "no source says this", []));
                }
            }

            if (kept.Count > 0)
            {
                claims.Add(new Claim(text, [.. kept]));
            }
        }

        return claims;
    }

    // Prose citing nothing that joins what different sources say ("Nine deaths were reported at first, but the toll later
    // rose to 11", "Estimates range from €95 million to €120 million"): each clause, and each end of a range, must be
    // said by a source, and the sentence cites the sources that say them.
    private List<int> ClausesAccepted(string text) =>
        [.. PiecesSaid(text, [.. sources.Select(s => s.Id)]) ?? []];

    // A sentence citing several sources ("... between 4,812 and about 6,000 votes [2][3]"): a source that does not say
    // all of it is still earned when it says one whole piece (a clause, or a clause with one end of a range) and the
    // cited sources together say every piece. A source that says no whole piece is rejected and reported.
    // A source whose markers cite other parts of the sentence too is also earned when it says all it is cited for there
    // together ("The toll [1][2] was nine [1] or 11 [2]": 2 for "The toll 11"): a side or fragment alone lacks its subject.
    private List<int> MergedAccepted(string text, IReadOnlyList<int> ids, CitedSentence sentence, Dictionary<int, bool> readingsSaid)
    {
        var checkedIds = CheckEach(text, ids);
        var kept = checkedIds.Where(c => c.Value.Count == 0).Select(c => c.Key).ToList();
        var rejected = checkedIds.Where(c => c.Value.Count > 0).ToDictionary(c => c.Key, c => c.Value);
        if (rejected.Count > 0 && ids.Distinct().Count() >= 2 && PiecesSaid(text, [.. ids.Distinct().Order()]) is { } joint)
        {
            // "X, a former teacher, said ...": a source that gives who X is but not the words is not cited for the words.
            var speech = (checker as IClauseReader)?.SpeechPiece(text, sources, cancellationToken);
            foreach (var id in joint.Where(id => rejected.ContainsKey(id) && (speech is null || Accepted(speech, [id], report: false).Count > 0)))
            {
                rejected.Remove(id);
                kept.Add(id);
            }
        }

        foreach (var id in rejected.Keys.Where(id => SaysItsReading(sentence, id, readingsSaid)).ToList())
        {
            rejected.Remove(id);
            kept.Add(id);
        }

        Findings.AddRange(rejected.Values.SelectMany(f => f).Select(u => u with { Text = sentence.Shown }));
        return kept;
    }

    // Whether source id says all the sentence cites it for (CitedProse.ReadingFor), judged once per
    // sentence: a source rejected in several of its parts has one reading.
    private bool SaysItsReading(CitedSentence sentence, int id, Dictionary<int, bool> readingsSaid)
    {
        if (!readingsSaid.TryGetValue(id, out var says))
        {
            says = CitedProse.ReadingFor(sentence, id) is { } reading && Accepted(reading, [id], report: false).Count > 0;
            readingsSaid[id] = says;
        }

        return says;
    }

    // The sources of ids that each say a whole piece of text, when together they say every piece (each end of a range
    // by one of them) and the text has more than one piece; else null.
    private HashSet<int>? PiecesSaid(string text, IReadOnlyList<int> ids)
    {
        if (checker is not IClauseReader reader)
        {
            return null;
        }

        var pieces = reader.Pieces(text, sources, cancellationToken);
        if (pieces.Count < 2 && pieces.All(p => p.Count < 2))
        {
            return null;
        }

        var saying = new HashSet<int>();
        foreach (var form in pieces.SelectMany(p => p))
        {
            var by = Accepted(form, ids, report: false);
            if (by.Count == 0)
            {
                return null;
            }

            saying.UnionWith(by);
        }

        return saying;
    }

    private List<int> Accepted(string text, IReadOnlyList<int> ids, bool report, string? shown = null)
    {
        var checkedIds = CheckEach(text, ids);
        if (report)
        {
            Findings.AddRange(checkedIds.SelectMany(c => c.Value).Select(u => u with { Text = shown ?? u.Text }));
        }

        return [.. checkedIds.Where(c => c.Value.Count == 0).Select(c => c.Key)];
    }

    // What the checker finds unsupported in text for each of ids on its own (an empty list: that source says it), in id order.
    private List<KeyValuePair<int, IReadOnlyList<UngroundedToken>>> CheckEach(string text, IReadOnlyList<int> ids)
    {
        // All at once: the checker judges each source on its own, and may read one in the light of another that says it.
        cancellationToken.ThrowIfCancellationRequested();
        var distinct = ids.Distinct().Order().ToList();
        var findings = distinct.Count == 0 ? [] : checker.CheckClaim(new Claim(text, distinct), sources, cancellationToken);
        return [.. distinct.Select(id => new KeyValuePair<int, IReadOnlyList<UngroundedToken>>(id, [.. findings.Where(u => u.Sources.Contains(id))]))];
    }
}
