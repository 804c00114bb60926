using System.Globalization;
using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareServices.Documentation.Api.Api.Statistics;

/// <summary>Anonymised statistics per zone and month as CSV, for UnitLeaders (no recipient, staff or note in it).</summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/documentation/statistics")
            .WithTags("Statistics")
            .RequireAuthorization(Roles.UnitLeader)
            .MapGet("/", GetAsync)
            .WithName("GetZoneMonthStatistics")
            .WithSummary("CSV for one zone and month (month=yyyy-MM): documented visits, delivered minutes per service type, deviations by type, condition changes by category")
            .Produces<string>(contentType: "text/csv");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem>> GetAsync(
        string? zone, string? month, DocumentationDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Require(!string.IsNullOrWhiteSpace(zone), "zone", "Required.");
        var parsed = DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first);
        errors.Require(parsed, "month", "Required, as yyyy-MM.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var csv = await ZoneMonthStatistics.CsvAsync(db, tenant.RequiredMunicipalityId, zone!.Trim(), first, cancellationToken);
        return TypedResults.Content(csv, "text/csv");
    }
}
