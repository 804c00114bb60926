using MassTransit;

namespace CareServices.Assessment.Api.Messaging;

public sealed class VisitCancelledConsumerDefinition : ConsumerDefinition<VisitCancelledConsumer>
{
    // Each message touches the rows of one visit; a handful in parallel keeps up with a district's day of visits.
    public VisitCancelledConsumerDefinition() => ConcurrentMessageLimit = 8;
}
