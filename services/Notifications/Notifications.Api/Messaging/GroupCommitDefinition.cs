using MassTransit;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// Lets up to 100 messages of one consumer be in flight together. Messages in flight together commit together
/// (InboxConsumer's group commit), so the limit sets how many one transaction can carry: with the default of a few
/// per core a burst of events was taken in a handful at a time, each handful paying a transaction and the round trips
/// to PostgreSQL. Waiting for the group costs no thread or connection.
/// </summary>
public sealed class GroupCommitDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    public GroupCommitDefinition() => ConcurrentMessageLimit = 100;
}
