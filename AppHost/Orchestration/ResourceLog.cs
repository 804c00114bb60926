namespace CareServices.AppHost.Orchestration;

/// <summary>The last N console lines of a resource; older lines fall off.</summary>
public sealed class ResourceLog(int capacity, TimeProvider time)
{
    private readonly Queue<LogLine> _lines = new(capacity);
    private readonly Lock _gate = new();
    private long _sequence;

    /// <summary>Raised after each appended line, outside the lock: the dashboard streams console output from it.</summary>
    public event Action<LogLine>? Appended;

    public int Capacity => capacity;

    public void Append(LogStream stream, string text)
    {
        LogLine line;
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }

            line = new LogLine(++_sequence, time.GetUtcNow(), stream, text);
            _lines.Enqueue(line);
        }

        Appended?.Invoke(line);
    }

    /// <summary>The newest <paramref name="count"/> lines, oldest first; only those after <paramref name="afterSequence"/>.</summary>
    public IReadOnlyList<LogLine> Tail(int count, long afterSequence = 0)
    {
        lock (_gate)
        {
            var lines = _lines.Where(line => line.Sequence > afterSequence).ToList();
            return lines.Count <= count ? lines : lines.GetRange(lines.Count - count, count);
        }
    }
}
