using CareServices.Assessment.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Messaging;

/// <summary>
/// Plans, cancellations and reports of one visit arrive on three queues and may be consumed at the same moment;
/// a transaction-scoped advisory lock on the visit makes each see the others' committed rows, so a cancellation
/// racing the plan it cancels is not lost.
/// </summary>
public static class VisitLock
{
    public static async Task AcquireAsync(AssessmentDbContext db, Guid visitId, CancellationToken cancellationToken)
    {
        var key = BitConverter.ToInt64(visitId.ToByteArray(), 8);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken);
    }
}
