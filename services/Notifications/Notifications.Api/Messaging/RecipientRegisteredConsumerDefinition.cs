using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

public sealed class RecipientRegisteredConsumerDefinition : ConsumerDefinition<RecipientRegisteredConsumer>
{
    public RecipientRegisteredConsumerDefinition()
    {
        // Messages in flight together commit together (InboxConsumer's group commit), so the limit sets how many
        // one transaction can carry; waiting for the group costs no thread or connection.
        ConcurrentMessageLimit = 100;
    }
}
