using System.Collections.Concurrent;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// The route a claimed row is published on. Rows carry their URN and exchange; only rows written by the release
/// before routes were stored name a CLR type instead, and for those (and only those) the type is looked up once.
/// </summary>
internal static class OutboxRoute
{
    private static readonly ConcurrentDictionary<string, ContractRoute?> Legacy = new(StringComparer.Ordinal);

    /// <summary>Null when the row cannot be routed: an unknown type name without a stored destination.</summary>
    public static ContractRoute? Of(OutboxRow row) =>
        row.Destination is { Length: > 0 } destination && row.MessageType.StartsWith("urn:message:", StringComparison.Ordinal)
            ? new ContractRoute(row.MessageType, destination)
            : Legacy.GetOrAdd(row.MessageType, static name => Type.GetType(name, throwOnError: false) is { } type ? ContractRoute.For(type) : null);
}
