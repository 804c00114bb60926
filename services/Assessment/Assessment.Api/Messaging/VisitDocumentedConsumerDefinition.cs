using MassTransit;

namespace CareServices.Assessment.Api.Messaging;

public sealed class VisitDocumentedConsumerDefinition : ConsumerDefinition<VisitDocumentedConsumer>
{
    // Each message touches the rows of one visit; a handful in parallel keeps up with a district's day of visits.
    public VisitDocumentedConsumerDefinition() => ConcurrentMessageLimit = 8;
}
