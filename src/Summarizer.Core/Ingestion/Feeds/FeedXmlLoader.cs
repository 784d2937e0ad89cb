using System.Xml;
using System.Xml.Linq;

namespace Summarizer.Ingestion.Feeds;

/// <summary>The element tree of a feed, and where it broke when the document was cut short or malformed.</summary>
/// <param name="Root">The root element (with whatever was read before a break).</param>
/// <param name="Break">Null for a well-formed document; else one line saying where reading stopped.</param>
internal sealed record FeedXml(XElement Root, string? Break);

/// <summary>
/// Builds the element tree from a strict XML reader (no DTD, no resolver) while enforcing the caps that keep a
/// hostile document cheap: nesting depth and size. A document that breaks after its root element opened keeps
/// what was read before the break (feeds are often truncated); one that breaks before is refused.
/// </summary>
internal static class FeedXmlLoader
{
    /// <summary>Deeper than any real feed (xhtml content included); a deeper document is refused at once.</summary>
    public const int MaxDepth = 128;

    /// <summary>Characters in the (repaired) document; larger is refused.</summary>
    public const int MaxCharacters = 20_000_000;

    /// <exception cref="FeedFormatException">Not XML, too deep or too large; the message is one line.</exception>
    public static FeedXml Load(string text)
    {
        if (text.Length > MaxCharacters)
        {
            throw new FeedFormatException($"not a feed: the document is larger than the cap of {MaxCharacters:N0} characters");
        }

        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
        });
        var open = new Stack<XElement>();
        XElement? root = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.Element:
                        if (open.Count >= MaxDepth)
                        {
                            throw new FeedFormatException($"not a feed: elements nest deeper than {MaxDepth} levels, which is refused");
                        }

                        var element = ReadStartTag(reader);
                        if (open.TryPeek(out var parent))
                        {
                            parent.Add(element);
                        }
                        else
                        {
                            root ??= element;
                        }

                        if (!reader.IsEmptyElement)
                        {
                            open.Push(element);
                        }

                        break;
                    case XmlNodeType.EndElement:
                        open.Pop();
                        break;
                    case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when open.Count > 0:
                        open.Peek().Add(new XText(reader.Value));
                        break;
                    case XmlNodeType.CDATA when open.Count > 0:
                        open.Peek().Add(new XCData(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException ex)
        {
            if (root is null)
            {
                throw;
            }

            return new FeedXml(root, Where(ex));
        }

        return root is null ? throw new FeedFormatException("not a feed: the document has no root element") : new FeedXml(root, null);
    }

    public static string Where(XmlException ex) =>
        (ex.LineNumber > 0 ? $"at line {ex.LineNumber}, position {ex.LinePosition} " : string.Empty) + $"({ex.Message.Split('\n')[0].Trim()})";

    private static XElement ReadStartTag(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                // Names are resolved already; the declarations themselves are not needed.
                if (reader.NamespaceURI != "http://www.w3.org/2000/xmlns/")
                {
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return element;
    }
}
