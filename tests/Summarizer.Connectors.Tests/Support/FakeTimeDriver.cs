using Summarizer.TestSupport;

namespace Summarizer.Connectors.Tests.Support;

/// <summary>
/// Moves a <see cref="FakeTimeProvider"/> forward in small steps while a call runs against the real
/// (in-process) server, so back-off delays and timeouts elapse in no real time.
/// </summary>
public static class FakeTimeDriver
{
    public static async Task<T> RunAsync<T>(this FakeTimeProvider time, Task<T> call, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var stepBy = step ?? TimeSpan.FromMilliseconds(250);
        var deadline = time.GetUtcNow() + (limit ?? TimeSpan.FromHours(2));
        while (!call.IsCompleted)
        {
            // Let real work (HTTP round trips) progress before moving the clock again.
            await Task.WhenAny(call, Task.Delay(2));
            if (call.IsCompleted)
            {
                break;
            }

            if (time.GetUtcNow() > deadline)
            {
                throw new TimeoutException("The call did not finish within the fake-time limit.");
            }

            time.Advance(stepBy);
        }

        return await call;
    }

    public static async Task RunAsync(this FakeTimeProvider time, Task call, TimeSpan? step = null) =>
        await time.RunAsync(WithResult(call), step);

    private static async Task<bool> WithResult(Task call)
    {
        await call;
        return true;
    }
}
