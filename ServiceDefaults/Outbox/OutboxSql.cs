namespace CareServices.ServiceDefaults.Outbox;

/// <summary>The dispatcher's statements, in plain SQL: they run for every batch, so they skip EF's query pipeline.</summary>
internal static class OutboxSql
{
    /// <summary>
    /// Claims up to <c>$1</c> unsent rows. A row behind a parked row of its aggregate is not a candidate (it waits, in
    /// order, and takes no place in the batch, so any number of them cannot stall other aggregates), and a row is
    /// taken only when every earlier unsent row of its aggregate is in the same claim, which keeps each aggregate's
    /// events in order across dispatch loops and replicas.
    /// </summary>
    public const string Claim = """
        WITH claimed AS (
            SELECT o.sequence FROM outbox_messages o
            WHERE o.sent_at IS NULL AND o.parked_at IS NULL
              AND NOT EXISTS (
                SELECT 1 FROM outbox_messages parked
                WHERE parked.aggregate_id = o.aggregate_id
                  AND parked.parked_at IS NOT NULL
                  AND parked.sent_at IS NULL
                  AND parked.sequence < o.sequence)
            ORDER BY o.sequence
            LIMIT $1
            FOR UPDATE OF o SKIP LOCKED)
        SELECT o.sequence, o.id, o.aggregate_id, o.message_type, o.destination, o.payload::text, o.trace_parent, o.trace_state
        FROM outbox_messages o
        JOIN claimed c ON c.sequence = o.sequence
        WHERE NOT EXISTS (
            SELECT 1 FROM outbox_messages earlier
            WHERE earlier.aggregate_id = o.aggregate_id
              AND earlier.sent_at IS NULL
              AND earlier.sequence < o.sequence
              AND earlier.sequence NOT IN (SELECT sequence FROM claimed))
        ORDER BY o.sequence
        """;

    public const string MarkSent = "UPDATE outbox_messages SET sent_at = $1 WHERE sequence = ANY($2)";

    /// <summary>Counts a failed attempt per row and parks the rows that reached the limit; returns the parked ones.</summary>
    public const string RecordFailures = """
        UPDATE outbox_messages o
        SET attempts = o.attempts + 1,
            last_error = f.error,
            parked_at = CASE WHEN o.attempts + 1 >= $3 THEN $4 END
        FROM unnest($1::bigint[], $2::text[]) AS f(sequence, error)
        WHERE o.sequence = f.sequence
        RETURNING o.id, o.parked_at IS NOT NULL
        """;

    public const string CountBacklog = """
        SELECT count(*) FILTER (WHERE parked_at IS NULL), count(*) FILTER (WHERE parked_at IS NOT NULL)
        FROM outbox_messages WHERE sent_at IS NULL
        """;

    public const string DeleteSent = """
        DELETE FROM outbox_messages WHERE sequence IN (
            SELECT sequence FROM outbox_messages WHERE sent_at < $1 LIMIT $2)
        """;

    public const string DeleteInbox = """
        DELETE FROM inbox_messages WHERE (message_id, consumer) IN (
            SELECT message_id, consumer FROM inbox_messages WHERE processed_at < $1 LIMIT $2)
        """;
}
