using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Summarizer.Evaluation.Feeds;

/// <summary>How a check over a feed came out: true, false, about a field we do not model, or a lookup that failed.</summary>
internal enum Truth
{
    True,
    False,
    Unknown,
    Error,
}

/// <summary>How a modeled field compares with an expected literal.</summary>
internal enum FieldKind
{
    Text,
    Url,
    DateTuple,
    DateString,
}

/// <summary>A value of the expression language; the scorer's own small model of feedparser's result.</summary>
internal abstract record ExpectValue
{
    /// <summary>Something feedparser has that we do not model: checks on it are left out.</summary>
    public static readonly ExpectValue Unmodeled = new Marker("unmodeled");

    /// <summary>A modeled key that is absent (feedparser's KeyError / IndexError): the check fails.</summary>
    public static readonly ExpectValue Fault = new Marker("fault");

    public static readonly ExpectValue None = new Marker("None");

    private sealed record Marker(string Name) : ExpectValue;
}

internal sealed record LiteralValue(object Value) : ExpectValue;

internal sealed record ListValue(IReadOnlyList<ExpectValue> Items) : ExpectValue;

internal sealed record TruthValue(Truth Truth) : ExpectValue;

internal sealed record FieldValue(FieldKind Kind, object? Value) : ExpectValue;

/// <summary>feedparser's <c>title_detail</c>-style dictionary: only one key (<paramref name="Key"/>) is modeled.</summary>
internal sealed record DetailValue(FieldValue Field, string Key = "value") : ExpectValue;

/// <summary>feedparser's <c>content</c> list: one element when the entry has a body.</summary>
internal sealed record ContentListValue(FieldValue Field) : ExpectValue;

internal sealed record FeedNode(FeedView Feed) : ExpectValue;

internal sealed record EntriesNode(IReadOnlyList<EntryView> Entries) : ExpectValue;

/// <summary>An entry, or (when <see cref="Entry"/> is null) one past the end of the list.</summary>
internal sealed record EntryNode(EntryView? Entry) : ExpectValue;

/// <summary>Field lookups and comparisons with the normalisation the scorer applies.</summary>
internal static partial class ExpectFields
{
    public static ExpectValue Feed(FeedView feed, string key) => key switch
    {
        "title" => new FieldValue(FieldKind.Text, feed.Title),
        "title_detail" => new DetailValue(new FieldValue(FieldKind.Text, feed.Title)),
        _ => ExpectValue.Unmodeled,
    };

    /// <summary>A key of an entry; an entry past the end of the list has every modeled field absent.</summary>
    public static ExpectValue Entry(EntryView? entry, string key) =>
        EntryField(entry ?? new EntryView(null, null, null, null, null, null, null), key) ?? ExpectValue.Unmodeled;

    private static ExpectValue? EntryField(EntryView e, string key) => key switch
    {
        "title" => new FieldValue(FieldKind.Text, e.Title),
        "title_detail" => new DetailValue(new FieldValue(FieldKind.Text, e.Title)),
        "link" => new FieldValue(FieldKind.Url, e.Link),
        "id" or "guid" => new FieldValue(FieldKind.Url, e.Id),
        "published" => new FieldValue(FieldKind.DateString, e.Published),
        "published_parsed" => new FieldValue(FieldKind.DateTuple, e.Published),

        // feedparser fills the summary from the content when an entry has no summary of its own.
        "summary" or "description" => new FieldValue(FieldKind.Text, e.Summary ?? e.Content),
        "summary_detail" => new DetailValue(new FieldValue(FieldKind.Text, e.Summary ?? e.Content)),
        "content" => new ContentListValue(new FieldValue(FieldKind.Text, e.Content)),
        "author" => new FieldValue(FieldKind.Text, e.Author),
        "author_detail" => new DetailValue(new FieldValue(FieldKind.Text, e.Author), "name"),
        _ => null,
    };

    /// <summary>Compares a modeled field with an expected literal; Unknown when the literal is of a kind we cannot compare.</summary>
    public static Truth AreEqual(FieldValue field, ExpectValue expected)
    {
        if (field.Value is null)
        {
            return Truth.Error;
        }

        return (field.Kind, expected) switch
        {
            (FieldKind.Text, LiteralValue { Value: string s }) => Of(SameText((string)field.Value, s)),
            (FieldKind.Url, LiteralValue { Value: string s }) => Of(SameAddress((string)field.Value, s)),
            (FieldKind.DateTuple, ListValue { Items.Count: >= 6 } tuple) => SameInstant((DateTimeOffset)field.Value, tuple),
            (FieldKind.DateString, LiteralValue { Value: string s }) =>
                DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
                    ? Of(when == (DateTimeOffset)field.Value)
                    : Truth.Unknown,
            _ => Truth.Unknown,
        };
    }

    /// <summary>
    /// feedparser gives a field as HTML or as text depending on its type, and so may a parser under test: the
    /// values match when they read the same taken either way (as written, whitespace collapsed, or as HTML).
    /// </summary>
    public static bool SameText(string actual, string expected)
    {
        string[] ours = [Collapse(actual), AsText(actual)];
        string[] theirs = [Collapse(expected), AsText(expected)];
        return ours.Any(o => theirs.Contains(o, StringComparer.Ordinal));
    }

    public static bool Contains(FieldValue field, string part) =>
        field.Value is string s && AsText(s).Contains(AsText(part), StringComparison.Ordinal);

    /// <summary>
    /// Text as a reader sees it: tags dropped, entities decoded, whitespace collapsed, so a parser may give
    /// HTML or text for the same field. The scorer's own code, sharing nothing with the parser.
    /// </summary>
    public static string AsText(string value)
    {
        var text = TagPattern().Replace(value, " ");
        text = WebUtility.HtmlDecode(text);
        return SpacePattern().Replace(text, " ").Trim();
    }

    private static string Collapse(string value) => SpacePattern().Replace(value, " ").Trim();

    public static Truth Of(bool value) => value ? Truth.True : Truth.False;

    private static bool SameAddress(string actual, string expected) =>
        string.Equals(actual, expected, StringComparison.Ordinal)
        || (Uri.TryCreate(actual, UriKind.Absolute, out var a) && Uri.TryCreate(expected, UriKind.Absolute, out var b) && a == b);

    private static Truth SameInstant(DateTimeOffset actual, ListValue tuple)
    {
        var parts = new int[6];
        for (var i = 0; i < 6; i++)
        {
            if (tuple.Items[i] is not LiteralValue { Value: long n })
            {
                return Truth.Unknown;
            }

            parts[i] = (int)n;
        }

        var utc = actual.UtcDateTime;
        return Of(utc.Year == parts[0] && utc.Month == parts[1] && utc.Day == parts[2] && utc.Hour == parts[3] && utc.Minute == parts[4] && utc.Second == parts[5]);
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();
}
