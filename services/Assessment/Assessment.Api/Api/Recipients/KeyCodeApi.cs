using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Auditing;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>
/// The one way a key code leaves Assessment. The path is under <c>/internal/</c>, which the gateway does not route,
/// so only services inside the cluster (Scheduling, building the day's work lists for the staff who visit) reach
/// it, with the visiting or planning user's token (<see cref="AssessmentPolicies.KeyCodeReaders"/>). Every read is
/// journaled with who asked; the code is never logged.
/// </summary>
public static class KeyCodeApi
{
    public sealed record KeyCodeResponse(Guid RecipientId, KeyArrangementKind Kind, string? Location, string? Code);

    public static IEndpointRouteBuilder MapKeyCodeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/internal/assessment/recipients/{id:guid}/key-arrangement", GetAsync)
            .WithTags("Internal")
            .RequireAuthorization(AssessmentPolicies.KeyCodeReaders)
            .WithName("GetKeyArrangementWithCode")
            .WithSummary("Internal, for Scheduling's work lists: the key arrangement with its code; every read is journaled");
        return app;
    }

    private static async Task<Results<Ok<KeyCodeResponse>, NotFound>> GetAsync(
        Guid id, HttpContext http, AssessmentDbContext db, TenantAccessor tenant, TimeProvider time, KeyCodeProtector protector, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var key = await db.Recipients.AsNoTracking()
            .Where(r => r.Id == id && r.MunicipalityId == municipality)
            .Select(r => r.KeyArrangement)
            .FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound();
        }
        db.AccessRecords.Add(AccessRecord.Of(municipality, id, http.User.Subject(), http.User.ActingRole(), "keyCode", time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new KeyCodeResponse(id, key.Kind, key.Location, key.ProtectedCode is null ? null : protector.Unprotect(key.ProtectedCode)));
    }
}
