using System.Globalization;
using System.Net;
using System.Text;
using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Kpis;

/// <summary>The unit leader's figures: continuity, presence, punctuality, travel, and granted/planned/delivered minutes.</summary>
public static class KpisApi
{
    private const int MaxRangeDays = 92;

    public static IEndpointRouteBuilder MapKpisApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/kpis").WithTags("KPIs").RequireAuthorization(SchedulingPolicies.Planning);
        group.MapGet("/", GetAsync).WithName("GetKpis").WithSummary("A zone's KPIs for a period, as JSON");
        group.MapGet("/html", GetHtmlAsync).WithName("GetKpisHtml").WithSummary("A zone's KPIs for a period, as a printable HTML page");
        return app;
    }

    public sealed record Dependencies(KpiQuery Query, SchedulingDbContext Db, TenantAccessor Tenant);

    private static async Task<Results<Ok<KpiReport>, NotFound, ValidationProblem>> GetAsync(
        string? zone, DateOnly? from, DateOnly? to, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(zone) || from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > MaxRangeDays)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrWhiteSpace(zone) ? "zone" : "to"] = [string.IsNullOrWhiteSpace(zone) ? "is required" : $"from and to are required, to not before from, at most {MaxRangeDays} days apart"],
            });
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var known = await deps.Db.Staff.AnyAsync(s => s.MunicipalityId == municipality && s.Zone == zone, cancellationToken)
            || await deps.Db.Recipients.AnyAsync(r => r.MunicipalityId == municipality && r.Zone == zone, cancellationToken);
        if (!known)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await deps.Query.RunAsync(municipality, zone, from.Value, to.Value, cancellationToken));
    }

    private static async Task<Results<ContentHttpResult, NotFound, ValidationProblem>> GetHtmlAsync(
        string? zone, DateOnly? from, DateOnly? to, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var result = await GetAsync(zone, from, to, deps, cancellationToken);
        return result.Result switch
        {
            Ok<KpiReport> ok => TypedResults.Content(Html(ok.Value!), "text/html; charset=utf-8"),
            ValidationProblem invalid => invalid,
            _ => TypedResults.NotFound(),
        };
    }

    private static string Html(KpiReport k)
    {
        static string P(double share) => share.ToString("P0", CultureInfo.GetCultureInfo("nb-NO"));
        var rows = new (string Name, string Value, string Note)[]
        {
            ("Ulike ansatte per bruker per 14 dager", k.DistinctStaffPerRecipientPer14Days.ToString("0.0", CultureInfo.InvariantCulture), "så få som mulig"),
            ("Besøk av kontaktperson", P(k.ContactPersonShare), ""),
            ("Tid hos brukere", P(k.Presence), $"mål {P(k.PresenceTarget)}"),
            ("Punktlighet", P(k.Punctuality), "innsjekk i avtalt tidsvindu"),
            ("Kjøretid", P(k.TravelShare), "av arbeidstid"),
            ("Innvilgede minutter", k.GrantedMinutes.ToString(CultureInfo.InvariantCulture), ""),
            ("Planlagte minutter", k.PlannedMinutes.ToString(CultureInfo.InvariantCulture), ""),
            ("Utførte minutter", k.DeliveredMinutes.ToString(CultureInfo.InvariantCulture), ""),
            ("Uteblitte besøk", k.MissedVisits.ToString(CultureInfo.InvariantCulture), "ikke sjekket inn 30 min etter vinduet"),
        };
        var html = new StringBuilder($"<!doctype html><html lang=\"nb\"><head><meta charset=\"utf-8\"><title>Nøkkeltall {WebUtility.HtmlEncode(k.Zone)}</title>");
        html.Append("<style>body{font-family:sans-serif;margin:1.5cm}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>");
        html.Append($"<h1>Nøkkeltall — {WebUtility.HtmlEncode(k.Zone)}</h1><p>{k.From:yyyy-MM-dd} – {k.To:yyyy-MM-dd} · {k.Recipients} brukere · {k.PublishedVisits} planlagte besøk</p><table>");
        foreach (var (name, value, note) in rows)
        {
            html.Append($"<tr><th>{name}</th><td>{value}</td><td>{note}</td></tr>");
        }
        return html.Append("</table></body></html>").ToString();
    }
}
