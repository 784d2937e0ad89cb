namespace Summarizer.Evaluation.Rouge;

/// <summary>Precision, recall and F1 of one ROUGE measure, each in 0..1.</summary>
internal readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    public static RougeScore From(double overlap, double candidateTotal, double referenceTotal)
    {
        var precision = candidateTotal > 0 ? overlap / candidateTotal : 0;
        var recall = referenceTotal > 0 ? overlap / referenceTotal : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new RougeScore(precision, recall, f1);
    }

    public static RougeScore Mean(IReadOnlyList<RougeScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return default;
        }

        double p = 0, r = 0, f = 0;
        foreach (var s in scores)
        {
            p += s.Precision;
            r += s.Recall;
            f += s.F1;
        }

        return new RougeScore(p / scores.Count, r / scores.Count, f / scores.Count);
    }
}

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of one summary (or a mean over several).</summary>
internal sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL)
{
    public static RougeScores Mean(IReadOnlyList<RougeScores> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return new RougeScores(
            RougeScore.Mean([.. scores.Select(s => s.Rouge1)]),
            RougeScore.Mean([.. scores.Select(s => s.Rouge2)]),
            RougeScore.Mean([.. scores.Select(s => s.RougeL)]));
    }
}
