namespace Summarizer.Scheduling.Tests.Support;

/// <summary>Waits, in real time, for background work driven by the fake clock to get somewhere.</summary>
public static class Eventually
{
    public static Task True(Func<bool> condition, string what, int timeoutMs = 10_000) =>
        True(() => Task.FromResult(condition()), what, timeoutMs);

    public static async Task True(Func<Task<bool>> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"timed out waiting for: {what}");
            }

            await Task.Delay(5);
        }
    }
}
