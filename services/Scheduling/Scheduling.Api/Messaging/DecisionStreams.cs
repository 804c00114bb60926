using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// Lets a decision event take effect only as the next version of its number (<see cref="Domain.Demand.DecisionStream"/>),
/// in the consumer's transaction: one statement advances the stored version from v − 1 to v, so two replicas cannot
/// both apply the same step, and arrival order does not change the result.
/// </summary>
internal static class DecisionStreams
{
    // A first version (1) starts the stream; any later one only follows the version before it.
    private const string AdvanceSql = """
        INSERT INTO decision_streams (municipality_id, number, version)
        SELECT @municipality, @number, @version
        WHERE @version = 1 OR EXISTS (SELECT 1 FROM decision_streams WHERE municipality_id = @municipality AND number = @number)
        ON CONFLICT (municipality_id, number) DO UPDATE SET version = excluded.version
        WHERE decision_streams.version = excluded.version - 1
        RETURNING version AS "Value"
        """;

    private const string StoredSql = """SELECT version AS "Value" FROM decision_streams WHERE municipality_id = @municipality AND number = @number""";

    /// <summary>
    /// True when the event is the number's next version and is to be applied (also for an event from a release before
    /// versions, which carries none); false for a copy or an older version. Throws
    /// <see cref="ReadModelNotReadyException"/> while an earlier version has not been applied yet, so the message is retried.
    /// </summary>
    public static async Task<bool> AdvanceAsync(SchedulingDbContext db, string municipalityId, string number, int? version, CancellationToken cancellationToken)
    {
        if (version is not { } v)
        {
            return true;
        }
        if ((await db.Database.SqlQueryRaw<int>(AdvanceSql, Parameters(municipalityId, number, v)).ToListAsync(cancellationToken)).Count == 1)
        {
            return true;
        }
        var stored = await db.Database.SqlQueryRaw<int>(StoredSql, Parameters(municipalityId, number, v)).ToListAsync(cancellationToken);
        return stored.Count == 1 && stored[0] >= v
            ? false
            : throw new ReadModelNotReadyException($"Decision {number} version {v - 1}");
    }

    private static object[] Parameters(string municipalityId, string number, int version) =>
    [
        new NpgsqlParameter("municipality", municipalityId),
        new NpgsqlParameter("number", number),
        new NpgsqlParameter("version", version),
    ];
}
