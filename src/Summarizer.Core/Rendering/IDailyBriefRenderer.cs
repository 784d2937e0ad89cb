using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>Renders a day's multi-story brief into one output format.</summary>
public interface IDailyBriefRenderer
{
    /// <summary>The format's name, also the file extension (<c>md</c>, <c>json</c>, <c>html</c>).</summary>
    string Format { get; }

    string Render(DailyBrief brief);
}
