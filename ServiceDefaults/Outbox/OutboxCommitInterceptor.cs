using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Wakes the dispatcher after every commit: a SaveChanges outside an explicit transaction, or a commit. A wake-up
/// that finds no new row costs one indexed query, which is cheaper than tracking which commits wrote events.
/// </summary>
internal sealed class OutboxCommitInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            signal.Notify();
        }
        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return Task.CompletedTask;
    }
}
