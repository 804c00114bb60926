using CareServices.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>Writes entries with their events through the outbox, as a service's endpoint would, and reads effects back.</summary>
public sealed class LedgerWriter(string connectionString)
{
    /// <summary>Writes one entry and its event in one transaction; returns the event's id.</summary>
    public async Task<Guid> RecordAsync(Guid entryId)
    {
        await using var db = LedgerHost.Open(connectionString);
        var recorded = new EntryRecorded { EntryId = entryId, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };
        db.Entries.Add(new Entry { Id = entryId, Value = 1 });
        db.AddOutboxMessage(recorded, entryId.ToString());
        await db.SaveChangesAsync();
        return recorded.EventId;
    }

    /// <summary>Writes a committed backlog of <paramref name="count"/> entries, a hundred per transaction; returns the event ids.</summary>
    public async Task<List<Guid>> RecordManyAsync(int count)
    {
        var events = new List<Guid>(count);
        await using var db = LedgerHost.Open(connectionString);
        for (var i = 0; i < count; i++)
        {
            var entryId = Guid.NewGuid();
            var recorded = new EntryRecorded { EntryId = entryId, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" };
            db.Entries.Add(new Entry { Id = entryId, Value = 1 });
            db.AddOutboxMessage(recorded, entryId.ToString());
            events.Add(recorded.EventId);
            if (i % 100 == 99 || i == count - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        return events;
    }

    /// <summary>Writes one entry with both its events (recorded, audited) in one transaction.</summary>
    public async Task RecordAndAuditAsync(Guid entryId)
    {
        await using var db = LedgerHost.Open(connectionString);
        db.Entries.Add(new Entry { Id = entryId, Value = 1 });
        db.AddOutboxMessage(new EntryRecorded { EntryId = entryId, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" }, entryId.ToString());
        db.AddOutboxMessage(new EntryAudited { EntryId = entryId, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848" }, entryId.ToString());
        await db.SaveChangesAsync();
    }

    public async Task<int> EntriesAsync()
    {
        await using var db = LedgerHost.Open(connectionString);
        return await db.Entries.CountAsync();
    }

    public async Task<Guid> AuditAsync(Guid entryId, string municipality = "1848")
    {
        await using var db = LedgerHost.Open(connectionString);
        var audited = new EntryAudited { EntryId = entryId, OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = municipality };
        db.AddOutboxMessage(audited, entryId.ToString());
        await db.SaveChangesAsync();
        return audited.EventId;
    }

    public async Task<int> EffectsAsync(string kind, Guid? entryId = null)
    {
        await using var db = LedgerHost.Open(connectionString);
        return await db.Effects.CountAsync(e => e.Kind == kind && (entryId == null || e.EntryId == entryId));
    }

    public async Task<int> DistinctEffectsAsync(string kind)
    {
        await using var db = LedgerHost.Open(connectionString);
        return await db.Effects.Where(e => e.Kind == kind).Select(e => e.EntryId).Distinct().CountAsync();
    }

    public async Task<int> UnsentAsync()
    {
        await using var db = LedgerHost.Open(connectionString);
        return await db.Outbox.CountAsync(m => m.SentAt == null);
    }
}
