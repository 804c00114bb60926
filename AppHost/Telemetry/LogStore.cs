namespace CareServices.AppHost.Telemetry;

/// <summary>Received log records, oldest dropped first past <see cref="TelemetryLimits.MaxLogs"/>.</summary>
public sealed class LogStore(TelemetryLimits limits)
{
    private readonly Lock _gate = new();
    private readonly Queue<StoredLog> _logs = new();
    private long _sequence;
    private long _evicted;

    public int Capacity => limits.MaxLogs;

    public long Version => Interlocked.Read(ref _sequence);

    public long Evicted => Interlocked.Read(ref _evicted);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _logs.Count;
            }
        }
    }

    /// <summary>Adds records; each gets the next sequence number.</summary>
    public void Add(IReadOnlyList<StoredLog> logs)
    {
        lock (_gate)
        {
            foreach (var log in logs)
            {
                if (_logs.Count >= limits.MaxLogs)
                {
                    _logs.Dequeue();
                    _evicted++;
                }

                _logs.Enqueue(log with { Sequence = ++_sequence });
            }
        }
    }

    /// <summary>The newest matching records first.</summary>
    public IReadOnlyList<StoredLog> Query(LogQuery query, int count)
    {
        ArgumentNullException.ThrowIfNull(query);
        StoredLog[] snapshot;
        lock (_gate)
        {
            snapshot = _logs.ToArray();
        }

        var found = new List<StoredLog>(Math.Min(count, 256));
        for (var i = snapshot.Length - 1; i >= 0 && found.Count < count; i--)
        {
            if (query.Matches(snapshot[i]))
            {
                found.Add(snapshot[i]);
            }
        }

        return found;
    }
}
