using MassTransit;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Where a contract travels: its message URN (what consumers match on) and its exchange, named the way MassTransit
/// names a message type's exchange on RabbitMQ (<c>Namespace:TypeName</c>) so queues bound by consumers receive it.
/// Worked out once per contract type when a row is written; the dispatcher only reads the stored strings.
/// </summary>
public sealed record ContractRoute(string MessageType, string Destination)
{
    public static ContractRoute For<TEvent>()
        where TEvent : class => Cache<TEvent>.Route;

    /// <summary>The route of a contract type; contracts are neither generic nor nested, so their exchange name is plain.</summary>
    public static ContractRoute For(Type type)
    {
        if (type.IsGenericType || type.IsNested || type.Namespace is null)
        {
            throw new ArgumentException($"{type.Name} cannot be a contract: contracts are top-level, non-generic types in a namespace.", nameof(type));
        }
        return new ContractRoute(MessageUrn.ForTypeString(type), $"{type.Namespace}:{type.Name}");
    }

    private static class Cache<TEvent>
        where TEvent : class
    {
        public static readonly ContractRoute Route = For(typeof(TEvent));
    }
}
