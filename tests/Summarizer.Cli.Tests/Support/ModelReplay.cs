using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Summarizer.Cli.Tests.Support;

/// <summary>One statement a replayed model writes, with its label from the answer key.</summary>
/// <param name="Sources">What the model cites (merged statements); empty for per-source statements and unmarked prose.</param>
/// <param name="Error">The planted error's kind, or null for a correct statement.</param>
/// <param name="Bad">The cited sources that do not say it (default: all it cites, or any source for unmarked prose).</param>
/// <param name="AlsoIn">For a "not-single" error: the other independent sources that state it.</param>
internal sealed record KeyedStatement(string Text, IReadOnlyList<int> Sources, string? Error, IReadOnlyList<int>? Bad, IReadOnlyList<int> AlsoIn);

/// <summary>Where a statement stands in the replies: a source's summary or key points, or a section of the merge.</summary>
internal enum ReplySection
{
    SourceSummary,
    SourceKeyPoint,
    MergedSummary,
    KeyPoint,
    Disagreement,
    SingleSource,
}

/// <summary>A keyed statement and where the model wrote it (the source id for per-source statements, the index of its disagreement).</summary>
internal sealed record PlacedStatement(ReplySection Section, int SourceId, KeyedStatement Statement, int Group = -1);

/// <summary>
/// The replies of a capable model for one trust case and their answer key (fixtures/model-replies/NN-slug.json,
/// format in that folder's README): answers the source and merge prompts the pipeline sends, from the prompt's blocks.
/// </summary>
internal sealed partial class ModelReplay
{
    private readonly JsonObject _root;

    private ModelReplay(string file, JsonObject root)
    {
        File = file;
        _root = root;
        Case = root["case"]!.GetValue<string>();
        Untouched = root["untouched"]!.GetValue<bool>();
        foreach (var (id, source) in root["sources"]!.AsObject())
        {
            var sourceId = int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            Statements.AddRange(Read(source!["summary"]).Select(s => new PlacedStatement(ReplySection.SourceSummary, sourceId, s)));
            Statements.AddRange(Read(source!["keyPoints"]).Select(s => new PlacedStatement(ReplySection.SourceKeyPoint, sourceId, s)));
        }

        var merge = root["merge"]!;
        Statements.AddRange(Read(merge["summary"]).Select(s => new PlacedStatement(ReplySection.MergedSummary, 0, s)));
        Statements.AddRange(Read(merge["keyPoints"]).Select(s => new PlacedStatement(ReplySection.KeyPoint, 0, s)));
        Statements.AddRange(merge["disagreements"]!.AsArray().SelectMany((d, i) => Read(d!["claims"]).Select(s => new PlacedStatement(ReplySection.Disagreement, 0, s, i))));
        Statements.AddRange(Read(merge["singleSource"]).Select(s => new PlacedStatement(ReplySection.SingleSource, 0, s)));
    }

    public string File { get; }

    public string Case { get; }

    /// <summary>Replies written with the others but never used to tune the checker: reported apart.</summary>
    public bool Untouched { get; }

    public List<PlacedStatement> Statements { get; } = [];

    public static IReadOnlyList<ModelReplay> LoadAll(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(f => new ModelReplay(f, JsonNode.Parse(System.IO.File.ReadAllText(f))!.AsObject()))];

    /// <summary>The reply to one request: the merge when the prompt holds summary blocks, else the summary of its article.</summary>
    public string Answer(JsonElement body)
    {
        var prompt = string.Join('\n', body.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("role").GetString() == "user")
            .Select(m => m.GetProperty("content").GetString()));
        var block = Block().Match(prompt);
        if (!block.Success)
        {
            throw new InvalidOperationException($"{Case}: a request with no source block");
        }

        if (block.Groups["tag"].Value == "summary")
        {
            var merge = _root["merge"]!;
            return new JsonObject
            {
                ["headline"] = merge["headline"]!.GetValue<string>(),
                ["summary"] = Prose(merge["summary"]),
                ["keyPoints"] = Claims(merge["keyPoints"]),
                ["disagreements"] = new JsonArray([.. merge["disagreements"]!.AsArray().Select(d => (JsonNode)new JsonObject
                {
                    ["topic"] = d!["topic"]!.GetValue<string>(),
                    ["claims"] = Claims(d["claims"]),
                })]),
                ["singleSource"] = Claims(merge["singleSource"]),
            }.ToJsonString();
        }

        var source = _root["sources"]![block.Groups["id"].Value]
            ?? throw new InvalidOperationException($"{Case}: no reply for source {block.Groups["id"].Value}");
        return new JsonObject
        {
            ["summary"] = Prose(source["summary"]),
            ["keyPoints"] = new JsonArray([.. source["keyPoints"]!.AsArray().Select(s => (JsonNode)JsonValue.Create(s!["text"]!.GetValue<string>())!)]),
        }.ToJsonString();
    }

    private static string Prose(JsonNode? statements) => string.Join(' ', statements!.AsArray().Select(s => s!["text"]!.GetValue<string>()));

    private static JsonArray Claims(JsonNode? statements) => new([.. statements!.AsArray().Select(s => (JsonNode)new JsonObject
    {
        ["text"] = s!["text"]!.GetValue<string>(),
        ["sources"] = new JsonArray([.. Ids(s["sources"]).Select(i => (JsonNode)JsonValue.Create(i))]),
    })]);

    private static List<KeyedStatement> Read(JsonNode? statements) =>
        [.. statements!.AsArray().Select(s => new KeyedStatement(
            s!["text"]!.GetValue<string>(),
            Ids(s["sources"]),
            s["error"]?.GetValue<string>(),
            s["bad"] is null ? null : Ids(s["bad"]),
            Ids(s["alsoIn"])))];

    private static List<int> Ids(JsonNode? ids) => ids is null ? [] : [.. ids.AsArray().Select(i => i!.GetValue<int>())];

    [GeneratedRegex(@"<(?<tag>article|summary)-[0-9a-f]+ id=""(?<id>\d+)""", RegexOptions.CultureInvariant)]
    private static partial Regex Block();
}
