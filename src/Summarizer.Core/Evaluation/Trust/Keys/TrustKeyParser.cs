using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Summarizer.Evaluation.Trust.Keys;

/// <summary>
/// Reads a key's YAML into a <see cref="TrustKey"/>. Shape errors (a missing field, a string where a map
/// belongs, a duplicate id) are <see cref="TrustKeyException"/>s naming the key file and the entry.
/// </summary>
internal static class TrustKeyParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static TrustKey Parse(string yaml, string origin)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        object? root;
        try
        {
            root = Yaml.Deserialize<object?>(yaml);
        }
        catch (YamlException e)
        {
            throw new TrustKeyException($"{origin}: not valid YAML: {e.Message}", e);
        }

        var top = new Node(root, origin, "top level").Map();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var key = new TrustKey(
            top.Text("case"),
            top.Text("set"),
            [.. top.List("articles").Select(n => n.Map()).Select(a => new KeyArticle(a.Text("file"), a.OptionalText("outlet"), a.OptionalText("dateline"), Published(a.OptionalText("published"))))],
            [.. top.List("near_copies", required: false).Select(n => n.Map()).Select(c => new NearCopy(c.Text("copy"), c.Text("original")))],
            Entries(top, "facts", ids, e => new KeyFact(e.Id, e.Text("fact"), e.Terms("match"), e.EvidenceOf("says"), e.OptionalEvidenceOf("hedged"))),
            Entries(top, "disagreements", ids, e => new KeyDisagreement(e.Id, e.Text("kind"), e.Text("measure"), [.. e.List("versions").Select(v => Value(v.Map()))])),
            Entries(top, "updates", ids, e => new KeyUpdate(e.Id, e.Text("kind"), e.Text("measure"), e.OptionalText("marker"), Value(e.Child("earlier")), Value(e.Child("later")))),
            Entries(top, "precise", ids, e => new KeyPrecise(e.Id, e.Text("kind"), e.Text("measure"), Value(e.Child("broad")), Value(e.Child("exact")))),
            Entries(top, "variants", ids, e => new KeyVariant(e.Id, e.Text("kind"), e.Text("value"), e.EvidenceOf("forms"))),
            Entries(top, "single_source", ids, e => new KeySingleSource(e.Id, e.Text("fact"), e.Terms("match"), e.Text("file"), e.Terms("copies", required: false), e.EvidenceOf("says"))),
            Entries(top, "quotes", ids, e => new KeyQuote(e.Id, e.Text("kind"), e.Text("speaker"), e.Text("words"), e.EvidenceOf("says"), e.OptionalEvidenceOf("hedged"))),
            Entries(top, "traps", ids, e => new KeyTrap(e.Id, e.Text("claim"), e.EvidenceOf("says"), e.Terms("not"), e.OptionalEvidenceOf("lookalike"))));
        if (key.Set is not ("dev" or "holdout"))
        {
            throw new TrustKeyException($"{origin}: set must be dev or holdout (got '{key.Set}').");
        }

        return key;
    }

    private static KeyValue Value(MapNode node) => new(node.Text("value"), node.EvidenceOf("says"), node.OptionalEvidenceOf("hedged"));

    private static List<T> Entries<T>(MapNode top, string section, HashSet<string> ids, Func<MapNode, T> read) =>
        [.. top.List(section, required: false).Select(n =>
        {
            var entry = n.Map();
            if (!ids.Add(entry.Id))
            {
                throw new TrustKeyException($"{entry.Origin}: entry {entry.Id} in {section}: the id is used twice.");
            }

            return read(entry);
        })];

    /// <summary>A YAML value with where it was found, for messages.</summary>
    private sealed record Node(object? Value, string Origin, string Where)
    {
        public MapNode Map() => Value is Dictionary<object, object> map
            ? new MapNode(map.ToDictionary(p => p.Key.ToString() ?? string.Empty, p => (object?)p.Value, StringComparer.Ordinal), Origin, Where)
            : throw Fail("expected a map");

        public string Scalar() => Value is string s && s.Length > 0 ? s : throw Fail("expected a non-empty string");

        public TrustKeyException Fail(string problem) => new($"{Origin}: {Where}: {problem}.");
    }

    private sealed class MapNode(Dictionary<string, object?> map, string origin, string where)
    {
        public string Origin => origin;

        public string Id => map.TryGetValue("id", out var id) && id is string s ? s : throw new TrustKeyException($"{origin}: {where}: an entry has no id.");

        private string Here => map.TryGetValue("id", out var id) && id is string s ? $"entry {s}" : where;

        public string Text(string field) => Field(field).Scalar();

        public string? OptionalText(string field) => map.TryGetValue(field, out var v) && v is not null ? Field(field).Scalar() : null;

        public MapNode Child(string field) => Field(field).Map();

        public IReadOnlyList<Node> List(string field, bool required = true)
        {
            if (!map.TryGetValue(field, out var v) || v is null)
            {
                return required ? throw new TrustKeyException($"{origin}: {Here}: '{field}' is missing.") : [];
            }

            return v is List<object> list
                ? [.. list.Select((item, i) => new Node(item, origin, $"{field}[{i}]"))]
                : throw new TrustKeyException($"{origin}: {Here}: '{field}' must be a list.");
        }

        public IReadOnlyList<string> Terms(string field, bool required = true) => [.. List(field, required).Select(n => n.Scalar())];

        public Evidence EvidenceOf(string field) => ReadEvidence(Field(field));

        public Evidence OptionalEvidenceOf(string field) => map.TryGetValue(field, out var v) && v is not null ? ReadEvidence(Field(field)) : Evidence.None;

        private Node Field(string field) =>
            map.TryGetValue(field, out var v) && v is not null ? new Node(v, origin, $"{Here}, {field}") : throw new TrustKeyException($"{origin}: {Here}: '{field}' is missing.");

        // file -> a string, or a list of strings when the file states it more than once.
        private static Evidence ReadEvidence(Node node)
        {
            var map = node.Map();
            var strings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var file in map.Fields)
            {
                var value = map.Raw(file);
                strings[file] = value is List<object> list
                    ? [.. list.Select((item, i) => new Node(item, node.Origin, $"{node.Where}, {file}[{i}]").Scalar())]
                    : [new Node(value, node.Origin, $"{node.Where}, {file}").Scalar()];
            }

            return new Evidence(strings);
        }

        private IEnumerable<string> Fields => map.Keys;

        private object? Raw(string field) => map[field];
    }

    private static DateTimeOffset? Published(string? text) =>
        DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var when) ? when : null;
}
