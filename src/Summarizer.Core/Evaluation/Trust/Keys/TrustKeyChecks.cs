using Summarizer.Evaluation.Trust.Normalising;

namespace Summarizer.Evaluation.Trust.Keys;

/// <summary>
/// The key invariants that are cheap to re-check (README "Invariants"): the articles are exactly the
/// folder's files with distinct outlets; every file an entry names is one of them; every `says`,
/// `hedged`, `forms`, `lookalike` and `dateline` string occurs verbatim (whitespace collapsed) in its file;
/// a single-source entry's `says` is its file plus its copies; a participant, place or cause version's value is
/// stated by one of its own `says` strings. The first broken one is thrown.
/// </summary>
internal static class TrustKeyChecks
{
    public static void Check(TrustKey key, IReadOnlyDictionary<string, CaseArticle> articles, string origin)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(articles);
        var listed = key.Articles.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
        if (listed.Count != key.Articles.Count)
        {
            throw Fail(origin, "articles", "a file is listed twice");
        }

        if (articles.Keys.Except(listed).FirstOrDefault() is { } unlisted)
        {
            throw Fail(origin, "articles", $"the folder holds {unlisted}, which the key does not list");
        }

        if (listed.Except(articles.Keys).FirstOrDefault() is { } missing)
        {
            throw Fail(origin, "articles", $"{missing} is not in the folder");
        }

        if (key.Articles.Where(a => a.Outlet is not null).GroupBy(a => a.Outlet, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw Fail(origin, "articles", $"outlet '{twice.Key}' is used by two files");
        }

        foreach (var article in key.Articles.Where(a => a.Dateline is not null))
        {
            Occurs(origin, "articles", "dateline", article.File, article.Dateline!, articles);
        }

        foreach (var copy in key.NearCopies)
        {
            Known(origin, "near_copies", copy.Copy, listed);
            Known(origin, "near_copies", copy.Original, listed);
        }

        foreach (var (id, field, evidence) in EvidenceOf(key))
        {
            foreach (var (file, strings) in evidence.Strings)
            {
                Known(origin, id, file, listed);
                foreach (var text in strings)
                {
                    Occurs(origin, id, field, file, text, articles);
                }
            }
        }

        foreach (var d in key.Disagreements.Where(d => d.Kind is "participant" or "place" or "cause"))
        {
            if (d.Versions.FirstOrDefault(v => !StatedBySays(key, d.Kind, v)) is { } unstated)
            {
                throw Fail(origin, d.Id, $"version '{unstated.Value}' is not stated by any of its says strings (a {d.Kind} value is matched in the brief's words, so it must use words its sources write)");
            }
        }

        foreach (var single in key.SingleSources)
        {
            var expected = single.Copies.Append(single.File).ToHashSet(StringComparer.Ordinal);
            if (!expected.SetEquals(single.Says.Files))
            {
                throw Fail(origin, single.Id, $"says names {string.Join(", ", single.Says.Files.Order(StringComparer.Ordinal))} but file and copies are {string.Join(", ", expected.Order(StringComparer.Ordinal))}");
            }
        }

        foreach (var trap in key.Traps)
        {
            foreach (var file in trap.Not)
            {
                Known(origin, trap.Id, file, listed);
            }
        }
    }

    private static IEnumerable<(string Id, string Field, Evidence Evidence)> EvidenceOf(TrustKey key)
    {
        foreach (var f in key.Facts)
        {
            yield return (f.Id, "says", f.Says);
            yield return (f.Id, "hedged", f.Hedged);
        }

        foreach (var d in key.Disagreements)
        {
            foreach (var v in d.Versions)
            {
                yield return (d.Id, $"version '{v.Value}' says", v.Says);
                yield return (d.Id, $"version '{v.Value}' hedged", v.Hedged);
            }
        }

        foreach (var u in key.Updates)
        {
            yield return (u.Id, "earlier says", u.Earlier.Says);
            yield return (u.Id, "earlier hedged", u.Earlier.Hedged);
            yield return (u.Id, "later says", u.Later.Says);
            yield return (u.Id, "later hedged", u.Later.Hedged);
        }

        foreach (var p in key.Precise)
        {
            yield return (p.Id, "broad says", p.Broad.Says);
            yield return (p.Id, "exact says", p.Exact.Says);
        }

        foreach (var v in key.Variants)
        {
            yield return (v.Id, "forms", v.Forms);
        }

        foreach (var s in key.SingleSources)
        {
            yield return (s.Id, "says", s.Says);
        }

        foreach (var q in key.Quotes)
        {
            yield return (q.Id, "says", q.Says);
            yield return (q.Id, "hedged", q.Hedged);
        }

        foreach (var t in key.Traps)
        {
            yield return (t.Id, "says", t.Says);
            yield return (t.Id, "lookalike", t.Lookalike);
        }
    }

    /// <summary>
    /// Some `says` string of the version states its value as the scorer reads values: otherwise no brief, however
    /// faithful to the text, could be matched to it.
    /// </summary>
    private static bool StatedBySays(TrustKey key, string kind, KeyValue version)
    {
        var needles = ValueForms.Needles(key, version.Value, kind);
        return version.Says.Strings.Values.SelectMany(s => s).Select(s => new TrustText(s)).Any(text => needles.Any(text.ContainsAll));
    }

    private static void Known(string origin, string id, string file, HashSet<string> listed)
    {
        if (!listed.Contains(file))
        {
            throw Fail(origin, id, $"names {file}, which is not among the case's articles");
        }
    }

    private static void Occurs(string origin, string id, string field, string file, string text, IReadOnlyDictionary<string, CaseArticle> articles)
    {
        var needle = CaseArticles.Collapse(text);
        if (!articles[file].Parts.Any(part => part.Contains(needle, StringComparison.Ordinal)))
        {
            throw Fail(origin, id, $"{field} {file}: \"{text}\" does not occur in the file");
        }
    }

    private static TrustKeyException Fail(string origin, string id, string problem) =>
        new($"{origin}: {(id == "articles" ? "articles" : $"entry {id}")}: {problem}.");
}
