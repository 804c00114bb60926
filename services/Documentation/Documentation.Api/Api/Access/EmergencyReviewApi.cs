using CareServices.Documentation.Api.Persistence;
using Microsoft.AspNetCore.Mvc;
using CareServices.Documentation.Api.Security;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using System.Security.Claims;

namespace CareServices.Documentation.Api.Api.Access;

/// <summary>The UnitLeader's review of emergency accesses to recipients of their zone.</summary>
public static class EmergencyReviewApi
{
    public static IEndpointRouteBuilder MapEmergencyReviewApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documentation/emergency-access")
            .WithTags("Access")
            .RequireAuthorization(Roles.UnitLeader);

        group.MapGet("/", ListAsync)
            .WithName("ListEmergencyAccess")
            .WithSummary("Emergency accesses to recipients of the UnitLeader's zone; unreviewed only unless reviewed=true");
        group.MapPost("/{id:guid}/review", ReviewAsync)
            .WithName("ReviewEmergencyAccess")
            .WithSummary("Marks an emergency access reviewed (once)");
        return app;
    }

    private static async Task<Results<Ok<List<EmergencyAccessResponse>>, ProblemHttpResult>> ListAsync(
        bool? reviewed, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        if (await LeaderZoneAsync(user, db, tenant.RequiredMunicipalityId, cancellationToken) is not { } zone)
        {
            return NoZone();
        }
        var municipality = tenant.RequiredMunicipalityId;
        var includeReviewed = reviewed ?? false;
        var accesses = await db.EmergencyAccesses.AsNoTracking()
            .Where(e => e.MunicipalityId == municipality && (includeReviewed || e.ReviewedAt == null))
            .Join(db.Recipients.Where(r => r.MunicipalityId == municipality && r.Zone == zone), e => e.RecipientId, r => r.Id, (e, _) => e)
            .OrderByDescending(e => e.GrantedAt)
            .Take(500)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(accesses.Select(EmergencyAccessResponse.From).ToList());
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult, ValidationProblem>> ReviewAsync(
        Guid id, EmergencyReviewRequest? request, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var note = request?.Note?.Trim();
        if (note is { Length: > Domain.Access.EmergencyAccess.ReasonMaxLength })
        {
            return TypedResults.ValidationProblem(new ValidationErrors()
                .Add("note", $"At most {Domain.Access.EmergencyAccess.ReasonMaxLength} characters.").ToDictionary());
        }
        var municipality = tenant.RequiredMunicipalityId;
        if (await LeaderZoneAsync(user, db, municipality, cancellationToken) is not { } zone)
        {
            return NoZone();
        }
        var access = await db.EmergencyAccesses
            .Where(e => e.Id == id && e.MunicipalityId == municipality)
            .Join(db.Recipients.Where(r => r.Zone == zone), e => e.RecipientId, r => r.Id, (e, _) => e)
            .FirstOrDefaultAsync(cancellationToken);
        if (access is null)
        {
            return TypedResults.NotFound(new ProblemDetails { Title = "Emergency access not found", Detail = $"No emergency access {id} in your zone.", Status = 404 });
        }
        if (!access.Review(Caller.From(user).StaffId!.Value, note, time.GetUtcNow()))
        {
            return TypedResults.Conflict(new ProblemDetails { Title = "Already reviewed", Detail = $"Emergency access {id} was reviewed at {access.ReviewedAt:O}.", Status = 409 });
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The zone the calling UnitLeader leads, from Scheduling's staff record their token's staff id names.</summary>
    private static async Task<string?> LeaderZoneAsync(ClaimsPrincipal user, DocumentationDbContext db, string municipality, CancellationToken cancellationToken) =>
        Caller.From(user).StaffId is { } staffId
            ? await db.StaffMembers.Where(s => s.Id == staffId && s.MunicipalityId == municipality).Select(s => s.Zone).FirstOrDefaultAsync(cancellationToken)
            : null;

    private static ProblemHttpResult NoZone() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No zone",
        detail: $"Your token's {Caller.StaffIdClaim} names no staff member known here, so the zone you lead is unknown.");
}
