using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Volunteers;
using Microsoft.EntityFrameworkCore;
using System.Collections.Concurrent;

namespace CareServices.Activities.Api.Api.Matching;

/// <summary>
/// A municipality's published activities and active volunteers as matching reads them, kept in memory and shared by
/// all requests. Each request first reads a fingerprint of both tables (row count and the sum of the rows' <c>xmin</c>,
/// which every insert, change or cancellation of any replica moves) and reloads only when it moved, so a change is
/// seen by the very next request without reading 3,000 rows each time.
/// </summary>
public sealed class MatchingCatalogue
{
    private readonly ConcurrentDictionary<string, CatalogueSnapshot> _snapshots = new(StringComparer.Ordinal);

    public async Task<CatalogueSnapshot> ForAsync(ActivitiesDbContext db, string municipalityId, CancellationToken cancellationToken)
    {
        var fingerprint = await FingerprintAsync(db, municipalityId, cancellationToken);
        if (_snapshots.TryGetValue(municipalityId, out var known) && known.Fingerprint == fingerprint)
        {
            return known;
        }
        var activities = await db.Activities.AsNoTracking().Of(municipalityId)
            .Where(a => a.Status == ActivityStatus.Published).ToListAsync(cancellationToken);
        var volunteers = await db.Volunteers.AsNoTracking().Of(municipalityId)
            .Where(v => v.Status == VolunteerStatus.Active).ToListAsync(cancellationToken);
        var snapshot = new CatalogueSnapshot(fingerprint, activities, volunteers);
        _snapshots[municipalityId] = snapshot;
        return snapshot;
    }

    // Read before the rows, so a change committed between the two reads makes the next request load again.
    private static Task<string> FingerprintAsync(ActivitiesDbContext db, string municipalityId, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<string>($"""
            SELECT concat_ws(':',
                (SELECT count(*) FROM activities WHERE municipality_id = {municipalityId}),
                (SELECT coalesce(sum(xmin::text::bigint), 0) FROM activities WHERE municipality_id = {municipalityId}),
                (SELECT count(*) FROM volunteers WHERE municipality_id = {municipalityId}),
                (SELECT coalesce(sum(xmin::text::bigint), 0) FROM volunteers WHERE municipality_id = {municipalityId})) AS "Value"
            """).SingleAsync(cancellationToken);
}
