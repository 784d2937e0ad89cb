using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Support;

/// <summary>
/// Runs a model call against the in-process server on a fake clock: back-off and Retry-After delays elapse
/// at once, and the per-attempt and total timeouts fire only while the server holds a request unanswered.
/// </summary>
public static class FakeTimeDriver
{
    public static Task<T> RunAsync<T>(this FakeClock time, Task<T> call, ConnectorOptions options, FakeOpenAIServer server) =>
        time.RunAsync(call, [options.AttemptTimeout, options.TotalTimeout], server);

    public static Task RunAsync(this FakeClock time, Task call, ConnectorOptions options, FakeOpenAIServer server) =>
        time.RunAsync(call, [options.AttemptTimeout, options.TotalTimeout], server);
}
