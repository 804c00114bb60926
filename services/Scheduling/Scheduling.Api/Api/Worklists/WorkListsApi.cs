using System.Net;
using System.Security.Claims;
using System.Text;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareServices.Scheduling.Api.Api.Worklists;

/// <summary>
/// Work lists (arbeidsliste / kjøreliste): a staff member's published visits of a day in route order. A care worker
/// reads their own (the token's <c>staff_id</c>); planners and the unit leader read anyone's.
/// </summary>
public static class WorkListsApi
{
    public static IEndpointRouteBuilder MapWorkListsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/worklists").WithTags("Work lists").RequireAuthorization(Policies.Staff);
        group.MapGet("/{staffId:guid}/{date}", GetAsync).WithName("GetWorkList").WithSummary("A staff member's visits of a day in route order, with times, addresses, tasks and travel");
        group.MapGet("/{staffId:guid}/{date}/print", PrintAsync).WithName("PrintWorkList").WithSummary("The work list as a printable HTML page");
        return app;
    }

    public sealed record Dependencies(WorkListCache Cache, TenantAccessor Tenant, SchedulingClock Clock);

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
        return list is null ? TypedResults.NotFound() : TypedResults.Ok(list);
    }

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
        html.Append("<table><thead><tr><th>#</th><th>Tid</th><th>Bruker</th><th>Adresse</th><th>Oppgaver</th><th>Kjøring før</th></tr></thead><tbody>");
        foreach (var v in list.Visits)
        {
            html.Append($"<tr><td>{v.Order}</td><td>{clock.ToLocal(v.Start):HH:mm}–{clock.ToLocal(v.End):HH:mm}</td><td>{E(v.RecipientName)}</td>")
                .Append($"<td>{E(v.Street)}, {E(v.PostalCode)} {E(v.City)}</td><td>{E(string.Join(", ", v.Tasks.Select(t => $"{t.ServiceCode} ({t.Minutes} min)")))}</td><td>{v.TravelMinutesBefore} min</td></tr>");
        }
        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }
}
