using Microsoft.Extensions.AI;
using Summarizer.Telemetry;

namespace Summarizer.Connectors.Telemetry;

/// <summary>
/// The library's GenAI spans and <c>gen_ai.client.*</c> metrics for model calls (<c>UseOpenTelemetry</c>), under
/// <see cref="SummarizerTelemetry.ModelCallsSourceName"/>. Message text is never recorded: prompts carry article text.
/// </summary>
internal static class ModelCallSpans
{
    public static ChatClientBuilder UseModelCallSpans(this ChatClientBuilder builder) =>
        // The library would otherwise take OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT from the environment.
        builder.UseOpenTelemetry(loggerFactory: null, sourceName: SummarizerTelemetry.ModelCallsSourceName, configure: client => client.EnableSensitiveData = false);
}
