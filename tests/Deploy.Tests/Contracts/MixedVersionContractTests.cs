using System.Text;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Messaging;
using CareServices.TestSupport;
using MassTransit;
using Current = CareServices.Contracts.Assessment.RecipientRegistered;
using Next = CareServices.Deploy.Tests.Contracts.NextVersion.RecipientRegistered;

namespace CareServices.Deploy.Tests.Contracts;

/// <summary>
/// Services deploy one at a time, so for a while a publisher and a consumer run different releases of a contract.
/// The rule (services/Contracts/README.md): an additive change (a new optional field) keeps the type and its URN;
/// these tests hold one such pair to it over the real broker with MassTransit's JSON envelope, in both directions.
/// </summary>
public sealed class MixedVersionContractTests : IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);
    private IsolatedServers _servers = null!;

    public async Task InitializeAsync() => _servers = await IsolatedServers.CreateAsync();

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task A_new_consumer_reads_an_event_from_an_old_publisher_with_the_new_field_empty()
    {
        var received = new TaskCompletionSource<Next>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = StartBus(bus => bus.ReceiveEndpoint("deploy-next-consumer", endpoint =>
            endpoint.Handler<Next>(context =>
            {
                received.TrySetResult(context.Message);
                return Task.CompletedTask;
            })));
        var publisher = StartBus(_ => { });
        try
        {
            await consumer.StartAsync();
            await publisher.StartAsync();
            var sent = CurrentEvent();

            await publisher.Publish(sent);

            var read = await received.Task.WaitAsync(Delivery);
            Assert.Equal(sent.EventId, read.EventId);
            Assert.Equal(sent.RecipientId, read.RecipientId);
            Assert.Equal(sent.Name, read.Name);
            Assert.Equal(sent.BirthDate, read.BirthDate);
            Assert.Equal(sent.Address, read.Address);
            Assert.Equal(sent.PreferredLanguage, read.PreferredLanguage);
            Assert.Null(read.PhoneNumber);
        }
        finally
        {
            await publisher.StopAsync();
            await consumer.StopAsync();
        }
    }

    [Fact]
    public async Task An_old_consumer_reads_an_event_from_a_new_publisher_and_ignores_the_extra_field()
    {
        var received = new TaskCompletionSource<(Current Message, string Body)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = StartBus(bus => bus.ReceiveEndpoint("deploy-current-consumer", endpoint =>
            endpoint.Handler<Current>(context =>
            {
                received.TrySetResult((context.Message, Encoding.UTF8.GetString(context.ReceiveContext.Body.GetBytes())));
                return Task.CompletedTask;
            })));
        var publisher = StartBus(_ => { });
        try
        {
            await consumer.StartAsync();
            await publisher.StartAsync();
            var current = CurrentEvent();
            var sent = new Next
            {
                EventId = current.EventId,
                OccurredAt = current.OccurredAt,
                MunicipalityId = current.MunicipalityId,
                RecipientId = current.RecipientId,
                Name = current.Name,
                BirthDate = current.BirthDate,
                Address = current.Address,
                Zone = current.Zone,
                PreferredLanguage = current.PreferredLanguage,
                PhoneNumber = "+47 755 00 000",
            };

            await publisher.Publish(sent);

            var (read, body) = await received.Task.WaitAsync(Delivery);
            Assert.Contains("\"phoneNumber\"", body, StringComparison.Ordinal);
            Assert.Equal(current, read);
        }
        finally
        {
            await publisher.StopAsync();
            await consumer.StopAsync();
        }
    }

    private static Current CurrentEvent() => new()
    {
        OccurredAt = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero),
        MunicipalityId = "1848",
        RecipientId = Guid.NewGuid(),
        Name = "Kari Nordmann",
        BirthDate = new DateOnly(1938, 5, 17),
        Address = new RecipientAddress { Street = "Storgata 1", PostalCode = "8283", City = "Leinesfjord", Latitude = 67.77, Longitude = 15.12 },
        Zone = "Nord-Steigen",
        PreferredLanguage = "nb",
    };

    /// <summary>
    /// A bus configured as ServiceBusExtensions configures a service's (same broker settings, MassTransit's default
    /// JSON envelope). The exchange is named from a contract's namespace and type name, which the next release keeps;
    /// the stand-in type lives in another namespace, so it is pointed at the released type's exchange.
    /// </summary>
    private IBusControl StartBus(Action<IRabbitMqBusFactoryConfigurator> configure)
    {
        var broker = RabbitMqAddress.Parse(_servers.RabbitMq);
        return Bus.Factory.CreateUsingRabbitMq(bus =>
        {
            bus.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            bus.Message<Next>(message => message.SetEntityName(bus.MessageTopology.EntityNameFormatter.FormatEntityName<Current>()));
            configure(bus);
        });
    }
}
