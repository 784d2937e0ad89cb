using System.Text.RegularExpressions;

namespace Summarizer.TestSupport.Architecture;

/// <summary>
/// The namespaces each source file imports. It complements the IL reading: a const or an enum value the
/// compiler inlined leaves nothing in IL, but the file still names the namespace it comes from.
/// </summary>
public static partial class SourceUsings
{
    /// <summary>(file's namespace, imported namespace, file) for every <c>using</c> of a namespace under <paramref name="root"/>.</summary>
    /// <param name="folder">A source folder, read recursively (bin and obj skipped).</param>
    /// <param name="root">Only imports of this namespace or its children count.</param>
    /// <param name="knownNamespaces">Resolves <c>using static</c> and aliases of a type to the type's namespace.</param>
    public static IEnumerable<(string From, string To, string File)> Of(string folder, string root, IReadOnlySet<string> knownNamespaces)
    {
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (FileNamespace().Match(text) is not { Success: true } declared)
            {
                continue;
            }

            foreach (Match import in Import().Matches(text))
            {
                var name = import.Groups["name"].Value;
                if (name != root && !name.StartsWith(root + ".", StringComparison.Ordinal))
                {
                    continue;
                }

                // "using static A.B.Type;" and "using X = A.B.Type;" name a type: keep its namespace.
                while (!knownNamespaces.Contains(name) && name.Contains('.', StringComparison.Ordinal))
                {
                    name = name[..name.LastIndexOf('.')];
                }

                yield return (declared.Groups["name"].Value, name, Path.GetRelativePath(folder, file));
            }
        }
    }

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Import();
}
