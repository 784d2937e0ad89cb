using System.Text;
using BenchmarkDotNet.Attributes;
using Summarizer.Ingestion.Feeds;

namespace Summarizer.Benchmarks.Ingestion;

/// <summary>
/// The feed parser on hostile and ordinary input: a 1 MB document of nothing but nesting must be refused fast
/// (issue target: under 100 ms), and a plain 200-item RSS feed shows the cost of the repairs on good input.
/// Run: <c>dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter *FeedParserBenchmarks* --inProcess</c>
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class FeedParserBenchmarks
{
    private const int OneMegabyte = 1024 * 1024;
    private static readonly Uri FeedUrl = new("https://feeds.example.test/news.xml");
    private string _deepNesting = "";
    private string _ordinaryFeed = "";

    [GlobalSetup]
    public void Setup()
    {
        _deepNesting = DeepNesting();
        _ordinaryFeed = OrdinaryFeed(items: 200);
    }

    /// <summary>Parses a 1 MB feed whose item description nests <c>&lt;d&gt;</c> elements as deep as the size allows.</summary>
    [Benchmark]
    public string RefuseDeepNesting()
    {
        try
        {
            return FeedParser.Parse(_deepNesting, FeedUrl).Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FeedFormatException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Parses a well-formed RSS 2.0 feed of 200 items with HTML descriptions.</summary>
    [Benchmark(Baseline = true)]
    public int ParseOrdinaryFeed() => FeedParser.Parse(_ordinaryFeed, FeedUrl).Items.Count;

    private static string DeepNesting()
    {
        const string head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>i</title><description>";
        const string tail = "</description></item></channel></rss>";
        var levels = (OneMegabyte - head.Length - tail.Length) / "<d></d>".Length;
        var builder = new StringBuilder(OneMegabyte);
        builder.Append(head);
        for (var i = 0; i < levels; i++)
        {
            builder.Append("<d>");
        }

        for (var i = 0; i < levels; i++)
        {
            builder.Append("</d>");
        }

        return builder.Append(tail).ToString();
    }

    private static string OrdinaryFeed(int items)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Desk</title>");
        for (var i = 0; i < items; i++)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"<item><title>Story {i}</title><link>https://news.example.test/{i}</link><guid>id-{i}</guid>"
                + $"<pubDate>Mon, 30 Nov 2026 0{i % 10}:15:00 GMT</pubDate>"
                + $"<description>&lt;p&gt;First paragraph of story {i}.&lt;/p&gt;&lt;p&gt;Second paragraph &amp;amp; more.&lt;/p&gt;</description></item>");
        }

        return builder.Append("</channel></rss>").ToString();
    }
}
