using MassTransit;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Stands in for the contract when the dispatcher sends an outbox row: MassTransit needs a message object, but the
/// body it sends is the stored payload (<see cref="StoredEventSerializer"/>), so this carries nothing.
/// </summary>
[ExcludeFromTopology]
public sealed class StoredEvent
{
    public static readonly StoredEvent Instance = new();

    private StoredEvent()
    {
    }
}
