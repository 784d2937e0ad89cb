// The dependency rule over the whole solution: Core (see tests/Summarizer.Core.Tests/Architecture/DependencyRuleTests.cs
// for its layers), then Connectors (Core's contracts and exceptions, never Pipeline), Scheduling, Cli on top; the table is
// tests/Summarizer.TestSupport/Architecture/Layering.cs.
// Connectors is looked at as one node for cycles: its root namespace holds both what its folders share (ConnectorOptions,
// StreamingAdapter) and what composes them (ChatClientFactory), and splitting that would move public types.
using Summarizer.Cli.Commands;
using Summarizer.Connectors;
using Summarizer.Documents;
using Summarizer.Scheduling.Config;
using Summarizer.TestSupport;
using Summarizer.TestSupport.Architecture;

namespace Summarizer.Cli.Tests.Architecture;

public class DependencyRuleTests
{
    private const string SelfComposed = "Summarizer.Connectors";

    private static readonly Lazy<NamespaceGraph> Solution = new(() => NamespaceGraph.Of(
        "Summarizer",
        [typeof(Brief).Assembly, typeof(ConnectorOptions).Assembly, typeof(DailyConfig).Assembly, typeof(CliApp).Assembly],
        [.. new[] { "Summarizer.Core", "Summarizer.Connectors", "Summarizer.Scheduling", "Summarizer.Cli" }.Select(p => Path.Combine(RepoPaths.Root, "src", p))]));

    [Fact]
    public void Every_namespace_uses_only_lower_layers()
    {
        Assert.Contains(Solution.Value.Arrows, a => a.From.StartsWith("Summarizer.Cli", StringComparison.Ordinal));
        var (wrong, unplaced) = Layering.Check(Solution.Value);

        Assert.True(unplaced.Count == 0, "Namespaces missing from Layering.Layers:\n" + string.Join("\n", unplaced));
        Assert.True(wrong.Count == 0, "Arrows against the layer order:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void There_are_no_namespace_cycles()
    {
        var cycles = Solution.Value.Cycles(ns => ns.StartsWith(SelfComposed, StringComparison.Ordinal) ? SelfComposed : ns);

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n\n", cycles.Select(c => string.Join("\n", c))));
    }
}
