using System.Text.RegularExpressions;
using Summarizer.Facts;

namespace Summarizer.Core.Tests.Facts;

/// <summary>
/// Scores extraction + alignment against a trust case's key: a fact belongs to a keyed version when its source
/// file is among the version's <c>says</c> files and its span overlaps one of the quoted strings in that file.
/// </summary>
internal sealed class TrustCaseScorer(TrustCase trustCase, IReadOnlyList<AlignedGroup> groups)
{
    public List<string> Lines { get; } = [];

    /// <summary>When set, a missed disagreement lists the facts read from each version's evidence (for diagnosis).</summary>
    public IReadOnlyList<Fact>? Explain { get; init; }

    public (int Found, int Total) Disagreements() => Score("disagreements", entry =>
    {
        var versions = List(entry["versions"]).Select(v => Says(Map(v))).ToList();
        return groups.Any(g => g.Label == AlignmentLabel.Disagree && versions.Count(v => g.Facts.Any(f => Belongs(f, v))) >= 2);
    });

    public (int Found, int Total) Updates() => Score("updates", entry =>
    {
        var earlier = Says(Map(entry["earlier"]));
        var later = Says(Map(entry["later"]));
        return groups.Any(g => g.Label == AlignmentLabel.Update
            && g.Versions.Any(v => v.Later && v.Facts.Any(f => Belongs(f, later)))
            && g.Versions.Any(v => !v.Later && v.Facts.Any(f => Belongs(f, earlier))));
    });

    public (int Found, int Total) Precise() => Score("precise", entry =>
    {
        var broad = Says(Map(entry["broad"]));
        var exact = Says(Map(entry["exact"]));
        bool Both(AlignedGroup g) => g.Facts.Any(f => Belongs(f, broad)) && g.Facts.Any(f => Belongs(f, exact));
        return groups.Any(g => g.Label is AlignmentLabel.MorePrecise or AlignmentLabel.Agree && Both(g))
            && !groups.Any(g => g.Label == AlignmentLabel.Disagree && Both(g));
    });

    /// <summary>A variant is labelled right when its forms are aligned in one agreeing group and never shown as a conflict.</summary>
    public (int Found, int Total) Variants() => Score("variants", entry =>
    {
        var forms = Map(entry["forms"]).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[p.Value.ToString() ?? ""]);
        var conflict = groups.Any(g => g.Label == AlignmentLabel.Disagree && forms.Count(f => g.Facts.Any(x => Belongs(x, new() { [f.Key] = f.Value }))) >= 2);
        var aligned = groups.Any(g => g.Label is AlignmentLabel.Agree or AlignmentLabel.MorePrecise
            && forms.Count(f => g.Facts.Any(x => Belongs(x, new() { [f.Key] = f.Value }))) >= 2);
        return aligned && !conflict;
    });

    /// <summary>Variants whose forms were shown as a conflict (a Disagree group holding two of its forms).</summary>
    public int VariantConflicts() => List(trustCase.Key.GetValueOrDefault("variants")).Count(entry =>
    {
        var forms = Map(entry["forms"]).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[p.Value.ToString() ?? ""]);
        return groups.Any(g => g.Label == AlignmentLabel.Disagree
            && g.Versions.Count(v => v.Facts.Any(x => forms.Any(f => Belongs(x, new() { [f.Key] = f.Value })))) >= 2);
    });

    /// <summary>Disagree groups that match no keyed disagreement (by one version's facts or more): false alarms or unkeyed.</summary>
    public int Unlisted()
    {
        var keyed = List(trustCase.Key.GetValueOrDefault("disagreements")).Concat(List(trustCase.Key.GetValueOrDefault("updates")))
            .Concat(List(trustCase.Key.GetValueOrDefault("precise"))).ToList();
        var all = keyed.SelectMany(e => e.TryGetValue("versions", out var vs) ? List(vs).Select(v => Says(Map(v)))
            : e.TryGetValue("earlier", out var ea) ? [Says(Map(ea)), Says(Map(e["later"]))] : [Says(Map(e["broad"])), Says(Map(e["exact"]))]).ToList();
        var unlisted = groups.Where(g => g.Label == AlignmentLabel.Disagree && !g.Facts.Any(f => all.Any(v => Belongs(f, v)))).ToList();
        foreach (var g in unlisted)
        {
            Lines.Add($"  unlisted {g.Topic}: " + string.Join(" | ", g.Versions.Select(v => $"{v.First.Text} [{string.Join(",", v.Sources)}]")));
        }

        return unlisted.Count;
    }

    private (int Found, int Total) Score(string section, Func<Dictionary<object, object>, bool> labelled)
    {
        var entries = List(trustCase.Key.GetValueOrDefault(section));
        var found = 0;
        foreach (var entry in entries)
        {
            var ok = labelled(entry);
            found += ok ? 1 : 0;
            Lines.Add($"  {(ok ? "ok  " : "MISS")} {section} {entry["id"]} {entry.GetValueOrDefault("kind")} {entry.GetValueOrDefault("measure") ?? entry.GetValueOrDefault("value")}");
            if (!ok && Explain is not null && entry.TryGetValue("versions", out var versions))
            {
                foreach (var says in List(versions).Select(v => Says(Map(v))))
                {
                    foreach (var fact in Explain.Where(f => Belongs(f, says)))
                    {
                        var group = groups.FirstOrDefault(g => g.Facts.Contains(fact));
                        Lines.Add($"      [{fact.SourceId}] {fact.Value.Kind} '{fact.Text}' measure={fact.Measure} frame={fact.Frame} role={fact.Role}/{fact.RoleObject} mood={fact.Mood} phase={fact.Phase} occ={fact.Occurrence} -> {(group is null ? "unaligned" : group.Label + " " + group.Topic)}");
                    }
                }
            }
        }

        return (found, entries.Count);
    }

    private bool Belongs(Fact fact, Dictionary<string, IReadOnlyList<string>> says)
    {
        var file = trustCase.Ids.Single(p => p.Value == fact.SourceId).Key;
        if (!says.TryGetValue(file, out var strings))
        {
            return false;
        }

        var text = trustCase.Article(file).Text;
        return strings.Any(s => Occurrences(text, s).Any(o => o.Start < fact.End && fact.Start < o.End));
    }

    // Keys compare after collapsing whitespace.
    private static IEnumerable<(int Start, int End)> Occurrences(string text, string quoted)
    {
        var pattern = string.Join(@"\s+", quoted.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return Regex.Matches(text, pattern).Select(m => (m.Index, m.Index + m.Length));
    }

    private static Dictionary<string, IReadOnlyList<string>> Says(Dictionary<string, object> entry) =>
        Map(entry["says"]).ToDictionary(p => p.Key, p => p.Value is List<object> many ? many.Select(x => x.ToString() ?? "").ToList() : (IReadOnlyList<string>)[p.Value.ToString() ?? ""]);

    private static Dictionary<string, object> Map(object node) =>
        ((Dictionary<object, object>)node).ToDictionary(p => p.Key.ToString() ?? "", p => p.Value);

    private static List<Dictionary<object, object>> List(object? node) =>
        node is List<object> items ? items.Cast<Dictionary<object, object>>().ToList() : [];
}
