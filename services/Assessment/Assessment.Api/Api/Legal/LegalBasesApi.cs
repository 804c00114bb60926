using System.Globalization;
using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Legal;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CareServices.Assessment.Api.Api.Legal;

/// <summary>The legal-basis table as the caller's municipality applies it on a date: what decisions cite and how they are appealed.</summary>
public static class LegalBasesApi
{
    public static IEndpointRouteBuilder MapLegalBasesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/assessment/legal-bases", ListAsync).WithTags("Legal bases").RequireAuthorization(AssessmentPolicies.CareStaff)
            .WithName("ListLegalBases").WithSummary("The legal basis and appeal rule per service category on a date (default today), with the municipality's overrides");
        return app;
    }

    private static async Task<Results<Ok<List<LegalBasis>>, ValidationProblem, UnprocessableEntity<ProblemDetails>>> ListAsync(
        string? date, AssessmentDbContext db, TenantAccessor tenant, LegalBases legal, TimeProvider time, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.FindTenantAsync(tenant, cancellationToken);
        if (municipality is null)
        {
            return TypedResults.UnprocessableEntity(MunicipalityLookup.NotConfigured(tenant));
        }
        var on = municipality.Today(time.GetUtcNow());
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["must be a date (yyyy-MM-dd)"] });
        }
        return TypedResults.Ok(legal.All(municipality.Number, municipality.Country, on).ToList());
    }
}
