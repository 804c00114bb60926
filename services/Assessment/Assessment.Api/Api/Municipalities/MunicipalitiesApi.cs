using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Assessments;
using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Municipalities;

/// <summary>The tenant's configuration: country (national id rules, appeal law), letter language, zones.</summary>
public static class MunicipalitiesApi
{
    public static IEndpointRouteBuilder MapMunicipalitiesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/municipalities").WithTags("Municipalities");
        group.MapGet("/current", GetCurrentAsync)
            .RequireAuthorization(AssessmentPolicies.CareStaff)
            .WithName("GetCurrentMunicipality")
            .WithSummary("The caller's municipality with its zones");
        group.MapPut("/{number}", PutAsync)
            .RequireAuthorization(Roles.Admin)
            .WithName("PutMunicipality")
            .WithSummary("Creates or updates the admin's own municipality; zones are added or moved, never removed; a new municipality gets the default service catalogue and assessment variables");
        return app;
    }

    private static async Task<Results<Ok<MunicipalityResponse>, NotFound>> GetCurrentAsync(AssessmentDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = await db.Municipalities.FindTenantAsync(tenant, cancellationToken);
        return municipality is null ? TypedResults.NotFound() : TypedResults.Ok(MunicipalityResponse.From(municipality));
    }

    private static async Task<Results<Ok<MunicipalityResponse>, ValidationProblem, ForbidHttpResult>> PutAsync(
        string number, MunicipalityRequest request, AssessmentDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        if (number != tenant.RequiredMunicipalityId)
        {
            return TypedResults.Forbid();
        }
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= 100, "name", "is required, at most 100 characters")
            .Require(request.Country is not null && Countries.All.Contains(request.Country), "country", $"must be one of: {string.Join(", ", Countries.All)}")
            .Require(request.Language is "nb" or "nn" or "sv" or "da" or "en", "language", "must be one of: nb, nn, sv, da, en")
            .Require(request.Zones is { Count: > 0 }, "zones", "at least one zone is required");
        for (var i = 0; i < (request.Zones?.Count ?? 0); i++)
        {
            var zone = request.Zones![i];
            errors
                .Require(!string.IsNullOrWhiteSpace(zone.Name) && zone.Name.Trim().Length <= 100, $"zones[{i}].name", "is required, at most 100 characters")
                .Require(zone.Latitude is >= -90 and <= 90, $"zones[{i}].latitude", "is required, between -90 and 90")
                .Require(zone.Longitude is >= -180 and <= 180, $"zones[{i}].longitude", "is required, between -180 and 180");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var municipality = await db.Municipalities.FirstOrDefaultAsync(m => m.Number == number, cancellationToken);
        if (municipality is null)
        {
            municipality = Municipality.Create(number, request.Name!, request.Country!, request.Language!);
            db.Municipalities.Add(municipality);
            db.ServiceTypes.AddRange(DefaultCatalogue.Entries.Select(entry => ServiceType.Create(number, entry)));
            db.AssessmentVariables.AddRange(DefaultVariables.For(number));
        }
        else if (municipality.Country != request.Country)
        {
            // National ids already stored were checked by the old country's rules.
            errors.Add("country", $"cannot change from {municipality.Country} once the municipality exists");
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        else
        {
            municipality.Rename(request.Name!, request.Language!);
        }
        foreach (var zone in request.Zones!)
        {
            municipality.SetZone(zone.Name!, zone.Latitude!.Value, zone.Longitude!.Value);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MunicipalityResponse.From(municipality));
    }
}
