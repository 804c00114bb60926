using CareServices.Contracts;
using MassTransit;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>A test event about a versioned aggregate: an account's balance is now <see cref="Balance"/>, at <see cref="AggregateVersion"/>.</summary>
[MessageUrn("careservices:tests:balance-changed:v1")]
public sealed record BalanceChanged : IntegrationEvent
{
    public required Guid AccountId { get; init; }
    public required int Balance { get; init; }
    public int? AggregateVersion { get; init; }
}
