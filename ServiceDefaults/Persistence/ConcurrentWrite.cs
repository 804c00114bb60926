using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.ServiceDefaults.Persistence;

/// <summary>
/// For a "read, change, save" write to an aggregate whose version is its concurrency token: should another change of
/// the same aggregate commit between the read and the save (or a first row be created twice and meet its key), the
/// write runs again on a clean change tracker, so it applies to what the other left and each published version follows
/// the one before. After <see cref="Attempts"/> tries the caller's conflict answer (a 409) is returned.
/// </summary>
public static class ConcurrentWrite
{
    public const int Attempts = 5;

    /// <param name="write">Reads, changes and saves; any answer it returns without saving (404, 409) ends the retries.</param>
    /// <param name="conflict">The answer when every attempt lost the race.</param>
    public static async Task<T> RetryAsync<T>(this DbContext db, Func<Task<T>> write, Func<T> conflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(conflict);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
                if (attempt == Attempts)
                {
                    return conflict();
                }
                // A short random pause, longer each time, so writers that collided do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
            }
        }
    }

    /// <summary>The insert met a unique key: another writer created the same row first.</summary>
    public static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
