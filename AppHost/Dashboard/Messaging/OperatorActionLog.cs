namespace CareServices.AppHost.Dashboard.Messaging;

/// <summary>What operators did from the dashboard (replays, discards), newest first, also written to the AppHost's output.</summary>
public sealed class OperatorActionLog
{
    private const int Capacity = 200;
    private readonly Lock _gate = new();
    private readonly LinkedList<OperatorAction> _actions = new();

    public event Action? Changed;

    public IReadOnlyList<OperatorAction> Recent()
    {
        lock (_gate)
        {
            return [.. _actions];
        }
    }

    public void Record(OperatorAction action)
    {
        lock (_gate)
        {
            _actions.AddFirst(action);
            if (_actions.Count > Capacity)
            {
                _actions.RemoveLast();
            }
        }

        Changed?.Invoke();
    }
}

public sealed record OperatorAction(DateTimeOffset Time, string Action, string Queue, string? MessageId, string Outcome);
