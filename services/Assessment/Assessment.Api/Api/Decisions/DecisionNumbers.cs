using CareServices.Assessment.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>
/// Decision numbers per municipality and year ("1848-2026-00042"). The counter row is bumped in its own statement,
/// so concurrent drafts never share a number; a draft that then fails to save leaves a gap, which case numbers
/// may have.
/// </summary>
public static class DecisionNumbers
{
    public static async Task<string> NextAsync(AssessmentDbContext db, string municipalityId, int year, CancellationToken cancellationToken)
    {
        var next = await db.Database.SqlQuery<int>($"""
            INSERT INTO decision_counters (municipality_id, year, last_number) VALUES ({municipalityId}, {year}, 1)
            ON CONFLICT (municipality_id, year) DO UPDATE SET last_number = decision_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{municipalityId}-{year}-{next[0]:D5}");
    }
}
