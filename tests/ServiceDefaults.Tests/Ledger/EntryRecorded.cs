using CareServices.Contracts;
using MassTransit;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>A test event: an entry was written to the ledger.</summary>
[MessageUrn("careservices:tests:entry-recorded:v1")]
public sealed record EntryRecorded : IntegrationEvent
{
    public required Guid EntryId { get; init; }
}
