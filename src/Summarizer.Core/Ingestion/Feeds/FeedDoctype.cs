using System.Text.RegularExpressions;

namespace Summarizer.Ingestion.Feeds;

/// <summary>
/// The only part of a DOCTYPE a feed parser uses: internal entities whose value is plain text
/// (<c>&lt;!ENTITY id "tag:example.com,"&gt;</c>). Nothing is ever fetched or expanded recursively: a
/// document declaring an external (SYSTEM/PUBLIC) or parameter entity, or one whose value holds markup or
/// another reference, is refused, and expansions are capped in total so a small document cannot grow huge.
/// </summary>
internal sealed partial class FeedDoctype
{
    private const int MaxExpandedChars = 1_000_000;

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private int _expanded;

    /// <exception cref="FeedFormatException">An entity that is refused for safety.</exception>
    public void Read(ReadOnlySpan<char> internalSubset)
    {
        var subset = internalSubset.ToString();
        foreach (Match declaration in EntityPattern().Matches(subset))
        {
            var body = declaration.Groups[1].Value.Trim();
            var plain = PlainEntityPattern().Match(body);
            if (!plain.Success)
            {
                throw new FeedFormatException("not a feed: the document declares external, parameter or nested entities, which are refused for safety");
            }

            _values.TryAdd(plain.Groups[1].Value, plain.Groups[3].Value);
        }
    }

    /// <exception cref="FeedFormatException">The expansions pass the cap.</exception>
    public bool TryExpand(string name, out string value)
    {
        if (!_values.TryGetValue(name, out value!))
        {
            return false;
        }

        _expanded += value.Length;
        if (_expanded > MaxExpandedChars)
        {
            throw new FeedFormatException("not a feed: its entities expand past the size cap, which is refused for safety");
        }

        return true;
    }

    [GeneratedRegex(@"<!ENTITY\s([^>]*)>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EntityPattern();

    // name "value" or name 'value', where the value holds no markup, reference or parameter sign.
    [GeneratedRegex("""^([A-Za-z_][\w.-]*)\s+(["'])([^"'&<%]{0,1000})\2$""", RegexOptions.CultureInvariant)]
    private static partial Regex PlainEntityPattern();
}
