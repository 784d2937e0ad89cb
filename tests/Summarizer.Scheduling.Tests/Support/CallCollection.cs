using System.Collections;
using Summarizer.TestSupport;

namespace Summarizer.Scheduling.Tests.Support;

/// <summary>What a fake run was called with, in order, with a signal for "called n times" so tests never poll.</summary>
public sealed class CallCollection<T> : IReadOnlyCollection<T>
{
    private readonly Lock _gate = new();
    private readonly List<T> _items = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> _waits = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public bool IsEmpty => Count == 0;

    public void Add(T item)
    {
        lock (_gate)
        {
            _items.Add(item);
            foreach (var wait in _waits.Where(w => _items.Count >= w.Count).ToList())
            {
                wait.Reached.SetResult();
                _waits.Remove(wait);
            }
        }
    }

    public async Task WaitForCountAsync(int count, string what)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_items.Count >= count)
            {
                return;
            }

            _waits.Add((count, reached));
        }

        await reached.Task.WithHangGuard(what);
    }

    public IEnumerator<T> GetEnumerator()
    {
        lock (_gate)
        {
            return _items.ToList().GetEnumerator();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
