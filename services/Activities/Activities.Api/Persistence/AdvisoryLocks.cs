using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Persistence;

/// <summary>
/// PostgreSQL transaction-scoped advisory locks: sign-ups and cancellations of one occurrence run one at a time (so
/// two requests for the last seat cannot both take it, on any number of service instances), and driver assignments of
/// one municipality likewise (so one driver is not given two overlapping trips), and the checklist-due scan runs
/// once at a time across instances. Released at commit or rollback.
/// </summary>
public static class AdvisoryLocks
{
    public static Task ForOccurrenceAsync(DbContext db, Guid activityId, DateTimeOffset occurrenceStart, CancellationToken cancellationToken) =>
        LockAsync(db, $"occurrence:{activityId:N}:{occurrenceStart.UtcTicks}", cancellationToken);

    public static Task ForDriversAsync(DbContext db, string municipalityId, CancellationToken cancellationToken) =>
        LockAsync(db, $"drivers:{municipalityId}", cancellationToken);

    public static Task ForScanAsync(DbContext db, string scan, CancellationToken cancellationToken) =>
        LockAsync(db, $"scan:{scan}", cancellationToken);

    private static Task LockAsync(DbContext db, string name, CancellationToken cancellationToken)
    {
        var key = BinaryPrimitives.ReadInt64LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        return db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }
}
