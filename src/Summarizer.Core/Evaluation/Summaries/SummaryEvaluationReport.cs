using System.Globalization;
using System.Text;
using Summarizer.Evaluation.Rouge;

namespace Summarizer.Evaluation.Summaries;

/// <summary>Renders an evaluation as a plain-text table (scores x 100), ready for a console.</summary>
internal static class SummaryEvaluationReport
{
    public static string Format(SummaryEvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        text.AppendLine("cluster        R-1 R    P    F  | R-2 R    P    F  | R-L R    P    F  |  ms");
        foreach (var c in result.Clusters)
        {
            text.AppendLine(Row(c.Cluster, c.Scores, c.MergeTime.TotalMilliseconds));
        }

        text.AppendLine(Row("mean", result.Mean, result.Clusters.Count > 0 ? result.TotalMergeTime.TotalMilliseconds / result.Clusters.Count : 0));
        text.Append(CultureInfo.InvariantCulture, $"{result.Clusters.Count} clusters; merge time total {result.TotalMergeTime.TotalMilliseconds:F0} ms, ")
            .Append(CultureInfo.InvariantCulture, $"median {result.MedianMergeTime.TotalMilliseconds:F1} ms, {result.ClustersPerSecond:F1} clusters/s; ")
            .Append(CultureInfo.InvariantCulture, $"elapsed {result.Elapsed.TotalSeconds:F2} s")
            .AppendLine();
        return text.ToString();
    }

    private static string Row(string name, RougeScores s, double milliseconds) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{name,-12} {Cells(s.Rouge1)} | {Cells(s.Rouge2)} | {Cells(s.RougeL)} | {milliseconds,5:F1}");

    private static string Cells(RougeScore s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Recall * 100,5:F2} {s.Precision * 100,5:F2} {s.F1 * 100,5:F2}");
}
