using System.Globalization;
using System.Text.Json;
using CareServices.ServiceDefaults.Outbox;
using Npgsql;

namespace CareServices.ServiceDefaults.Tests;

/// <summary>
/// The claim runs for every batch, so its cost must not hinge on the planner's estimates. Statistics gathered while
/// every row was sent describe partial indexes of unsent rows as empty; a claim planned on them once read every
/// unsent row again for each candidate.
/// </summary>
public sealed class OutboxClaimPlanTests : LedgerTestBase
{
    private const int Sent = 5_000;
    private const int Backlog = 5_000;
    private const int Batch = 500;

    [Fact]
    public async Task A_claim_over_a_backlog_reads_each_row_a_bounded_number_of_times_on_statistics_of_an_outbox_with_nothing_unsent()
    {
        await using var connection = new NpgsqlConnection(Database);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "ALTER TABLE outbox_messages SET (autovacuum_enabled = false)");
        await InsertAsync(connection, Sent, sent: true);
        await ExecuteAsync(connection, "ANALYZE outbox_messages");
        await InsertAsync(connection, Backlog, sent: false);
        await ExecuteAsync(connection, "UPDATE outbox_messages SET parked_at = now() WHERE sequence = (SELECT min(sequence) FROM outbox_messages WHERE sent_at IS NULL)");

        var plan = await ExplainClaimAsync(connection);

        Assert.Equal(Batch, plan.GetProperty("Actual Rows").GetInt32());
        // A handful of passes over the table at most; checked row by row on these statistics it was Batch × Backlog.
        var rowsRead = RowsRead(plan);
        Assert.True(rowsRead <= 4 * (Sent + Backlog), $"the claim read {rowsRead} rows of a {Sent + Backlog}-row table");
    }

    private static async Task<JsonElement> ExplainClaimAsync(NpgsqlConnection connection)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var claim = OutboxSql.Claim.Replace("$1", Batch.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using var command = new NpgsqlCommand($"EXPLAIN (ANALYZE, TIMING OFF, FORMAT JSON) {claim}", connection, transaction);
        var json = (string)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return JsonDocument.Parse(json).RootElement[0].GetProperty("Plan").Clone();
    }

    /// <summary>Rows every scan of the outbox produced or filtered away, over all its loops.</summary>
    private static long RowsRead(JsonElement node)
    {
        long read = 0;
        if (node.TryGetProperty("Relation Name", out var relation) && relation.GetString() == "outbox_messages")
        {
            var rows = node.GetProperty("Actual Rows").GetInt64()
                + Count(node, "Rows Removed by Filter") + Count(node, "Rows Removed by Index Recheck");
            read += rows * node.GetProperty("Actual Loops").GetInt64();
        }
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                read += RowsRead(child);
            }
        }
        return read;
    }

    private static long Count(JsonElement node, string name) => node.TryGetProperty(name, out var value) ? value.GetInt64() : 0;

    /// <summary>Rows of many aggregates, a few events each, as a busy service leaves them.</summary>
    private static Task InsertAsync(NpgsqlConnection connection, int count, bool sent) => ExecuteAsync(connection, $$"""
        INSERT INTO outbox_messages (id, aggregate_id, message_type, payload, created_at, sent_at)
        SELECT gen_random_uuid(), 'aggregate-' || (g % {{count / 5}}), 'urn:message:CareServices.Ledger:EntryRecorded', '{}', now(),
               {{(sent ? "now()" : "NULL")}}
        FROM generate_series(1, {{count}}) g
        """);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
