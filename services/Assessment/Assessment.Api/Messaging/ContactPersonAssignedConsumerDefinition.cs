using MassTransit;

namespace CareServices.Assessment.Api.Messaging;

public sealed class ContactPersonAssignedConsumerDefinition : ConsumerDefinition<ContactPersonAssignedConsumer>
{
    // One row per recipient; assignments are rare, so a few in parallel is plenty.
    public ContactPersonAssignedConsumerDefinition() => ConcurrentMessageLimit = 4;
}
