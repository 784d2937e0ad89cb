using Summarizer.Evaluation.Trust.Keys;
using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Scoring;

/// <summary>README "Scoring" rules 1-3: planted disagreements found, false disagreements by class, updates.</summary>
internal static class DisagreementScoring
{
    // Wording that marks a figure as an earlier report or its change (README rule 3), besides the key's own
    // marker (which may describe the change as "earlier wording -> later wording").
    private static readonly string[] UpdateMarkers =
        ["earlier", "previously", "initially", "originally", "first reported", "had been", "up from", "down from", "revised", "superseded", "updated", "has risen", "rose", "has grown", "grew", "has fallen", "fell"];

    public static TrustCounts Score(KeyMatcher m, BriefUnderTest brief, IReadOnlyList<BriefItem> items, List<string> findings)
    {
        var key = m.Key;
        var found = new Tally();
        var shownByValue = new Tally();
        var strict = new Tally();
        var complete = new Tally();
        var byKind = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var d in key.Disagreements)
        {
            var lenient = brief.Disagreements.Select(e => Matched(e, d, (side, v) => m.States(side, v.Value, d.Kind) && m.Lenient(side.Cited, v))).DefaultIfEmpty(0).Max();
            var exact = brief.Disagreements.Select(e => Matched(e, d, (side, v) => m.States(side, v.Value, d.Kind) && KeyMatcher.Strict(side.Cited, v.Says))).DefaultIfEmpty(0).Max();
            var byValue = brief.Disagreements.Select(e => Matched(e, d, (side, v) => m.States(side, v.Value, d.Kind))).DefaultIfEmpty(0).Max();
            found += Tally.Of1(lenient >= 2);
            shownByValue += Tally.Of1(byValue >= 2);
            strict += Tally.Of1(exact >= 2);
            complete += Tally.Of1(lenient == d.Versions.Count);
            byKind[d.Kind] = byKind.GetValueOrDefault(d.Kind) + Tally.Of1(lenient >= 2);
            if (lenient < 2)
            {
                findings.Add(byValue >= 2
                    ? $"disagreement {d.Id} ({d.Kind}, {d.Measure}) shown, but not with the files that give each version"
                    : $"disagreement {d.Id} ({d.Kind}, {d.Measure}) not found");
            }
        }

        int variant = 0, precision = 0, updateAsConflict = 0, unlisted = 0;
        var conflictedUpdates = new HashSet<string>(StringComparer.Ordinal);
        var shownSides = new HashSet<BriefItem>(ReferenceEqualityComparer.Instance);
        foreach (var entry in brief.Disagreements)
        {
            if (key.Disagreements.Any(d => Matched(entry, d, (side, v) => m.States(side, v.Value, d.Kind)) >= 2))
            {
                continue;
            }

            // An entry the brief marks as an update whose later side gives a keyed update's later value with its files, and
            // whose other side cites only files that give the earlier value, is that update, even when the earlier side is
            // in words the key's earlier value cannot be read from ("No arrests" for 0; "is expected to sign" for "fee
            // agreed; to sign after a medical").
            // The earlier side is known by its files alone: every later file is published after every earlier one, so a
            // side citing only earlier files is the earlier report even when its words hold the later state's ("the
            // contract is expected to be signed" before "signed").
            var update = key.Updates.FirstOrDefault(u => TwoSides(entry, s => m.States(s, u.Earlier.Value, u.Kind), s => m.States(s, u.Later.Value, u.Kind)))
                ?? (string.Equals(entry.Kind, "update", StringComparison.OrdinalIgnoreCase)
                    ? key.Updates.FirstOrDefault(u => TwoSides(
                        entry,
                        s => GivenOnlyBy(s.Cited, u.Earlier) && !s.Cited.Overlaps(u.Later.Says.Files),
                        s => m.StatesLater(s, u) && m.Lenient(s.Cited, u.Later)))
                    : null);
            if (update is not null && MarkedAsUpdate(entry, update))
            {
                shownSides.UnionWith(entry.Sides);
            }
            else if (entry.Sides.Count >= 2 && key.Variants.Any(v => entry.Sides.All(s => IsForm(s, v))))
            {
                variant++;
                findings.Add($"format variant shown as a disagreement: {Describe(entry)}");
            }
            else if (key.Precise.Any(p => TwoSides(entry, s => m.States(s, p.Broad.Value, p.Kind), s => m.States(s, p.Exact.Value, p.Kind))))
            {
                precision++;
                findings.Add($"precise pair shown as a disagreement: {Describe(entry)}");
            }
            else if (update is not null)
            {
                updateAsConflict++;
                conflictedUpdates.Add(update.Id);
                findings.Add($"update {update.Id} shown as a disagreement: {Describe(entry)}");
            }
            else
            {
                unlisted++;
                findings.Add($"unlisted disagreement: {Describe(entry)}");
            }
        }

        var updates = new Tally();
        var shown = new Tally();
        foreach (var u in key.Updates)
        {
            var isFound = items.Any(i => m.StatesLater(i, u) && m.Lenient(i.Cited, u.Later));
            var earlierPlain = items.Where(i => m.States(i, u.Earlier.Value, u.Kind) && !IsMarked(i.Text, u) && !shownSides.Contains(i)).ToList();
            var correct = isFound && !conflictedUpdates.Contains(u.Id) && earlierPlain.Count == 0;
            updates += Tally.Of1(isFound);
            shown += Tally.Of1(correct);
            if (!isFound)
            {
                findings.Add($"update {u.Id} ({u.Measure}): later value {u.Later.Value} not stated with its files");
            }
            else if (earlierPlain.Count > 0)
            {
                findings.Add($"update {u.Id}: earlier value stated unmarked: \"{earlierPlain[0].Text.Original}\"");
            }
        }

        return new TrustCounts
        {
            Disagreements = found,
            DisagreementsShown = shownByValue,
            DisagreementsStrict = strict,
            DisagreementsComplete = complete,
            DisagreementsByKind = byKind,
            DisagreementEntries = brief.Disagreements.Count,
            FalseFormatVariant = variant,
            FalsePrecision = precision,
            FalseUpdateAsConflict = updateAsConflict,
            FalseUnlisted = unlisted,
            Updates = updates,
            UpdatesShownCorrectly = shown,
        };
    }

    /// <summary>The most versions of <paramref name="d"/> that distinct sides of the entry match (a small bipartite matching).</summary>
    private static int Matched(BriefDisagreement entry, KeyDisagreement d, Func<BriefItem, KeyValue, bool> fits)
    {
        var edges = d.Versions.Select(v => entry.Sides.Select((s, i) => (s, i)).Where(x => fits(x.s, v)).Select(x => x.i).ToList()).ToList();
        return Assign(edges, 0, new bool[entry.Sides.Count]);
    }

    private static int Assign(List<List<int>> edges, int version, bool[] used)
    {
        if (version == edges.Count)
        {
            return 0;
        }

        var best = Assign(edges, version + 1, used);
        foreach (var side in edges[version].Where(s => !used[s]))
        {
            used[side] = true;
            best = Math.Max(best, 1 + Assign(edges, version + 1, used));
            used[side] = false;
        }

        return best;
    }

    // Every cited file gives (or hedges) the value: a side need not cite all of them, but none that lacks it.
    private static bool GivenOnlyBy(IReadOnlySet<string> cited, KeyValue value) =>
        cited.Count > 0 && cited.All(f => value.Says.Files.Contains(f) || value.Hedged.Files.Contains(f));

    private static bool TwoSides(BriefDisagreement entry, Func<BriefItem, bool> first, Func<BriefItem, bool> second) =>
        entry.Sides.Any(a => first(a) && entry.Sides.Any(b => !ReferenceEquals(a, b) && second(b)));

    private static bool IsForm(BriefItem side, KeyVariant v) =>
        v.Forms.Strings.Values.SelectMany(s => s).Append(v.Value).SelectMany(f => ValueForms.FormNeedles(f, null)).Any(side.Text.ContainsAll);

    private static bool MarkedAsUpdate(BriefDisagreement entry, KeyUpdate u) =>
        string.Equals(entry.Kind, "update", StringComparison.OrdinalIgnoreCase)
        || entry.Sides.Any(s => IsMarked(s.Text, u))
        || IsMarked(new TrustText(entry.Topic), u);

    private static bool IsMarked(TrustText text, KeyUpdate u) =>
        UpdateMarkers.Concat((u.Marker ?? string.Empty).Split("->", StringSplitOptions.TrimEntries)).Where(w => w.Length > 0).Any(text.ContainsSequence);

    private static string Describe(BriefDisagreement e) =>
        $"\"{e.Topic}\": " + string.Join(" | ", e.Sides.Select(s => $"{s.Text.Original} [{string.Join(", ", s.Cited.Order(StringComparer.Ordinal))}]"));
}
