using Summarizer.Core.Tests.Architecture.Samples;
using Summarizer.TestSupport.Architecture;

namespace Summarizer.Core.Tests.Architecture;

/// <summary>The rule is only as good as the reader: uses hidden in method bodies must be seen.</summary>
public class DependencyReaderTests
{
    [Theory]
    [InlineData(typeof(UsesInLambda))]
    [InlineData(typeof(UsesInAsyncMethod))]
    [InlineData(typeof(UsesInIterator))]
    [InlineData(typeof(UsesInCatch))]
    [InlineData(typeof(UsesAsGenericArgument))]
    [InlineData(typeof(UsesStaticField))]
    [InlineData(typeof(UsesInTypeTest))]
    [InlineData(typeof(UsesInTypeof))]
    public void A_use_inside_a_method_body_is_seen(Type user)
    {
        Assert.Contains(typeof(Target), TypeReferences.UsedBy(user).Select(u => u.Target));
    }

    [Fact]
    public void A_type_that_does_not_use_the_target_is_not_said_to()
    {
        Assert.DoesNotContain(typeof(Target), TypeReferences.UsedBy(typeof(UsesNothing)).Select(u => u.Target));
    }

    [Fact]
    public void An_arrow_up_the_layers_is_reported_with_its_example()
    {
        var graph = new NamespaceGraph([
            new("Summarizer.Summarization", "Summarizer.Documents", "ok"),
            new("Summarizer.Documents", "Summarizer.Pipeline", "Brief -> SummaryPipeline in Brief.Run calls RunAsync"),
            new("Summarizer.Merging", "Summarizer.Chat", "ok"),
            new("Summarizer.Checking", "Summarizer.Cleaning", "same layer"),
        ]);

        var (wrong, unplaced) = Layering.Check(graph);

        Assert.Empty(unplaced);
        Assert.Equal(
            ["Summarizer.Checking -> Summarizer.Cleaning   (e.g. same layer)", "Summarizer.Documents -> Summarizer.Pipeline   (e.g. Brief -> SummaryPipeline in Brief.Run calls RunAsync)"],
            wrong.Select(a => a.ToString()));
    }

    [Fact]
    public void A_namespace_the_table_does_not_place_is_reported()
    {
        var (_, unplaced) = Layering.Check(new NamespaceGraph([new("Summarizer.Misc", "Summarizer.Documents", "x")]));

        Assert.Equal(["Summarizer.Misc"], unplaced);
    }

    [Fact]
    public void A_cycle_is_found_with_its_arrows_and_nothing_else()
    {
        var graph = new NamespaceGraph([
            new("A", "B", "a->b"),
            new("B", "C", "b->c"),
            new("C", "A", "c->a"),
            new("C", "D", "c->d"),
            new("D", "E", "d->e"),
        ]);

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["A -> B", "B -> C", "C -> A"], cycle.Select(a => $"{a.From} -> {a.To}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Cycles_can_be_looked_at_between_groups_of_namespaces()
    {
        var graph = new NamespaceGraph([new("X", "X.Sub", "x->sub"), new("X.Sub", "X", "sub->x"), new("X.Sub", "Y", "sub->y")]);

        Assert.Single(graph.Cycles());
        Assert.Empty(graph.Cycles(ns => ns.Split('.')[0]));
    }
}
