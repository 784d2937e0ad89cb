using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Normalising;
using Summarizer.Text;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>README "Scoring" rules 5-9: reported by one source, near-copies, quotes, fact citations, traps.</summary>
internal static class AttributionScoring
{
    public static TrustCounts SingleSource(KeyMatcher m, BriefUnderTest brief, List<string> findings)
    {
        var key = m.Key;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var precision = new Tally();
        var corroborated = 0;
        foreach (var item in brief.SingleSource)
        {
            var entries = key.SingleSources.Where(s => KeyMatcher.Matches(item, s.Match) && item.Cited.Contains(s.File)).ToList();
            listed.UnionWith(entries.Select(s => s.Id));
            precision += Tally.Of1(entries.Count > 0);
            if (entries.Count == 0 && Corroboration(m, item) is { } what)
            {
                corroborated++;
                findings.Add($"listed as one source but {what}: \"{item.Text.Original}\"");
            }
        }

        var recall = new Tally(listed.Count, key.SingleSources.Count);
        var keyPairs = key.NearCopies.ToHashSet();
        var briefPairs = brief.CopyPairs.ToHashSet();
        var common = briefPairs.Count(keyPairs.Contains);
        return new TrustCounts
        {
            SingleSourcePrecision = precision,
            SingleSourceRecall = recall,
            CorroboratedAsSingleSource = corroborated,
            CopyPrecision = new Tally(common, briefPairs.Count),
            CopyRecall = new Tally(common, keyPairs.Count),
        };
    }

    // A fact entry, or a value stated by two or more independent files (the item citing one of them).
    private static string? Corroboration(KeyMatcher m, BriefItem item)
    {
        var key = m.Key;
        if (key.Facts.FirstOrDefault(f => StatesFact(item, f) && key.Independent(f.Says.Files) >= 2) is { } fact)
        {
            return $"fact {fact.Id} is stated by {key.Independent(fact.Says.Files)} independent sources";
        }

        return Sides(key).FirstOrDefault(s => key.Independent(s.Value.Says.Files) >= 2 && item.Cited.Overlaps(s.Value.Says.Files) && m.States(item, s.Value.Value, s.Kind)) is { Id: not null } side
            ? $"{side.Id} ({side.Value.Value}) is stated by {key.Independent(side.Value.Says.Files)} independent sources"
            : null;
    }

    /// <summary>
    /// The item states fact <paramref name="fact"/>: it holds every `match` term and, where the key quotes the fact in a
    /// file the item cites, a word of that quote besides the terms (or the quote has none). The terms find a fact's
    /// statement; a passage that shares only them ("Harbourline" in "ready to return to talks if Harbourline improved
    /// its offer", keyed "Terminal operator Harbourline has offered 4.5%") states something else.
    /// </summary>
    public static bool StatesFact(BriefItem item, KeyFact fact)
    {
        if (!KeyMatcher.Matches(item, fact.Match))
        {
            return false;
        }

        var quotes = item.Cited.SelectMany(file => fact.Says.Strings.GetValueOrDefault(file) ?? []).ToList();
        var terms = fact.Match.SelectMany(TrustText.Content).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        return quotes.Count == 0 || quotes.Any(q =>
        {
            var beyond = TrustText.Content(q).Where(t => !terms.Contains(t.Text) && !(t.Kind == TrustTokenKind.Word && Stopwords.IsStopword(t.Text))).ToList();
            return beyond.Count == 0 || beyond.Any(t => item.Text.ContainsSequence([t]));
        });
    }

    /// <summary>Every value with its own file list: disagreement versions, update sides, precise sides.</summary>
    public static IEnumerable<(string Id, string Kind, KeyValue Value)> Sides(TrustKey key) =>
        key.Disagreements.SelectMany(d => d.Versions.Select(v => (d.Id, d.Kind, v)))
            .Concat(key.Updates.SelectMany(u => new[] { (u.Id, u.Kind, u.Earlier), (u.Id, u.Kind, u.Later) }))
            .Concat(key.Precise.SelectMany(p => new[] { (p.Id, p.Kind, p.Broad), (p.Id, p.Kind, p.Exact) }));

    public static TrustCounts Citations(
        KeyMatcher m, IReadOnlyList<BriefItem> items, IReadOnlyDictionary<string, TrustText> sources, List<string> findings, IReadOnlyDictionary<string, DateOnly>? published = null)
    {
        var key = m.Key;
        int quoteItems = 0, quoteWrong = 0, trapWrong = 0;
        Tally carriers = default, precision = default, recall = default, numbers = default;
        foreach (var item in items)
        {
            // Rule 7: quoted words and reported statements.
            var carried = key.Quotes.Where(q => Carries(item, q)).ToList();
            quoteItems += carried.Count > 0 ? 1 : 0;
            foreach (var q in carried)
            {
                var wrong = item.Cited.Where(f => !q.Says.Files.Contains(f) && !q.Hedged.Files.Contains(f)).ToList();
                quoteWrong += wrong.Count + (item.Cited.Count == 0 ? 1 : 0);
                if (wrong.Count > 0 || item.Cited.Count == 0)
                {
                    findings.Add($"quote {q.Id} ({q.Speaker}) credited to {(wrong.Count > 0 ? string.Join(", ", wrong) : "no source")}: \"{item.Text.Original}\"");
                }

                if (q.Kind is "quote" or "word")
                {
                    carriers += new Tally(q.Says.Files.Count(item.Cited.Contains), q.Says.Files.Count);
                }
            }

            // Rule 8: facts, and values with their own file lists.
            var stated = key.Facts.Where(f => KeyMatcher.Matches(item, f.Match)).Select(f => (f.Id, f.Says, f.Hedged))
                .Concat(Sides(key).Where(s => m.States(item, s.Value.Value, s.Kind)).Select(s => (s.Id, s.Value.Says, s.Value.Hedged)))
                .DistinctBy(s => (s.Says, s.Hedged));
            foreach (var (id, says, hedged) in stated)
            {
                precision += new Tally(item.Cited.Count(f => says.Files.Contains(f) || hedged.Files.Contains(f)), item.Cited.Count);
                var needed = says.Files.Where(f => !m.Excused(f, item.Cited)).ToList();
                recall += new Tally(needed.Count(item.Cited.Contains), needed.Count);
                if (needed.Any(f => !item.Cited.Contains(f)))
                {
                    findings.Add($"citation missing: {id} also stated by {string.Join(", ", needed.Where(f => !item.Cited.Contains(f)))}: ({item.Section}) \"{item.Text.Original}\"");
                }
            }

            // Rule 9: trap claims cited to files that must not be.
            foreach (var trap in key.Traps.Where(t => MakesClaim(item, t)))
            {
                var wrong = item.Cited.Where(trap.Not.Contains).ToList();
                trapWrong += wrong.Count;
                if (wrong.Count > 0)
                {
                    findings.Add($"trap {trap.Id}: claim credited to {string.Join(", ", wrong)}: \"{item.Text.Original}\"");
                }
            }

            numbers += NumbersHeld(item, sources, findings, published);
        }

        return new TrustCounts
        {
            QuoteItems = quoteItems,
            QuoteMisattributions = quoteWrong,
            QuoteCarriers = carriers,
            FactCitationPrecision = precision,
            FactCitationRecall = recall,
            TrapMisattributions = trapWrong,
            NumbersHeld = numbers,
        };
    }

    private static bool Carries(BriefItem item, KeyQuote q)
    {
        if (item.Text.ContainsSequence(q.Words))
        {
            return true;
        }

        // Reported speech may be restated in other order: every content word of the description.
        var content = TrustText.Content(q.Words);
        return q.Kind == "reported" && content.Count >= 3 && item.Text.ContainsAll(content);
    }

    private static bool MakesClaim(BriefItem item, KeyTrap trap) =>
        item.Text.ContainsAll(TrustText.Content(trap.Claim))
        || trap.Says.Strings.Values.SelectMany(s => s).Any(s => item.Text.ContainsAll(TrustText.Content(s)));

    // Each citation of a claim with figures passes when the cited article holds every figure of the claim.
    private static Tally NumbersHeld(BriefItem item, IReadOnlyDictionary<string, TrustText> sources, List<string> findings, IReadOnlyDictionary<string, DateOnly>? published)
    {
        var figures = item.Text.Figures.ToList();
        if (figures.Count == 0)
        {
            return default;
        }

        var tally = new Tally();
        foreach (var file in item.Cited.Order(StringComparer.Ordinal))
        {
            var days = published is not null && published.TryGetValue(file, out var day) && sources.TryGetValue(file, out var text) ? RelativeDays.Held(text, day) : [];
            days = [.. days, .. sources.TryGetValue(file, out var spoken) ? ClockHours.Held(spoken) : []];
            var missing = sources.TryGetValue(file, out var source)
                ? figures.Where(f => !source.Tokens.Any(f.FoundAs) && !days.Any(f.FoundAs)).ToList()
                : figures;
            tally += Tally.Of1(missing.Count == 0);
            if (missing.Count > 0)
            {
                findings.Add($"{file} does not hold {string.Join(", ", missing.Distinct())}: \"{item.Text.Original}\"");
            }
        }

        return tally;
    }
}
