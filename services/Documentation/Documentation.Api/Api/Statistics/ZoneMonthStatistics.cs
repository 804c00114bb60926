using CareServices.ServiceDefaults.Problems;
using System.Globalization;
using System.Text;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Deviations;
using CareServices.Documentation.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Statistics;

/// <summary>
/// One zone's month in numbers, with nobody in them: documented visits, delivered minutes per service type,
/// deviations by type and condition changes by category. A correction replaces the report it corrects. Counts of
/// one or two are shown as <c>&lt;3</c>, so a small zone's rare event does not point at a person.
/// </summary>
public static class ZoneMonthStatistics
{
    public const int SmallestShownCount = 3;

    public static async Task<string> CsvAsync(DocumentationDbContext db, string municipality, string zone, DateOnly month, CancellationToken cancellationToken)
    {
        var (from, to) = (month, month.AddMonths(1));
        var recipients = db.Recipients.Where(r => r.MunicipalityId == municipality && r.Zone == zone).Select(r => r.Id);
        var signed = await db.VisitReports.AsNoTracking()
            .Where(r => r.MunicipalityId == municipality && r.SignedAt != null && r.VisitDate >= from && r.VisitDate < to && recipients.Contains(r.RecipientId))
            .ToListAsync(cancellationToken);
        // The newest signed report of a visit is what counts: a correction replaces what it corrects.
        var reports = signed.GroupBy(r => r.VisitId).Select(g => g.OrderByDescending(r => r.SignedAt).First()).ToList();
        var lineIds = reports.SelectMany(r => r.Tasks).Select(t => t.ServiceLineId).Distinct().ToList();
        var codes = (await db.ImplementationPlans.AsNoTracking().Where(p => p.MunicipalityId == municipality && recipients.Contains(p.RecipientId)).ToListAsync(cancellationToken))
            .SelectMany(p => p.Lines).Where(l => lineIds.Contains(l.ServiceLineId))
            .GroupBy(l => l.ServiceLineId).ToDictionary(g => g.Key, g => g.First().ServiceCode);
        var (start, end) = (new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var deviations = await db.Deviations.AsNoTracking()
            .Where(d => d.MunicipalityId == municipality && d.Zone == zone && d.ReportedAt >= start && d.ReportedAt < end)
            .GroupBy(d => d.Type).Select(g => new { Type = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var csv = new StringBuilder("metric,key,value\n");
        csv.Append(CultureInfo.InvariantCulture, $"visits,,{Count(reports.Count)}\n");
        foreach (var service in reports.SelectMany(r => r.Tasks).GroupBy(t => codes.GetValueOrDefault(t.ServiceLineId, "unknown")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture, $"deliveredMinutes,{service.Key},{service.Sum(t => t.DeliveredMinutes)}\n");
        }
        foreach (var type in Enum.GetValues<DeviationType>())
        {
            csv.Append(CultureInfo.InvariantCulture, $"deviations,{EnumNames<DeviationType>.Name(type)},{Count(deviations.SingleOrDefault(d => d.Type == type)?.Count ?? 0)}\n");
        }
        foreach (var category in Enum.GetValues<ConditionCategory>())
        {
            csv.Append(CultureInfo.InvariantCulture, $"conditionChanges,{EnumNames<ConditionCategory>.Name(category)},{Count(reports.Count(r => r.ConditionChange == category))}\n");
        }
        return csv.ToString();
    }

    private static string Count(int count) => count is > 0 and < SmallestShownCount ? $"<{SmallestShownCount}" : count.ToString(CultureInfo.InvariantCulture);
}
