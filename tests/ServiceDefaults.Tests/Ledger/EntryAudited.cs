using CareServices.Contracts;
using MassTransit;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>A test event for the dead-letter path: its consumer fails while the switch says so.</summary>
[MessageUrn("careservices:tests:entry-audited:v1")]
public sealed record EntryAudited : IntegrationEvent
{
    public required Guid EntryId { get; init; }
}
