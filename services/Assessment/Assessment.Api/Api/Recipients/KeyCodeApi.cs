using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Auditing;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>
/// The one way a key code leaves Assessment. The path is under <c>/internal/</c>, which the gateway does not route,
/// and only Scheduling's own client credential may call it (<see cref="AssessmentPolicies.KeyCodeReaders"/>):
/// Scheduling has checked that the visit is the asking staff member's and today's, and names the municipality and
/// the staff member the read is for. Every read is journaled with that staff member; the code is never logged.
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
            .WithSummary("Internal, for Scheduling's client credential only: the key arrangement with its code for one staff member's visit; every read is journaled");
        return app;
    }

    private static async Task<Results<Ok<KeyCodeResponse>, NotFound, ValidationProblem>> GetAsync(
        Guid id, string? municipality, string? staffId, HttpContext http, AssessmentDbContext db, TimeProvider time, KeyCodeProtector protector,
        CancellationToken cancellationToken)
    {
        if (municipality is not { Length: 4 } || !municipality.All(char.IsAsciiDigit))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["municipality"] = ["must be a four-digit municipality number"] });
        }
        if (!Guid.TryParse(staffId, out var staff))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["staffId"] = ["must be the id of the staff member the code is for"] });
        }
        var key = await db.Recipients.AsNoTracking()
            .Where(r => r.Id == id && r.MunicipalityId == municipality)
            .Select(r => r.KeyArrangement)
            .FirstOrDefaultAsync(cancellationToken);
        if (key is null)
        {
            return TypedResults.NotFound();
        }
        var client = http.User.FindFirst(ClaimNames.ClientId)?.Value ?? http.User.Subject();
        db.AccessRecords.Add(AccessRecord.Of(municipality, id, $"staff:{staff}", $"client:{client}", "keyCode", time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new KeyCodeResponse(id, key.Kind, key.Location, key.ProtectedCode is null ? null : protector.Unprotect(key.ProtectedCode)));
    }
}
