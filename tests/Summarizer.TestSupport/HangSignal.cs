namespace Summarizer.TestSupport;

/// <summary>
/// Counts and stamps the requests a fake server starts holding, and signals each one: the <see cref="IHangSignal"/> a
/// server (or a test standing in for one) owns and calls <see cref="Hold"/> on.
/// </summary>
public sealed class HangSignal : IHangSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;
    private long _last;

    public int HangsStarted => Volatile.Read(ref _started);

    public long LastHangOrder => Volatile.Read(ref _last);

    public Task NextHang
    {
        get
        {
            lock (_gate)
            {
                return _next.Task;
            }
        }
    }

    /// <summary>A request is being held from now on.</summary>
    public void Hold()
    {
        lock (_gate)
        {
            _started++;
            Volatile.Write(ref _last, FakeEventOrder.Next());
            var next = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            next.SetResult();
        }
    }
}
