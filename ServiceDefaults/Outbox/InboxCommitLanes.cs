using System.Collections.Concurrent;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>One <see cref="InboxCommitLane{TWork}"/> per consumer type in this host.</summary>
public sealed class InboxCommitLanes
{
    private readonly ConcurrentDictionary<Type, object> _lanes = new();

    internal InboxCommitLane<TWork> For<TWork>(Type consumerType)
        where TWork : class =>
        (InboxCommitLane<TWork>)_lanes.GetOrAdd(consumerType, static _ => new InboxCommitLane<TWork>());
}
