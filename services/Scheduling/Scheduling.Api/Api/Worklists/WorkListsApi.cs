using System.Net;
using System.Security.Claims;
using System.Text;
using CareServices.Scheduling.Api.KeyCodes;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;
using CareServices.Scheduling.Domain.Visits;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Worklists;

/// <summary>
/// Work lists (arbeidsliste / kjøreliste): a staff member's published visits of a day in route order. A care worker
/// reads their own (the token's <c>staff_id</c>); planners and the unit leader read anyone's. Key codes appear only on
/// the care worker's own list for today (<see cref="KeyCodeAccess"/>), added after the cache and sent with <c>no-store</c>.
/// </summary>
public static class WorkListsApi
{
    public static IEndpointRouteBuilder MapWorkListsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/worklists").WithTags("Work lists").RequireAuthorization(Policies.Staff);
        group.MapGet("/{staffId:guid}/{date}", GetAsync).WithName("GetWorkList").WithSummary("A staff member's visits of a day in route order, with times, addresses, tasks and travel");
        group.MapGet("/{staffId:guid}/{date}/print", PrintAsync).WithName("PrintWorkList").WithSummary("The work list as a printable HTML page");
        group.MapGet("/{staffId:guid}/{date}/visits/{visitId:guid}/key", GetKeyAsync).WithName("GetVisitKeyCode")
            .WithSummary("The key code for one of the caller's own visits today, fetched from Assessment and never cached");
        return app;
    }

    public sealed record Dependencies(WorkListCache Cache, TenantAccessor Tenant, SchedulingClock Clock, KeyCodeAccess Keys, HttpResponse Response);

    internal static bool MayRead(ClaimsPrincipal user, Guid staffId) => user.IsPlanning() || user.StaffId() == staffId;

    private static async Task<Results<Ok<WorkList>, NotFound, ProblemHttpResult, ValidationProblem>> GetAsync(
        Guid staffId, string date, ClaimsPrincipal user, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["must be a date, yyyy-MM-dd"] });
        }
        if (!MayRead(user, staffId))
        {
            return TypedResults.Problem(Problems.Forbidden("staffId", "a care worker reads only their own work list"));
        }
        var list = await deps.Cache.GetAsync(deps.Tenant.RequiredMunicipalityId, staffId, day, cancellationToken);
        if (list is null)
        {
            return TypedResults.NotFound();
        }
        if (deps.Keys.MayRead(user, staffId, day) && list.Visits.Count > 0)
        {
            deps.Response.Headers.CacheControl = "no-store";
            list = await deps.Keys.AddToAsync(deps.Tenant.RequiredMunicipalityId, list, cancellationToken);
        }
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<KeyCode>, NotFound<ProblemDetails>, ProblemHttpResult, ValidationProblem>> GetKeyAsync(
        Guid staffId, string date, Guid visitId, ClaimsPrincipal user, SchedulingDbContext db, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["must be a date, yyyy-MM-dd"] });
        }
        if (user.StaffId() != staffId)
        {
            return TypedResults.Problem(Problems.Forbidden("staffId", "a key code is given only to the staff member the visit is planned for"));
        }
        if (!deps.Keys.MayRead(user, staffId, day))
        {
            return TypedResults.Problem(Problems.Forbidden("date", "a key code is given only on the day of the visit"));
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var visit = await db.Visits.AsNoTracking()
            .Where(v => v.Id == visitId && v.MunicipalityId == municipality)
            .Select(v => new { v.RecipientId, v.Date, v.PublishedStaffIds, v.Status })
            .FirstOrDefaultAsync(cancellationToken);
        if (visit is null)
        {
            return TypedResults.NotFound(NotFoundProblem("visitId", "no such visit"));
        }
        if (visit.Date != day || visit.Status == VisitStatus.Cancelled || !visit.PublishedStaffIds.Contains(staffId))
        {
            return TypedResults.Problem(Problems.Forbidden("visitId", "the visit is not on the caller's published work list for this day"));
        }
        var lookup = await deps.Keys.GetAsync(municipality, visit.RecipientId, staffId, cancellationToken);
        if (lookup.Unavailable)
        {
            return TypedResults.Problem(title: "The key code cannot be fetched right now", detail: "Assessment did not answer; try again shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        if (lookup.Key is null)
        {
            return TypedResults.NotFound(NotFoundProblem("visitId", "the recipient has no key arrangement on record"));
        }
        deps.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(lookup.Key);
    }

    private static ProblemDetails NotFoundProblem(string field, string rule) => new()
    {
        Title = "Not found",
        Detail = $"{field}: {rule}",
        Status = StatusCodes.Status404NotFound,
        Extensions = { ["field"] = field },
    };

    private static async Task<Results<ContentHttpResult, NotFound, ProblemHttpResult, ValidationProblem>> PrintAsync(
        Guid staffId, string date, ClaimsPrincipal user, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var result = await GetAsync(staffId, date, user, deps, cancellationToken);
        return result.Result switch
        {
            Ok<WorkList> ok => TypedResults.Content(Html(ok.Value!, deps.Clock), "text/html; charset=utf-8"),
            NotFound notFound => notFound,
            ProblemHttpResult problem => problem,
            ValidationProblem invalid => invalid,
            _ => TypedResults.NotFound(),
        };
    }

    private static string Html(WorkList list, SchedulingClock clock)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append($"<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Arbeidsliste {E(list.StaffName)} {list.Date:yyyy-MM-dd}</title>");
        html.Append("<style>body{font-family:sans-serif;margin:1.5cm}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:4px;text-align:left;vertical-align:top}@media print{a{display:none}}</style></head><body>");
        html.Append($"<h1>Arbeidsliste — {E(list.StaffName)}</h1><p>{list.Date:dddd d. MMMM yyyy} · {list.Visits.Count} besøk · {list.VisitMinutes} min hos brukere · {list.TravelMinutes} min kjøring</p>");
        var withKeys = list.Visits.Any(v => v.Key is not null || v.KeyUnavailable);
        html.Append("<table><thead><tr><th>#</th><th>Tid</th><th>Bruker</th><th>Adresse</th><th>Oppgaver</th><th>Kjøring før</th>")
            .Append(withKeys ? "<th>Nøkkel</th>" : "").Append("</tr></thead><tbody>");
        foreach (var v in list.Visits)
        {
            html.Append($"<tr><td>{v.Order}</td><td>{clock.ToLocal(v.Start):HH:mm}–{clock.ToLocal(v.End):HH:mm}</td><td>{E(v.RecipientName)}</td>")
                .Append($"<td>{E(v.Street)}, {E(v.PostalCode)} {E(v.City)}</td><td>{E(string.Join(", ", v.Tasks.Select(t => $"{t.ServiceCode} ({t.Minutes} min)")))}</td><td>{v.TravelMinutesBefore} min</td>")
                .Append(withKeys ? $"<td>{E(KeyText(v))}</td>" : "").Append("</tr>");
        }
        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }

    private static string KeyText(WorkListVisit visit) =>
        visit.KeyUnavailable ? "ikke tilgjengelig nå"
        : visit.Key is null ? ""
        : string.Join(" · ", new[] { visit.Key.Kind, visit.Key.Location, visit.Key.Code }.Where(p => !string.IsNullOrEmpty(p)));
}
