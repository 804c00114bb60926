using System.Text.Json;
using CareServices.Contracts.Assessment;
using Npgsql;
using NpgsqlTypes;

namespace CareServices.Bench.EventPath;

/// <summary>
/// Writes RecipientRegistered rows into <c>outbox_messages</c> the way Assessment's outbox writer would (one
/// aggregate per recipient, payload = the contract in camelCase JSON, id = event id), as fast as one connection can:
/// binary COPY, one transaction per batch.
/// </summary>
public static class OutboxWriter
{
    // As ServiceDefaults' ContractRoute stores them: the contract's URN and its exchange.
    private static readonly string MessageType = MassTransit.MessageUrn.ForTypeString<RecipientRegistered>();
    private static readonly string Destination = $"{typeof(RecipientRegistered).Namespace}:{nameof(RecipientRegistered)}";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<Guid>> WriteAsync(string connectionString, int count, int perTransaction)
    {
        var ids = new List<Guid>(count);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        for (var start = 0; start < count; start += perTransaction)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var copy = await connection.BeginBinaryImportAsync(
                "COPY outbox_messages (id, aggregate_id, message_type, destination, payload, created_at) FROM STDIN (FORMAT BINARY)"))
            {
                var now = DateTimeOffset.UtcNow;
                for (var i = start; i < Math.Min(count, start + perTransaction); i++)
                {
                    var message = Event(i, now);
                    ids.Add(message.EventId);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(message.EventId, NpgsqlDbType.Uuid);
                    await copy.WriteAsync(message.RecipientId.ToString(), NpgsqlDbType.Varchar);
                    await copy.WriteAsync(MessageType, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(Destination, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(JsonSerializer.Serialize(message, Json), NpgsqlDbType.Jsonb);
                    await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }
                await copy.CompleteAsync();
            }
            await transaction.CommitAsync();
        }
        return ids;
    }

    private static RecipientRegistered Event(int i, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        MunicipalityId = "1848",
        RecipientId = Guid.CreateVersion7(),
        Name = $"Bench Recipient {i}",
        BirthDate = new DateOnly(1938, 5, 17),
        Address = new RecipientAddress
        {
            Street = "Storgata 1",
            PostalCode = "8283",
            City = "Leinesfjord",
            Latitude = 67.77,
            Longitude = 15.12,
        },
        Zone = "Nord-Steigen",
        PreferredLanguage = "nb",
    };
}
