using System.Text;
using System.Xml;

namespace Summarizer.Prompts;

/// <summary>
/// Turns a prompt Semantic Kernel rendered into chat messages: SK's chat syntax is XML, <c>&lt;message role="..."&gt;</c>
/// elements whose text is XML-decoded; a prompt without them is one user message. SK's template engine encodes every
/// variable value (<c>&lt;</c> becomes <c>&amp;lt;</c>), so a value can never open or close a message: it is decoded
/// back to its own text inside the message the template put it in.
/// </summary>
/// <remarks>
/// SK's own reader (ChatPromptParser) is internal, and on malformed XML it silently sends the whole prompt, tags and
/// encoded values included, as one user message. This one reads the same syntax the same way (parsed as SK parses it,
/// text trimmed), but a prompt it cannot read is an error, and the template is checked when it is loaded.
/// </remarks>
internal static class ChatPromptReader
{
    private static readonly string[] Roles = ["system", "user", "assistant"];

    /// <summary>The messages of a rendered prompt.</summary>
    /// <exception cref="PromptFormatException">The prompt is not well-formed SK chat syntax.</exception>
    public static IReadOnlyList<PromptMessage> Read(string prompt, string name, string origin)
    {
        var root = Parse(prompt, name, origin);
        var messages = new List<PromptMessage>();
        foreach (XmlNode node in root.ChildNodes)
        {
            switch (node)
            {
                case XmlElement { Name: "message" } message when message.GetAttribute("role") is var role && Roles.Contains(role, StringComparer.Ordinal):
                    if (message.ChildNodes.OfType<XmlElement>().FirstOrDefault() is { } nested)
                    {
                        throw Malformed(name, origin, $"its <message> holds a <{nested.Name}> element; write a literal < as &lt;");
                    }

                    messages.Add(new PromptMessage(role, message.InnerText.Trim()));
                    break;
                case XmlElement element:
                    throw Malformed(name, origin, $"it has <{element.Name}{Role(element)}>; only <message role=\"system|user|assistant\"> elements are read (write a literal < as &lt;)");
                case XmlText or XmlCDataSection or XmlSignificantWhitespace when messages.Count > 0 || HasElement(root):
                    if (!string.IsNullOrWhiteSpace(node.Value))
                    {
                        throw Malformed(name, origin, $"it has text outside its <message> blocks: '{node.Value.Trim()}'");
                    }

                    break;
                default:
                    break;
            }
        }

        return messages.Count > 0 ? messages : [new PromptMessage("user", root.InnerText.Trim())];
    }

    /// <summary>Checks a template with its placeholders removed: values are encoded, so they cannot change what it parses to.</summary>
    /// <exception cref="PromptFormatException">The template is not well-formed SK chat syntax.</exception>
    public static void CheckTemplate(string name, string origin, string templateWithoutPlaceholders) =>
        _ = Read(templateWithoutPlaceholders, name, origin);

    /// <summary>
    /// Drops what XML 1.0 cannot carry (control characters other than tab, line feed and carriage return, lone
    /// surrogates, U+FFFE and U+FFFF): SK does not encode them, and one would make the rendered prompt unreadable.
    /// </summary>
    public static string XmlSafe(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var firstBad = IndexOfInvalid(value, 0);
        if (firstBad < 0)
        {
            return value;
        }

        var kept = new StringBuilder(value.Length);
        var start = 0;
        for (var bad = firstBad; bad >= 0; bad = IndexOfInvalid(value, start))
        {
            kept.Append(value, start, bad - start);
            start = bad + 1;
        }

        return kept.Append(value, start, value.Length - start).ToString();
    }

    private static int IndexOfInvalid(string value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return i;
            }
        }

        return -1;
    }

    // The same wrapping SK uses, so a template reads here exactly as it reads in SK.
    private static XmlElement Parse(string prompt, string name, string origin)
    {
        var document = new XmlDocument { XmlResolver = null };
        try
        {
            document.LoadXml($"<root>{prompt}</root>");
        }
        catch (XmlException e)
        {
            throw Malformed(name, origin, $"it is not well-formed XML ({e.Message}); write a literal < as &lt; and & as &amp;", e);
        }

        return document.DocumentElement!;
    }

    private static bool HasElement(XmlElement root) => root.ChildNodes.OfType<XmlElement>().Any();

    private static string Role(XmlElement element) => element.HasAttribute("role") ? $" role=\"{element.GetAttribute("role")}\"" : string.Empty;

    private static PromptFormatException Malformed(string name, string origin, string problem, Exception? inner = null)
    {
        var message = $"Prompt '{name}' ({origin}) cannot be read as Semantic Kernel chat messages: {problem}.";
        return inner is null ? new PromptFormatException(message) : new PromptFormatException(message, inner);
    }
}
