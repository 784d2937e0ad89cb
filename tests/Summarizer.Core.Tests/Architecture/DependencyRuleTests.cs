// The dependency rule of Summarizer.Core, bottom layer first (the table: tests/Summarizer.TestSupport/Architecture/Layering.cs):
//   Documents, Text         records and the contracts over them (IBriefEnricher, UrlNormalizer); text utilities. Use nothing of ours.
//   Chunking, Prompts       sentences and tokens; prompt files
//   Chat | Cleaning | Ingestion | Checking | Facts | Stories | Rendering    model-call plumbing, and stages that stand alone
//   Summarization -> Merging -> Extractive    a merger reads summaries; the offline engine implements both
//   Evaluation | Connectors                  (Connectors: Core's contracts and exceptions, never Pipeline)
//   Pipeline                composes the stages; stages never use it
//   Scheduling -> Cli       on top
// A namespace uses only lower layers; inside one entry (Merging and Merging.Agreement) arrows are free but must not form a cycle.
// Uses are read from metadata and IL (lambdas and state machines count for their outer type) and from using lines.
using Summarizer.Documents;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Architecture;

namespace Summarizer.Core.Tests.Architecture;

public class DependencyRuleTests
{
    private static readonly Lazy<NamespaceGraph> Core = new(() => NamespaceGraph.Of(
        "Summarizer",
        [typeof(Brief).Assembly],
        [Path.Combine(RepoPaths.Root, "src", "Summarizer.Core")]));

    [Fact]
    public void Core_namespaces_use_only_lower_layers()
    {
        Assert.NotEmpty(Core.Value.Arrows);
        var (wrong, unplaced) = Layering.Check(Core.Value);

        Assert.True(unplaced.Count == 0, "Namespaces missing from Layering.Layers:\n" + string.Join("\n", unplaced));
        Assert.True(wrong.Count == 0, "Arrows against the layer order:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void Core_has_no_namespace_cycles()
    {
        var cycles = Core.Value.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n\n", cycles.Select(c => string.Join("\n", c))));
    }

    [Fact]
    public void Documents_use_no_other_namespace_of_ours()
    {
        var documents = Core.Value.Arrows.Where(a => a.From == "Summarizer.Documents").ToList();

        Assert.True(documents.Count == 0, string.Join("\n", documents));
    }
}
