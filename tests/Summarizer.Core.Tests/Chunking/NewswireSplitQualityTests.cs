using Summarizer.Chunking;
using Summarizer.TestSupport;
using Xunit.Abstractions;

namespace Summarizer.Core.Tests.Chunking;

/// <summary>
/// DUC 2004 dev articles come one sentence per line, which makes them a newswire reference for the splitter:
/// each article's lines are joined with a space, split again, and the boundaries compared with the lines.
/// A missed line start is a merge ("Hun Sen. The ..." as one sentence), a boundary inside a line a split.
/// The reference lines have errors of their own (a line break inside "B.J. | Habibie", "Ms. | He said";
/// no break after "Hun Sen." or "Corp."), so the figures are printed with every disagreement for review, and
/// the ceilings only catch a gross regression (2026-11-29: 70 merges and 26 splits in 6,495 lines, almost all
/// of them errors of the reference).
/// </summary>
public class NewswireSplitQualityTests(ITestOutputHelper output)
{
    [Fact]
    public void Finds_the_line_boundaries_of_duc_newswire()
    {
        var files = Directory.EnumerateDirectories(Path.Combine(RepoPaths.Eval, "duc2004-dev"))
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt"))
            .Where(f => !Path.GetFileName(f).StartsWith("ref", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        int sentences = 0, merges = 0, splits = 0;
        var examples = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var text = string.Join(' ', lines);
            var truth = new HashSet<int>();
            for (int i = 0, offset = 0; i < lines.Count; offset += lines[i].Length + 1, i++)
            {
                truth.Add(offset);
            }

            var found = SentenceSplitter.Instance.Split(text).Select(s => s.Start).ToHashSet();
            sentences += lines.Count;
            foreach (var start in truth.Where(t => !found.Contains(t)).Order())
            {
                merges++;
                examples.Add($"merge {Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: ...{Around(text, start)}...");
            }

            foreach (var start in found.Where(f => !truth.Contains(f)).Order())
            {
                splits++;
                examples.Add($"split {Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileName(file)}: ...{Around(text, start)}...");
            }
        }

        output.WriteLine($"DUC 2004 dev: {files.Count} articles, {sentences} sentences (lines); "
            + $"{merges} merges ({1000.0 * merges / sentences:F2} per 1,000), {splits} splits ({1000.0 * splits / sentences:F2} per 1,000)");
        output.WriteLine(string.Join('\n', examples));
        Assert.True(files.Count == 250 && sentences > 6000, $"{files.Count} articles, {sentences} lines");
        Assert.True(1000.0 * merges / sentences < 12 && 1000.0 * splits / sentences < 6, $"{merges} merges, {splits} splits in {sentences} lines");
    }

    private static string Around(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        var to = Math.Min(text.Length, at + 40);
        return text[from..at] + " ‖ " + text[at..to];
    }
}
