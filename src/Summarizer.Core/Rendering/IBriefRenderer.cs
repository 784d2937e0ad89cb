using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>Renders a brief into one output format.</summary>
public interface IBriefRenderer
{
    /// <summary>The format's name as given to <c>--format</c>, also the file extension.</summary>
    string Format { get; }

    string Render(Brief brief);
}
