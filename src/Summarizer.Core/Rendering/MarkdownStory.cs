using System.Globalization;
using System.Text;
using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// The Markdown layout of one story, shared by the single-story and the daily renderer; the daily one
/// writes each story one heading level down.
/// </summary>
internal static class MarkdownStory
{
    /// <param name="md">Where the story is appended.</param>
    /// <param name="brief">The story.</param>
    /// <param name="level">Heading level of the story's title (1 for <c>brief.md</c>); sections go one below.</param>
    /// <param name="titlePrefix">Written before the headline, e.g. a story number.</param>
    public static void Write(StringBuilder md, Brief brief, int level, string titlePrefix = "")
    {
        var merged = brief.Merged;
        md.Append('#', level).Append(' ').Append(titlePrefix).AppendLine(Escape(Headline(brief)));
        md.AppendLine();
        md.Append('*').Append(Plural(brief.Sources.Count, "source"))
            .Append(" · ").Append(ProviderLabel(brief.Provider, brief.Model))
            .Append(" · generated ").Append(Generated(brief.GeneratedAt))
            .AppendLine("*");
        md.AppendLine();

        var section = new string('#', level + 1);
        if (merged is not null)
        {
            md.AppendLine(CitedSummary(merged)).AppendLine();
            Claims(md, section, "Key points", merged.KeyPoints, brief, withAgreement: true);
            Disagreements(md, section, merged.Disagreements);
            MarkdownCoverage.Grid(md, section, brief);
            Claims(md, section, "Reported by one source", merged.SingleSource, brief, withAgreement: false);
        }

        Sources(md, section, brief);
        Checks(md, section, brief);
        Failures(md, section, brief.Failures);
    }

    public static void Failures(StringBuilder md, string section, IReadOnlyList<Failure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        md.Append(section).AppendLine(" Not included").AppendLine();
        foreach (var f in failures)
        {
            md.Append("- `").Append(f.Source).Append("` (").Append(f.Stage).Append("): ").AppendLine(Escape(f.Error));
        }

        md.AppendLine();
    }

    public static string Headline(Brief brief) =>
        brief.Merged?.Headline ?? brief.Sources.Select(s => s.Article.Title).FirstOrDefault(t => t is not null) ?? "Brief";

    public static string ProviderLabel(string provider, string? model) => model is null ? provider : $"{provider} ({model})";

    public static string Generated(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// What is new in a story since the previous daily brief ("new", "1 new since 2026-01-05", "no new source
    /// since 2026-01-05"), or null when there is no previous brief to compare with.
    /// </summary>
    public static string? Novelty(Brief story, DateOnly? previous)
    {
        if (previous is not { } date)
        {
            return null;
        }

        var since = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fresh = story.Sources.Count - story.SeenBefore.Count;
        return story.SeenBefore.Count == 0 ? "new"
            : fresh == 0 ? $"no new source since {since}"
            : $"{fresh} new since {since}";
    }

    public static string Plural(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    // Article text must not turn into Markdown structure or links; citation markers like [3] stay as they are.
    public static string Escape(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '\\' or '*' or '_' or '`' or '<' or '#' || (c == '[' && !IsCitation(line, i)))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void Claims(StringBuilder md, string section, string heading, IReadOnlyList<Claim> claims, Brief brief, bool withAgreement)
    {
        if (claims.Count == 0)
        {
            return;
        }

        md.Append(section).Append(' ').AppendLine(heading).AppendLine();
        var n = brief.IndependentSources();
        foreach (var claim in claims)
        {
            md.Append("- ").Append(Escape(claim.Text)).Append(' ').Append(Cite(claim.Sources));
            if (withAgreement && n > 1)
            {
                md.Append(" *(").Append(brief.IndependentSupport(claim.Sources)).Append(" of ").Append(n).Append(" sources)*");
            }

            md.AppendLine();
        }

        md.AppendLine();
    }

    private static void Disagreements(StringBuilder md, string section, IReadOnlyList<Disagreement> disagreements)
    {
        if (disagreements.Count == 0)
        {
            return;
        }

        md.Append(section).AppendLine(" Where sources differ").AppendLine();
        foreach (var disagreement in disagreements)
        {
            if (disagreement.Kind == DisagreementKind.Update)
            {
                // An update is not a conflict: the older value, then the one that superseded it.
                md.Append("- **").Append(Escape(disagreement.Topic)).Append("**: ")
                    .AppendJoin(", ", disagreement.Claims.Select((c, i) => $"{(i == disagreement.Claims.Count - 1 ? "later" : "earlier")} {Escape(c.Text)} {Cite(c.Sources)}"))
                    .AppendLine();
                continue;
            }

            md.Append("- **").Append(Escape(disagreement.Topic)).AppendLine("**");
            foreach (var claim in disagreement.Claims)
            {
                md.Append("  - ").Append(Escape(claim.Text)).Append(' ').AppendLine(Cite(claim.Sources));
            }
        }

        md.AppendLine();
    }

    private static void Sources(StringBuilder md, string section, Brief brief)
    {
        md.Append(section).AppendLine(" Sources").AppendLine();
        foreach (var source in brief.Sources)
        {
            var a = source.Article;
            md.Append('[').Append(a.Id).Append("] ");
            if (a.Metadata.Outlet is { } outlet)
            {
                md.Append("**").Append(Escape(outlet)).Append("** — ");
            }

            md.Append('*').Append(Escape(a.Title ?? "(untitled)")).Append('*');
            md.Append(" (").Append(a.Metadata.Url ?? a.Origin).Append(')');
            if (source.CopyOf is int original)
            {
                md.Append(" — near-copy of [").Append(original).Append(']');
            }

            md.AppendLine().AppendLine();
            if (source.Summary is { } summary)
            {
                md.Append("   ").AppendLine(Escape(summary.Summary));
                foreach (var point in summary.KeyPoints)
                {
                    md.Append("   - ").AppendLine(Escape(point));
                }

                md.AppendLine();
            }
        }
    }

    private static void Checks(StringBuilder md, string section, Brief brief)
    {
        if (brief.Checks.Ungrounded.Count == 0)
        {
            return;
        }

        md.Append(section).AppendLine(" Not found in the cited sources").AppendLine();
        foreach (var u in brief.Checks.Ungrounded)
        {
            md.Append("- `").Append(u.Token.Replace('`', '\'')).Append("` in “").Append(Escape(u.Text)).Append("” ").AppendLine(Cite(u.Sources));
        }

        md.AppendLine();
    }

    // Each sentence of the prose carries its sources when the engine traced them.
    private static string CitedSummary(MergedSummary merged) =>
        merged.SummaryClaims.Count == 0
            ? Escape(merged.Summary)
            : string.Join(' ', merged.SummaryClaims.Select(c => Escape(c.Text) + " " + Cite(c.Sources)));

    private static string Cite(IEnumerable<int> sources) => string.Concat(sources.Select(s => $"[{s}]"));

    private static bool IsCitation(string text, int open)
    {
        var i = open + 1;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > open + 1 && i < text.Length && text[i] == ']';
    }
}
