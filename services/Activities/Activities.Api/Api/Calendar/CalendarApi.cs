using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Api.Security;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>The monthly activity calendar of the caller's municipality (or one zone), as JSON and as a printable page.</summary>
public static class CalendarApi
{
    public sealed record Services(MonthlyCalendar Calendar, TenantAccessor Tenant, MunicipalityTime Time);

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities/calendar").WithTags("Calendar").RequireAuthorization(ActivitiesPolicies.CalendarReaders);
        group.MapGet("/", MonthAsync).WithName("GetMonthlyCalendar")
            .WithSummary("One month of activities by date (year and month default to the current month; zone optional)");
        group.MapGet("/print", PrintAsync).WithName("PrintMonthlyCalendar")
            .WithSummary("The same month as a printable HTML page in large type");
        return app;
    }

    private static async Task<Results<Ok<CalendarMonth>, ProblemHttpResult>> MonthAsync(
        int? year, int? month, string? zone, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (Resolve(municipality, year, month, services.Time, out var y, out var m) is { } problem)
        {
            return problem;
        }
        return TypedResults.Ok(await services.Calendar.BuildAsync(municipality, y, m, zone, cancellationToken));
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> PrintAsync(
        int? year, int? month, string? zone, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (Resolve(municipality, year, month, services.Time, out var y, out var m) is { } problem)
        {
            return problem;
        }
        var calendar = await services.Calendar.BuildAsync(municipality, y, m, zone, cancellationToken);
        return TypedResults.Text(PrintableCalendar.Render(calendar), "text/html; charset=utf-8");
    }

    private static ProblemHttpResult? Resolve(string municipality, int? year, int? month, MunicipalityTime time, out int y, out int m)
    {
        var today = time.Today(municipality);
        y = year ?? today.Year;
        m = month ?? today.Month;
        if (y is < 2000 or > 2100)
        {
            return Problems.Unprocessable("year", "must be between 2000 and 2100");
        }
        return m is < 1 or > 12 ? Problems.Unprocessable("month", "must be between 1 and 12") : null;
    }
}
