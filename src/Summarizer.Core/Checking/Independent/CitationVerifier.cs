using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Summarizer.Documents;

namespace Summarizer.Checking.Independent;

/// <summary>
/// The grounding check, written apart from the attributor that chooses citations (its own reading of numbers,
/// names and quotes, its own sentence windows), so it can disagree with it. Every citation is judged on its own:
/// a finding names the one source that lacks what the claim says.
/// </summary>
/// <remarks>It uses nothing of the rest of the solution but the documents and the sentence splitter.</remarks>
/// <param name="minOverlap">Share of a claim's content words one sentence (or pair) of a cited source must hold.</param>
/// <param name="minWords">Below this many content words, a claim that gives a figure is supported by the figure alone.</param>
/// <param name="minQuoteWords">Quotes with fewer words are not looked for.</param>
internal sealed partial class CitationVerifier(double minOverlap, int minWords, int minQuoteWords)
{
    private readonly CitationJudge _judge = new(minOverlap, minWords);

    // The same rules for a source cited beside one that says the claim as strictly judged.
    private readonly CitationJudge _corroborated = new(minOverlap, minWords, corroborated: true);

    // The same rules for a claim cited to one source alone: what it says of its subject must be in the passage.
    private readonly CitationJudge _alone = new(minOverlap, minWords, alone: true);

    // The enricher checks each citation of each claim against one list of sources: read it once.
    private readonly ConditionalWeakTable<IReadOnlyList<CleanedArticle>, Readings> _read = [];

    /// <summary>Checks prose sentence by sentence: marked clauses against each source they cite, the rest against <paramref name="citedSourceIds"/> (all sources when empty) taken together.</summary>
    public IReadOnlyList<UngroundedToken> Check(string generatedText, IReadOnlyList<int> citedSourceIds, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generatedText);
        ArgumentNullException.ThrowIfNull(citedSourceIds);
        ArgumentNullException.ThrowIfNull(sources);
        return CheckText(generatedText, citedSourceIds, Read(sources, cancellationToken), checkCitations: false, cancellationToken);
    }

    /// <summary>Checks each citation of <paramref name="claim"/> on its own.</summary>
    public IReadOnlyList<UngroundedToken> CheckClaim(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sources);
        return CheckCitations(claim.Text, claim.Sources, Read(sources, cancellationToken));
    }

    /// <summary>Checks each citation of a disagreement side on its own, as an answer to the disagreement's <paramref name="topic"/>.</summary>
    /// <param name="rivals">Given for a model's side citing one source alone, which must then give its value as the topic
    /// asks: the disagreement's other sides.</param>
    public IReadOnlyList<UngroundedToken> CheckSide(string topic, Claim side, IReadOnlyList<CleanedArticle> sources, IReadOnlyList<Claim>? rivals = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(side);
        ArgumentNullException.ThrowIfNull(sources);
        return CheckSideCitations(topic, side, Read(sources, cancellationToken), rivals);
    }

    /// <summary>Checks everything an engine wrote for one story.</summary>
    public CheckReport CheckBrief(MergedSummary? merged, IReadOnlyList<SourceSummary> summaries, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(sources);
        var readings = Read(sources, cancellationToken);
        var found = new List<UngroundedToken>();
        foreach (var summary in summaries.OrderBy(s => s.SourceId))
        {
            int[] own = [summary.SourceId];
            found.AddRange(CheckText(summary.Summary, own, readings, checkCitations: false, cancellationToken));
            foreach (var point in summary.KeyPoints)
            {
                found.AddRange(CheckText(point, own, readings, checkCitations: false, cancellationToken));
            }
        }

        if (merged is not null)
        {
            found.AddRange(CheckText(merged.Headline, [], readings, checkCitations: false, cancellationToken));
            found.AddRange(CheckText(merged.Summary, [], readings, checkCitations: false, cancellationToken));
            foreach (var claim in merged.SummaryClaims.Concat(merged.KeyPoints).Concat(merged.SingleSource))
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.AddRange(CheckCitations(claim.Text, claim.Sources, readings));
            }

            foreach (var disagreement in merged.Disagreements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                found.AddRange(disagreement.Claims.SelectMany(side => CheckSideCitations(disagreement.Topic, side, readings,
                    merged.ClaimedCitations && side.Sources.Distinct().Count() == 1 ? [.. disagreement.Claims.Where(c => !ReferenceEquals(c, side))] : null)));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        return new CheckReport(found.Where(u => seen.Add(u.Text + "\u0001" + u.Token + "\u0001" + string.Join(',', u.Sources))).ToList());
    }

    /// <summary>The clauses of a sentence that joins facts ("..., and ...", "... after ..."), each to be found on its own; empty when it is one clause or reports speech.</summary>
    public IReadOnlyList<string> Clauses(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sources);
        var readings = Read(sources, cancellationToken);
        var plain = Marker().Replace(text, " ").Trim();
        return plain.Length == 0 ? [] : [.. ReadClaim(plain, readings).Clauses(readings.KnownNames).Select(c => c.Text)];
    }

    /// <summary>The pieces of a sentence that merges what several sources say, each as the texts that state it (<see cref="ClaimPieces"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Pieces(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sources);
        var plain = Marker().Replace(text, " ").Trim();
        var readings = Read(sources, cancellationToken);
        return plain.Length == 0 ? [] : ClaimPieces.Of(plain, ReadClaim(plain, readings).Speech, readings.KnownNames);
    }

    /// <summary>The piece of a sentence with an aside about its speaker that reports the speech, or null when it has none.</summary>
    public string? SpeechPiece(string text, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sources);
        var plain = Marker().Replace(text, " ").Trim();
        var readings = Read(sources, cancellationToken);
        var claim = plain.Length == 0 ? null : ReadClaim(plain, readings);
        // Only a sentence that sets a fact about the speaker apart ("X, a former teacher, said ..."): "called it \"...\" and
        // ordered ..." joins two things the judge did, and a source may be cited for either.
        if (claim is null || (claim.Speech is null && claim.Quotes.Count == 0) || !claim.HasAside)
        {
            return null;
        }

        var pieces = ClaimPieces.Of(plain, claim.Speech, readings.KnownNames).SelectMany(p => p);
        return pieces.FirstOrDefault(p => ReadClaim(p, readings) is { } piece && (piece.Speech is not null || piece.Quotes.Count > 0)) ?? plain;
    }

    /// <summary>Where each source <paramref name="claim"/> cites says it, as the checker verified it; a source that does not is left out.</summary>
    public IReadOnlyList<SourceSpan> Locate(Claim claim, IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(sources);
        var readings = Read(sources, cancellationToken);
        var plain = Marker().Replace(claim.Text, " ").Trim();
        if (plain.Length == 0)
        {
            return [];
        }

        var reading = ReadClaim(plain, readings);
        var spans = new List<SourceSpan>();
        foreach (var id in claim.Sources.Distinct().Order())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (readings.ById.TryGetValue(id, out var source))
            {
                var cited = CitedFor(claim.Text, id)?.Select(p => ReadClaim(p, readings)) ?? [reading];
                spans.AddRange(cited.SelectMany(c => _judge.Passages(c, source, readings.KnownNames, readings.FullNames, readings.Story)).Distinct().Select(p => new SourceSpan(id, p.Start, p.End)));
            }
        }

        return spans;
    }

    // Each cited source on its own, for what it is cited for: a finding names the source that lacks it.
    private List<UngroundedToken> CheckCitations(string text, IReadOnlyList<int> ids, Readings readings)
    {
        var result = new List<UngroundedToken>();
        var plain = Marker().Replace(text, " ").Trim();
        if (plain.Length == 0)
        {
            return result;
        }

        var claim = ReadClaim(plain, readings);
        var judged = new List<(int Id, bool Whole, List<string> Findings)>();
        var judge = ids.Distinct().Count() == 1 ? _alone : _judge;
        foreach (var id in ids.Distinct().Order())
        {
            var parts = CitedFor(text, id);
            var findings = !readings.ById.TryGetValue(id, out var source) ? [$"[{id}]"]
                : parts is not null ? parts.SelectMany(p => _judge.Judge(ReadClaim(p, readings), source, readings.KnownNames, readings.FullNames, readings.Story)).Distinct(StringComparer.Ordinal).ToList()
                : judge.Judge(claim, source, readings.KnownNames, readings.FullNames, readings.Story);
            judged.Add((id, parts is null, findings));
        }

        // A source cited for the whole claim beside another that says all of it strictly is judged as corroborated: the
        // two outlets report one event, each in its own words. Only a finding of its words ("[n]") is read again; a
        // missing figure, name or quote stands. Where no cited source says it strictly, two or more that each say it by
        // that reading corroborate each other: outlets that each give the act and its participants, short only
        // of words the reading leaves to an outlet's own wording, tell the same event, as two strict sources would; one
        // source alone, or beside sources that do not say it, is judged as ever. Not reported speech, whoever the speaker
        // ("Police said ..." as much as "the mayor said ..."): without a strict source no passage has been found that gives
        // the words to the speaker. A near-copy and its original are one voice: neither corroborates the other.
        var strict = judged.Where(j => j.Whole && j.Findings.Count == 0).Select(j => j.Id).ToList();
        var wordsShort = judged.Where(j => j.Whole && j.Findings is [var only] && only == $"[{j.Id}]" && readings.ById.ContainsKey(j.Id)).ToList();
        var mutual = !claim.ReportsSpeech;
        List<int> loose = strict.Count > 0 || (mutual && wordsShort.Count >= 2)
            ? [.. wordsShort.Where(j => _corroborated.Judge(claim, readings.ById[j.Id], readings.KnownNames, readings.FullNames, readings.Story).Count == 0).Select(j => j.Id)]
            : [];
        List<int> backers = [.. strict, .. mutual ? loose : []];
        var cleared = loose.Where(id => backers.Exists(other => other != id && readings.VoiceOf(other) != readings.VoiceOf(id))).ToHashSet();
        foreach (var (id, _, findings) in judged)
        {
            var kept = cleared.Contains(id) ? [] : findings;
            result.AddRange(kept.Select(token => new UngroundedToken(text, token, [id])));
        }

        return result;
    }

    // A side with markers of its own is checked as any claim; a plain side as an answer to the topic, each source on its own.
    // A model's side citing one source alone comes with its rivals, the disagreement's other sides.
    private List<UngroundedToken> CheckSideCitations(string topic, Claim side, Readings readings, IReadOnlyList<Claim>? rivals)
    {
        var plain = Marker().Replace(side.Text, " ").Trim();
        if (plain.Length == 0 || plain != side.Text.Trim() || string.IsNullOrWhiteSpace(topic))
        {
            return CheckCitations(side.Text, side.Sources, readings);
        }

        var claim = ReadClaim(plain, readings);
        var asked = ClaimReading.Read(topic, readings.KnownNames, readings.Outlets);
        var result = new List<UngroundedToken>();
        foreach (var id in side.Sources.Distinct().Order())
        {
            var findings = readings.ById.TryGetValue(id, out var source)
                ? _judge.JudgeSide(claim, asked, source, readings.KnownNames, readings.FullNames, readings.Story, Rivals(rivals, id, readings))
                : [$"[{id}]"];
            result.AddRange(findings.Select(token => new UngroundedToken(side.Text, token, [id])));
        }

        return result;
    }

    // The rivals that cite the same source, read as claims: where a lone side's source is cited for another version too.
    // Empty (not null) for a lone side no rival shares its source with; null for a side that is no lone model claim.
    private List<ClaimReading>? Rivals(IReadOnlyList<Claim>? rivals, int id, Readings readings) =>
        rivals is null ? null
            : [.. rivals.Where(r => r.Sources.Contains(id)).Select(r => Marker().Replace(r.Text, " ").Trim()).Where(t => t.Length > 0).Select(t => ReadClaim(t, readings))];

    /// <summary>
    /// The clauses a source is cited for where the claim's own markers cite its clauses apart ("The scheme is costed at
    /// £412m [1][2], or about £400m [3]": [3] is cited for "or about £400m", not for £412m); null when the markers cite
    /// the whole claim alike, or <paramref name="id"/> is cited by none of them (it is then held to the whole claim).
    /// A clause no marker cites is held against every source.
    /// </summary>
    private static List<string>? CitedFor(string text, int id)
    {
        var parts = CitedProse.Split(text).SelectMany(s => s.Parts).ToList();
        var marked = parts.Where(p => p.Ids.Count > 0).ToList();
        if (marked.Count < 2 || marked.All(p => p.Ids.SequenceEqual(marked[0].Ids)) || !marked.Any(p => p.Ids.Contains(id)))
        {
            return null;
        }

        return [.. parts.Where(p => p.Ids.Count == 0 || p.Ids.Contains(id)).Select(p => p.Text)];
    }

    private List<UngroundedToken> CheckText(string text, IReadOnlyList<int> cited, Readings readings, bool checkCitations, CancellationToken cancellationToken)
    {
        var result = new List<UngroundedToken>();
        if (string.IsNullOrWhiteSpace(text) || readings.ById.Count == 0)
        {
            return result;
        }

        var fallback = cited.Where(readings.ById.ContainsKey).Distinct().Order().ToList();
        if (fallback.Count == 0)
        {
            fallback = [.. readings.ById.Keys.Order()];
        }

        foreach (var sentence in CitedProse.Split(text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var part in sentence.Parts)
            {
                if (part.Ids.Count > 0 || checkCitations)
                {
                    var ids = part.Ids.Count > 0 ? part.Ids : fallback;
                    result.AddRange(CheckCitations(part.Text, ids, readings).Select(u => u with { Text = sentence.Shown }));
                    continue;
                }

                // Prose that cites nothing is held against what it was written from, taken together.
                var claim = ReadClaim(part.Text, readings);
                var sources = fallback.Select(id => readings.ById[id]).ToList();
                var missing = CitationJudge.MissingTokens(claim, sources, readings.FullNames);
                if (missing.Count == 0 && claim.Speech is { } speech && !_judge.SpeechIsIn(claim, sources, readings.KnownNames, readings.FullNames, readings.Story))
                {
                    // "Reinholt said": the speaker is named, but not with those words
                    missing.Add(claim.Text[Math.Min(speech.Speaker[0].Start, speech.Verb.Start)..Math.Max(speech.Speaker[^1].End, speech.Verb.End)]);
                }

                result.AddRange(missing.Select(token => new UngroundedToken(sentence.Shown, token, fallback)));
            }
        }

        return result;
    }

    private Readings Read(IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken)
    {
        if (_read.TryGetValue(sources, out var readings))
        {
            return readings;
        }

        readings = Readings.Of(sources, cancellationToken);
        _read.AddOrUpdate(sources, readings);
        return readings;
    }

    private ClaimReading ReadClaim(string text, Readings readings)
    {
        var claim = ClaimReading.Read(text, readings.KnownNames, readings.Outlets);
        claim.Quotes.RemoveAll(q => q.Parts.Sum(p => p.Count) < minQuoteWords);
        return claim;
    }

    [GeneratedRegex(@"\[(\d+(?:\s*[,;]\s*\d+)*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>The sources read once per check, and the words they write capitalised inside a sentence.</summary>
    private sealed record Readings(IReadOnlyDictionary<int, SourceReading> ById, IReadOnlySet<string> KnownNames, IReadOnlySet<string> FullNames)
    {
        // Half the runs of five words of the shorter text found word for word in the other: a syndicated copy or a light
        // rewrite of it. Outlets that report one event in their own words share few such runs.
        private const double NearCopyShare = 0.5;

        private const int Run = 5;

        /// <summary>Every source of the story, for the words other outlets use for the same figures.</summary>
        public IReadOnlyCollection<SourceReading> Story { get; } = [.. ById.Values];

        /// <summary>The names of the story's outlets: a claim naming one attributes, and its words are no content.</summary>
        public OutletNames Outlets { get; } = new(ById.Values.Select(r => r.OutletName).OfType<string>().Distinct());

        // Each near-copy's original (the earliest source it copies that copies none), read once per list of sources.
        private IReadOnlyDictionary<int, int>? _originals;

        /// <summary>The source whose words <paramref name="id"/> carries: its original when it is a near-copy, else itself.</summary>
        public int VoiceOf(int id) => (_originals ??= NearCopies(ById)).TryGetValue(id, out var original) ? original : id;

        private static Dictionary<int, int> NearCopies(IReadOnlyDictionary<int, SourceReading> byId)
        {
            var ordered = byId.Values.OrderBy(r => r.Id).ToList();
            var runs = ordered.Select(r => Runs(r.Sequence)).ToList();
            var originals = new Dictionary<int, int>();
            for (var later = 1; later < ordered.Count; later++)
            {
                for (var earlier = 0; earlier < later; earlier++)
                {
                    if (!originals.ContainsKey(ordered[earlier].Id) && Shared(runs[earlier], runs[later]) >= NearCopyShare)
                    {
                        originals[ordered[later].Id] = ordered[earlier].Id;
                        break;
                    }
                }
            }

            return originals;
        }

        private static HashSet<string> Runs(List<string> sequence)
        {
            var runs = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i + Run <= sequence.Count; i++)
            {
                runs.Add(string.Join(' ', sequence.GetRange(i, Run)));
            }

            return runs;
        }

        // The share of the smaller set's runs the other holds.
        private static double Shared(HashSet<string> a, HashSet<string> b)
        {
            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            return small.Count == 0 ? 0 : (double)small.Count(large.Contains) / small.Count;
        }

        public static Readings Of(IReadOnlyList<CleanedArticle> sources, CancellationToken cancellationToken)
        {
            var byId = new Dictionary<int, SourceReading>();
            var known = new HashSet<string>(StringComparer.Ordinal);
            var full = new HashSet<string>(StringComparer.Ordinal);
            var read = sources.Select(a => SourceReading.Read(a, cancellationToken)).ToList();
            var days = read.Select(r => r.Written).OfType<DateOnly>().ToList();
            for (var i = 0; i < sources.Count; i++)
            {
                var article = sources[i];
                // An article whose dateline gives no year is read again against the days the others were written.
                var reading = read[i].Written is null && days.Count > 0 ? SourceReading.Read(article, cancellationToken, days) : read[i];
                byId[article.Id] = reading;
                foreach (var sentence in reading.Sentences)
                {
                    // A headline capitalises its words whatever they are: names are learnt from the body.
                    if (sentence.Start >= 0)
                    {
                        known.UnionWith(sentence.Capitalized.Select(w => w.Folded));
                    }

                    full.UnionWith(ProperNames.FullNames(sentence.Words));
                }

                // "DunscombeNow reports that ...": a summary names the outlet at the opening of its sentence too.
                if (reading.OutletWord is { } outletWord)
                {
                    known.Add(outletWord);
                }
            }

            // What an organisation is, one outlet may say and another not: each learns the labels the others put on it.
            List<Organisation> named = [.. byId.Values.SelectMany(r => r.Organisations)];
            foreach (var reading in byId.Values)
            {
                reading.LabelFrom(named);
            }

            return new Readings(byId, known, full);
        }
    }
}
