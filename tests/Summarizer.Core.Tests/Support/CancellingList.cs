using System.Collections;

namespace Summarizer.Core.Tests.Support;

/// <summary>
/// A list that cancels <see cref="Cancellation"/> when its item at <c>cancelAt</c> is read: a stage that reads
/// the list inside its loop is cancelled part-way, deterministically, with no timer.
/// </summary>
internal sealed class CancellingList<T>(IReadOnlyList<T> items, int cancelAt) : IReadOnlyList<T>, IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Cancellation => _source.Token;

    /// <summary>How many items were handed out.</summary>
    public int Read { get; private set; }

    public int Count => items.Count;

    public T this[int index] => Take(index);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < items.Count; i++)
        {
            yield return Take(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose() => _source.Dispose();

    private T Take(int index)
    {
        Read++;
        if (index == cancelAt)
        {
            _source.Cancel();
        }

        return items[index];
    }
}
