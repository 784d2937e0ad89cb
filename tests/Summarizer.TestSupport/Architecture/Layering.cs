namespace Summarizer.TestSupport.Architecture;

/// <summary>
/// The dependency rule of the solution, bottom layer first. A namespace belongs to the first entry that
/// is it or its parent ("Summarizer.Ingestion" holds Summarizer.Ingestion.Http); a namespace may use
/// namespaces of its own entry and of lower layers only, never of its own layer's other entries or above.
/// </summary>
public static class Layering
{
    public static readonly IReadOnlyList<string[]> Layers =
    [
        // The records passed between stages and the contracts over them; shared text utilities; the spans and
        // instruments every layer reports to. Use nothing of ours.
        ["Summarizer.Documents", "Summarizer.Text", "Summarizer.Telemetry"],

        // Low-level building blocks: sentences and tokens; prompt files.
        ["Summarizer.Chunking", "Summarizer.Prompts"],

        // Stages that stand alone, and the model-call plumbing (option keys, provider exceptions, structured replies).
        // Facts: typed facts of each source and their alignment across sources (Merging reads them; Checking never does).
        ["Summarizer.Chat", "Summarizer.Cleaning", "Summarizer.Ingestion", "Summarizer.Checking", "Summarizer.Facts", "Summarizer.Stories", "Summarizer.Rendering"],

        // Summarize each source, then merge them (a merger reads the summaries and their options).
        ["Summarizer.Summarization"],
        ["Summarizer.Merging"],

        // The offline engine implements both the summarizer and the merger.
        ["Summarizer.Extractive"],

        // Scoring, and the model connectors (they know Core's contracts, never the pipeline).
        ["Summarizer.Evaluation", "Summarizer.Connectors"],

        // Composes the stages.
        ["Summarizer.Pipeline"],

        // The daily job, and the pipeline as Semantic Kernel functions (neither uses the other).
        ["Summarizer.Scheduling", "Summarizer.SemanticKernel"],

        // The command line on top.
        ["Summarizer.Cli"],
    ];

    /// <summary>The entry <paramref name="ns"/> belongs to, or null when the table does not place it.</summary>
    public static string? EntryOf(string ns) => Layers.SelectMany(l => l)
        .FirstOrDefault(e => ns == e || ns.StartsWith(e + ".", StringComparison.Ordinal));

    /// <summary>0 for the bottom layer.</summary>
    public static int LayerOf(string entry) => Layers.Select((l, i) => (l, i)).Single(x => x.l.Contains(entry)).i;

    /// <summary>The arrows of <paramref name="graph"/> that break the rule, and the namespaces it does not place.</summary>
    public static (IReadOnlyList<NamespaceArrow> Wrong, IReadOnlyList<string> Unplaced) Check(NamespaceGraph graph)
    {
        var unplaced = graph.Arrows.SelectMany(a => new[] { a.From, a.To }).Distinct().Where(ns => EntryOf(ns) is null).Order().ToList();
        var wrong = graph.Arrows
            .Where(a => EntryOf(a.From) is { } from && EntryOf(a.To) is { } to && from != to && LayerOf(to) >= LayerOf(from))
            .ToList();
        return (wrong, unplaced);
    }
}
