using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace Summarizer.Connectors;

/// <summary>
/// The pipeline never streams, so streaming is served by one non-streaming call split into updates.
/// Every decorator routes streaming through its own non-streaming path, so retry, cache and usage
/// apply to both.
/// </summary>
internal static class StreamingAdapter
{
    public static async IAsyncEnumerable<ChatResponseUpdate> ViaResponse(
        Func<CancellationToken, Task<ChatResponse>> call,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var response = await call(cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
