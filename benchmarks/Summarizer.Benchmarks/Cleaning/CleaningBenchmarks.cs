using BenchmarkDotNet.Attributes;
using Summarizer.Cleaning;
using Summarizer.Documents;

namespace Summarizer.Benchmarks.Cleaning;

/// <summary>
/// Extraction plus text cleaning over the 91 pages of the extraction benchmark, on one thread.
/// Pages per second = 91 / (mean time of <see cref="CleanAllPages"/>).
/// Run: <c>dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter *CleaningBenchmarks*</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CleaningBenchmarks
{
    private readonly IArticleCleaner _cleaner = ArticleCleaners.CreateDefault();
    private readonly HtmlMainText _extractor = new(CleaningOptions.Default);
    private RawArticle[] _pages = [];

    /// <summary>Benchmark folder; defaults to ../shared/eval/extraction beside the repository.</summary>
    public static string DatasetFolder =>
        Environment.GetEnvironmentVariable("SUMMARIZER_EXTRACTION_EVAL") ?? FindDataset();

    [GlobalSetup]
    public void Setup() =>
        _pages = Directory.GetFiles(DatasetFolder, "*.html")
            .Order(StringComparer.Ordinal)
            .Select(path => new RawArticle(path, ContentKind.Html, File.ReadAllText(path), ArticleMetadata.Empty))
            .ToArray();

    /// <summary>What the pipeline does per page: main text, metadata, then the text noise rules.</summary>
    [Benchmark(Baseline = true)]
    public int CleanAllPages()
    {
        var words = 0;
        foreach (var page in _pages)
        {
            words += _cleaner.Clean(page).Text.Length;
        }

        return words;
    }

    /// <summary>Main-text extraction alone, for comparison with other extractors.</summary>
    [Benchmark]
    public int ExtractAllPages()
    {
        var length = 0;
        foreach (var page in _pages)
        {
            length += _extractor.ExtractText(page.Content).Length;
        }

        return length;
    }

    private static string FindDataset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "extraction"));
            }
        }

        throw new DirectoryNotFoundException("Extraction benchmark not found; set SUMMARIZER_EXTRACTION_EVAL to its folder.");
    }
}
