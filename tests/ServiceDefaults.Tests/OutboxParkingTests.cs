using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Tests.Ledger;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CareServices.ServiceDefaults.Tests;

public sealed class OutboxParkingTests : LedgerTestBase
{
    private const int BatchSize = 50;
    private const int MaxAttempts = 3;

    private static readonly Dictionary<string, string?> Parking = new() { ["Outbox:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task A_poison_row_amid_a_backlog_larger_than_one_batch_is_parked_and_every_other_event_is_delivered_once()
    {
        var before = await Ledger.RecordManyAsync(3 * BatchSize);
        var blocked = Guid.NewGuid();
        var poison = await InsertUnroutableRowAsync(blocked);
        var waiting = new[] { await Ledger.AuditAsync(blocked), await Ledger.AuditAsync(blocked) };
        var after = await Ledger.RecordManyAsync(3 * BatchSize);
        var log = new PublishLog();

        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, log, batchSize: BatchSize, settings: Parking);

        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("recorded") == 6 * BatchSize && (await ParkedAsync(host)).Count == 1,
            TimeSpan.FromSeconds(120)), $"{await Ledger.EffectsAsync("recorded")} effects, {(await ParkedAsync(host)).Count} parked");
        Assert.All(before.Concat(after), id => Assert.Equal(1, log.Published.GetValueOrDefault(id)));
        Assert.Equal(6 * BatchSize, await Ledger.DistinctEffectsAsync("recorded"));
        var parked = Assert.Single(await ParkedAsync(host));
        Assert.Equal(poison, parked.MessageId);
        Assert.Equal(MaxAttempts, parked.Attempts);
        Assert.Contains("cannot be routed", parked.LastError, StringComparison.Ordinal);
        Assert.Equal(waiting.Length, parked.WaitingBehind);
        Assert.All(waiting, id => Assert.False(log.Published.ContainsKey(id)));
        Assert.Equal(0, await Ledger.EffectsAsync("audited", blocked));
    }

    [Fact]
    public async Task Discarding_a_parked_row_lets_the_events_waiting_behind_it_flow_in_order()
    {
        var blocked = Guid.NewGuid();
        var poison = await InsertUnroutableRowAsync(blocked);
        var waiting = new[] { await Ledger.AuditAsync(blocked), await Ledger.AuditAsync(blocked), await Ledger.AuditAsync(blocked) };
        var log = new PublishLog();
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, log, batchSize: BatchSize, settings: Parking);
        Assert.True(await Eventually.UntilAsync(async () => (await ParkedAsync(host)).Count == 1));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ParkedOutboxMessages>().DiscardAsync(poison, CancellationToken.None));
        }
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("audited", blocked) == waiting.Length));
        Assert.Equal(waiting, log.Order.Where(waiting.Contains));
        Assert.Empty(await ParkedAsync(host));
        Assert.True(await Eventually.UntilAsync(async () => await Ledger.UnsentAsync() == 0));
    }

    [Fact]
    public async Task A_parked_row_retried_once_it_can_be_routed_is_published_and_counts_its_attempts_afresh()
    {
        var blocked = Guid.NewGuid();
        var poison = await InsertUnroutableRowAsync(blocked);
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, batchSize: BatchSize, settings: Parking);
        Assert.True(await Eventually.UntilAsync(async () => (await ParkedAsync(host)).Count == 1));

        // What a release that knows the contract would have stored (the row names a type this host does not have).
        var route = ContractRoute.For<EntryAudited>();
        await ExecuteAsync("UPDATE outbox_messages SET message_type = $1, destination = $2 WHERE id = $3", route.MessageType, route.Destination, poison);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ParkedOutboxMessages>().RetryAsync(poison, CancellationToken.None));
        }
        host.Services.GetRequiredService<OutboxSignal>().Notify();

        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("audited", blocked) == 1));
        await using var db = LedgerHost.Open(Database);
        var row = await db.Outbox.AsNoTracking().SingleAsync(m => m.Id == poison);
        Assert.NotNull(row.SentAt);
        Assert.Null(row.ParkedAt);
        Assert.Equal(0, row.Attempts);
    }

    [Fact]
    public async Task Inbox_rows_older_than_the_retention_are_pruned_in_batches_and_newer_ones_are_kept()
    {
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < 25; i++)
        {
            await ExecuteAsync("INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ($1, 'Old', $2)", Guid.NewGuid(), now.AddDays(-31));
        }
        for (var i = 0; i < 5; i++)
        {
            await ExecuteAsync("INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ($1, 'Recent', $2)", Guid.NewGuid(), now.AddDays(-29));
        }

        // Batches of 10: a clean-up that deleted one batch and stopped would leave 15 old rows.
        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq, settings: new Dictionary<string, string?>
        {
            ["Outbox:InboxRetention"] = "30.00:00:00",
            ["Outbox:CleanupBatchSize"] = "10",
        });

        Assert.True(await Eventually.UntilAsync(async () => await InboxCountAsync("Old") == 0));
        Assert.Equal(5, await InboxCountAsync("Recent"));
    }

    [Fact]
    public async Task The_stored_payload_is_published_as_is_with_the_contracts_message_type_so_unknown_fields_travel_on()
    {
        // A field this release does not know, as a newer release's row would carry it.
        var entry = Guid.NewGuid();
        var eventId = Guid.NewGuid();
        var route = ContractRoute.For<EntryRecorded>();
        var payload = $$$"""{"eventId":"{{{eventId}}}","occurredAt":"2026-12-07T04:00:00+00:00","municipalityId":"1848","entryId":"{{{entry}}}","addedInNextRelease":{"kept":true}}""";
        await using var probe = await QueueProbe.BindAsync(Servers, route.Destination);
        await ExecuteAsync(
            "INSERT INTO outbox_messages (id, aggregate_id, message_type, destination, payload, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, now())",
            eventId, entry.ToString(), route.MessageType, route.Destination, payload);

        using var host = await LedgerHost.StartAsync(Database, Servers.RabbitMq);

        Assert.True(await Eventually.UntilAsync(async () => await Ledger.EffectsAsync("recorded", entry) == 1));
        var envelope = await probe.NextAsync();
        Assert.Equal(eventId, envelope.GetProperty("messageId").GetGuid());
        Assert.Equal([route.MessageType], envelope.GetProperty("messageType").EnumerateArray().Select(t => t.GetString()));
        Assert.True(envelope.GetProperty("message").GetProperty("addedInNextRelease").GetProperty("kept").GetBoolean());
        Assert.Equal(entry, envelope.GetProperty("message").GetProperty("entryId").GetGuid());
    }

    private static async Task<IReadOnlyList<ParkedOutboxMessage>> ParkedAsync(Microsoft.Extensions.Hosting.IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParkedOutboxMessages>().ListAsync(100, CancellationToken.None);
    }

    /// <summary>
    /// An audit of <paramref name="aggregate"/> as a row left by hand or by an older release could hold it: a CLR type
    /// name nobody here knows and no destination.
    /// </summary>
    private async Task<Guid> InsertUnroutableRowAsync(Guid aggregate)
    {
        var audited = new EntryAudited { EntryId = aggregate, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };
        await ExecuteAsync(
            "INSERT INTO outbox_messages (id, aggregate_id, message_type, payload, created_at) VALUES ($1, $2, 'CareServices.Nowhere.EntryErased, CareServices.Nowhere', $3::jsonb, now())",
            audited.EventId, aggregate.ToString(), System.Text.Json.JsonSerializer.Serialize(audited, System.Text.Json.JsonSerializerOptions.Web));
        return audited.EventId;
    }

    private async Task<long> InboxCountAsync(string consumer)
    {
        await using var db = LedgerHost.Open(Database);
        return await db.Inbox.LongCountAsync(m => m.Consumer == consumer);
    }

    private async Task ExecuteAsync(string sql, params object[] values)
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        await command.ExecuteNonQueryAsync();
    }
}
