namespace Summarizer.TestSupport;

/// <summary>Where the repository and the shared material beside it are, from any test's working directory.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding Summarizer.sln.</summary>
    public static string Root => LazyRoot.Value;

    public static string Fixtures => Path.Combine(Root, "fixtures");

    public static string Prompts => Path.Combine(Root, "prompts");

    /// <summary><c>../shared</c> beside the checkout (CI has it there too).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string Eval => Path.Combine(Shared, "eval");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Summarizer.sln not found above {AppContext.BaseDirectory}.");
    }
}
