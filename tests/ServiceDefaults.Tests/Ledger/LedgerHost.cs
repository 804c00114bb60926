using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Persistence;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>
/// A small service built from the ServiceDefaults pieces a real service uses (database with migrations, bus, outbox
/// dispatcher, inbox consumers) against the real servers.
/// </summary>
public static class LedgerHost
{
    public static async Task<IHost> StartAsync(string connectionString, string rabbitMq, PublishLog? publishLog = null,
        FailureSwitch? failure = null, int batchSize = 250, ConsumeLog? consumeLog = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = Build(connectionString, rabbitMq, failure, batchSize, settings);
        if (publishLog is not null)
        {
            host.Services.GetRequiredService<IBus>().ConnectSendObserver(publishLog);
        }
        if (consumeLog is not null)
        {
            host.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumeLog);
        }
        await host.StartAsync();
        await host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>The host, built but not started: its dispatcher and consumers do not run until it is.</summary>
    /// <param name="settings">Configuration that overrides the defaults below (e.g. <c>Outbox:MaxAttempts</c>).</param>
    /// <param name="role">Whether this host publishes its outbox, consumes, or both (one process playing two services).</param>
    public static IHost Build(string connectionString, string rabbitMq, FailureSwitch? failure = null, int batchSize = 250,
        IReadOnlyDictionary<string, string?>? settings = null, LedgerRole role = LedgerRole.Both)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ledgerdb"] = connectionString,
            ["ConnectionStrings:rabbitmq"] = rabbitMq,
            ["Outbox:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Outbox:PollInterval"] = "00:00:00.200",
            ["Outbox:PublishTimeout"] = "00:00:05",
            ["Messaging:Retry:Limit"] = "2",
            ["Messaging:Retry:MinInterval"] = "00:00:00.020",
            ["Messaging:Retry:MaxInterval"] = "00:00:00.100",
            ["Messaging:Retry:IntervalDelta"] = "00:00:00.020",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(failure ?? new FailureSwitch());
        builder.AddServiceDatabase<LedgerDbContext, HostApplicationBuilder>("ledgerdb");
        builder.AddServiceBus<LedgerDbContext, HostApplicationBuilder>("ledger", bus =>
        {
            if (role.HasFlag(LedgerRole.Consumer))
            {
                bus.AddConsumer<EntryRecordedConsumer>();
                bus.AddConsumer<EntryAuditedConsumer>();
                bus.AddConsumer<BalanceChangedConsumer>();
            }
        });
        if (!role.HasFlag(LedgerRole.Publisher))
        {
            builder.Services.Remove(builder.Services.Single(s => s.ImplementationType == typeof(OutboxDispatcher<LedgerDbContext>)));
        }
        return builder.Build();
    }

    /// <summary>Applies the ledger's migrations without starting a host, so a backlog can be written first.</summary>
    public static async Task MigrateAsync(string connectionString)
    {
        await DatabaseCreator.EnsureExistsAsync(connectionString, CancellationToken.None);
        await using var db = LedgerDbContextFactory.Create(connectionString);
        await db.Database.MigrateAsync();
    }

    public static LedgerDbContext Open(string connectionString) => LedgerDbContextFactory.Create(connectionString);
}
