using Summarizer.Documents;

namespace Summarizer.Rendering;

/// <summary>
/// Renders a day's <c>brief.json</c>: <c>stories</c> holds, per story, the <c>sources</c>, <c>merged</c>,
/// <c>checks</c> and <c>failures</c> of a single-story <c>brief.json</c>; run-wide fields sit at the top.
/// </summary>
public sealed class JsonDailyBriefRenderer : IDailyBriefRenderer
{
    public string Format => "json";

    public string Render(DailyBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return JsonBriefRenderer.Serialize(DailyBriefJson.From(brief));
    }
}
