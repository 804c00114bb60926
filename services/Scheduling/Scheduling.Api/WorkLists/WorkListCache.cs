using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Domain.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using StackExchange.Redis;

namespace CareServices.Scheduling.Api.WorkLists;

/// <summary>
/// Work lists through <see cref="HybridCache"/> (in memory, then Redis). Each municipality and date has a version
/// counter in Redis that is part of the cache key; publishing a plan (or anything else that changes a day's visits)
/// increments it, so every instance stops serving the old lists at once without having to find and delete them.
/// </summary>
public sealed class WorkListCache(HybridCache cache, IConnectionMultiplexer redis, IServiceScopeFactory scopes)
{
    private static readonly HybridCacheEntryOptions Entry = new() { Expiration = TimeSpan.FromHours(12), LocalCacheExpiration = TimeSpan.FromMinutes(10) };

    private static string VersionKey(string municipalityId, DateOnly date) => $"scheduling:worklist-version:{municipalityId}:{date:yyyy-MM-dd}";

    public async Task<WorkList?> GetAsync(string municipalityId, Guid staffId, DateOnly date, CancellationToken cancellationToken)
    {
        var version = (long?)await redis.GetDatabase().StringGetAsync(VersionKey(municipalityId, date)) ?? 0;
        return await cache.GetOrCreateAsync(
            $"scheduling:worklist:{municipalityId}:{staffId:N}:{date:yyyy-MM-dd}:v{version}",
            (municipalityId, staffId, date, scopes),
            static (state, ct) => new ValueTask<WorkList?>(LoadAsync(state.scopes, state.municipalityId, state.staffId, state.date, ct)),
            Entry,
            cancellationToken: cancellationToken);
    }

    public Task InvalidateAsync(string municipalityId, DateOnly date, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringIncrementAsync(VersionKey(municipalityId, date));

    private static async Task<WorkList?> LoadAsync(IServiceScopeFactory scopes, string municipalityId, Guid staffId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == staffId && s.MunicipalityId == municipalityId, cancellationToken);
        if (staff is null)
        {
            return null;
        }
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.MunicipalityId == municipalityId && v.Date == date && v.PublishedStaffIds.Contains(staffId) && v.Status != VisitStatus.Cancelled && v.PublishedStart != null)
            .Join(db.Recipients.AsNoTracking(), v => v.RecipientId, r => r.Id, (v, r) => new { Visit = v, Recipient = r })
            .ToListAsync(cancellationToken);
        var items = visits.OrderBy(x => x.Visit.PublishedStart).Select((x, i) => new WorkListVisit(
            x.Visit.Id, i + 1, x.Visit.PublishedStart!.Value, x.Visit.PublishedStart!.Value.AddMinutes(x.Visit.Minutes), x.Visit.TravelMinutesBefore,
            x.Recipient.Id, x.Recipient.Name, x.Recipient.Street, x.Recipient.PostalCode, x.Recipient.City,
            [.. x.Visit.Lines.Select(l => new WorkListTask(l.ServiceCode, l.Minutes))], x.Visit.PublishedStaffIds, x.Visit.Status)).ToList();
        return new WorkList(staffId, staff.Name, date, items, items.Sum(v => v.TravelMinutesBefore), items.Sum(v => (int)(v.End - v.Start).TotalMinutes));
    }
}
