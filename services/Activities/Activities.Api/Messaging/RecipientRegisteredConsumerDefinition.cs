using MassTransit;

namespace CareServices.Activities.Api.Messaging;

public sealed class RecipientRegisteredConsumerDefinition : ConsumerDefinition<RecipientRegisteredConsumer>
{
    public RecipientRegisteredConsumerDefinition()
    {
        // Read-model upserts are short; a handful in parallel keeps up with a burst without starving the pool.
        ConcurrentMessageLimit = 16;
    }
}
