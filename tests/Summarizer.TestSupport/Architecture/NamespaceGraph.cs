using System.Reflection;

namespace Summarizer.TestSupport.Architecture;

/// <summary>One namespace using another, with the first type pair (or file) found that shows it.</summary>
public sealed record NamespaceArrow(string From, string To, string Example)
{
    public override string ToString() => $"{From} -> {To}   (e.g. {Example})";
}

/// <summary>Which of our namespaces use which.</summary>
public sealed class NamespaceGraph(IEnumerable<NamespaceArrow> arrows)
{
    /// <summary>Every arrow between two different namespaces, one per pair, sorted.</summary>
    public IReadOnlyList<NamespaceArrow> Arrows { get; } = [.. arrows
        .Where(a => a.From != a.To)
        .DistinctBy(a => (a.From, a.To))
        .OrderBy(a => a.From, StringComparer.Ordinal)
        .ThenBy(a => a.To, StringComparer.Ordinal)];

    /// <summary>
    /// The arrows among the types of <paramref name="assemblies"/> (read from metadata and IL) and among the
    /// source files under <paramref name="sourceFolders"/> (their <c>using</c> lines), between namespaces under <paramref name="root"/>.
    /// </summary>
    public static NamespaceGraph Of(string root, IReadOnlyList<Assembly> assemblies, IReadOnlyList<string> sourceFolders)
    {
        var owners = assemblies.SelectMany(a => a.GetTypes()).Where(t => t.DeclaringType is null && InRoot(t.Namespace, root)).ToList();
        var fromCode =
            from owner in owners
            from use in TypeReferences.UsedBy(owner)
            let target = TypeReferences.Owner(use.Target)
            where InRoot(target.Namespace, root)
            select new NamespaceArrow(owner.Namespace!, target.Namespace!, $"{owner.Name} -> {target.Name} in {use.How}");
        var known = owners.Select(t => t.Namespace!).ToHashSet(StringComparer.Ordinal);
        var fromSource =
            from folder in sourceFolders
            from use in SourceUsings.Of(folder, root, known)
            select new NamespaceArrow(use.From, use.To, $"{use.File} has using {use.To}");
        return new NamespaceGraph(fromCode.Concat(fromSource));
    }

    /// <summary>
    /// Each group of nodes that reach one another (a cycle), with the arrows inside it. <paramref name="node"/>
    /// maps a namespace to its node (identity by default), to look at cycles between groups of namespaces.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<NamespaceArrow>> Cycles(Func<string, string>? node = null)
    {
        node ??= ns => ns;
        var between = Arrows.Where(a => node(a.From) != node(a.To)).ToList();
        var next = between.GroupBy(a => node(a.From)).ToDictionary(g => g.Key, g => g.Select(a => node(a.To)).Distinct().ToList());
        var nodes = between.SelectMany(a => new[] { node(a.From), node(a.To) }).Distinct().Order(StringComparer.Ordinal);
        var component = StronglyConnected(nodes, n => next.GetValueOrDefault(n) ?? []);
        return [.. between
            .Where(a => component[node(a.From)] == component[node(a.To)])
            .GroupBy(a => component[node(a.From)])
            .Select(g => (IReadOnlyList<NamespaceArrow>)[.. g])];
    }

    private static bool InRoot(string? ns, string root) =>
        ns is not null && (ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal));

    // Tarjan's algorithm: nodes of one strongly connected component get the same number.
    private static Dictionary<string, int> StronglyConnected(IEnumerable<string> nodes, Func<string, List<string>> next)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var component = new Dictionary<string, int>();
        var stack = new Stack<string>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var to in next(node))
            {
                if (!index.TryGetValue(to, out var seen))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (stack.Contains(to))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == index[node])
            {
                var id = component.Count;
                string member;
                do
                {
                    member = stack.Pop();
                    component[member] = id;
                }
                while (member != node);
            }
        }

        foreach (var node in nodes)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return component;
    }
}
