using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Persistence;

/// <summary>
/// For a "find the row or add it, then change it" write keyed by an id the caller chose (a PUT): two first writes at
/// once both find nothing, and the second insert meets the key. Running the write once more on a clean change tracker
/// finds the row the other created and changes it, as if the two had come one after the other.
/// </summary>
public static class ConcurrentFirstWrite
{
    public static async Task<T> UpsertAsync<T>(this DbContext db, Func<Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        try
        {
            return await write();
        }
        catch (DbUpdateException e) when (ConcurrentWrite.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return await write();
        }
    }
}
