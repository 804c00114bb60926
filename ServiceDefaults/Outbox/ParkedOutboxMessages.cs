using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// The parked rows of this service's outbox, for the admin dead-letter API: listed, retried (attempts reset, the
/// dispatcher takes them again) or discarded for good (deleted, so the events waiting behind them flow).
/// </summary>
public sealed class ParkedOutboxMessages(DbContext db)
{
    private const string ListSql = """
        SELECT p.id, p.sequence, p.aggregate_id, p.message_type, p.attempts, p.last_error, p.created_at, p.parked_at,
               (SELECT count(*)::int FROM outbox_messages w
                WHERE w.aggregate_id = p.aggregate_id AND w.sent_at IS NULL AND w.sequence > p.sequence)
        FROM outbox_messages p
        WHERE p.parked_at IS NOT NULL AND p.sent_at IS NULL
        ORDER BY p.sequence
        LIMIT $1
        """;

    private const string RetrySql = """
        UPDATE outbox_messages SET parked_at = NULL, attempts = 0
        WHERE parked_at IS NOT NULL AND sent_at IS NULL AND ($1::uuid IS NULL OR id = $1)
        """;

    private const string DiscardSql = "DELETE FROM outbox_messages WHERE parked_at IS NOT NULL AND sent_at IS NULL AND id = $1";

    public async Task<IReadOnlyList<ParkedOutboxMessage>> ListAsync(int max, CancellationToken cancellationToken)
    {
        var rows = new List<ParkedOutboxMessage>();
        await using var command = await CommandAsync(ListSql, cancellationToken, max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ParkedOutboxMessage(
                reader.GetGuid(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6),
                reader.GetFieldValue<DateTimeOffset>(7), reader.GetInt32(8)));
        }
        return rows;
    }

    /// <summary>Un-parks every parked row, or only <paramref name="messageId"/>; returns how many.</summary>
    public async Task<int> RetryAsync(Guid? messageId, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(RetrySql, cancellationToken, messageId is { } id ? id : DBNull.Value);
        command.Parameters[0].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Deletes the parked row <paramref name="messageId"/>: it will never be published. Returns how many.</summary>
    public async Task<int> DiscardAsync(Guid messageId, CancellationToken cancellationToken)
    {
        await using var command = await CommandAsync(DiscardSql, cancellationToken, messageId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlCommand> CommandAsync(string sql, CancellationToken cancellationToken, object value)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
