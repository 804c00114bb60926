using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Domain.Access;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Access;

/// <summary>Who read a recipient's record, and emergency access for staff without a care relation.</summary>
public static class RecordAccessApi
{
    public static IEndpointRouteBuilder MapRecordAccessApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documentation/recipients/{recipientId:guid}")
            .WithTags("Access")
            .RequireAuthorization(Policies.StaffOrRecipient)
            .BehindRecordGate();

        group.MapGet("/access-log", GetAccessLogAsync)
            .Touches("access-log", RecordPurpose.AccessLog)
            .WithName("GetAccessLog")
            .WithSummary("Who read the recipient's record, when, what and why (the recipient for their own record, or staff with a care relation)");
        group.MapPost("/emergency-access", RequestEmergencyAccessAsync)
            .Touches("emergency-access", RecordPurpose.EmergencyRequest)
            .WithName("RequestEmergencyAccess")
            .WithSummary("Emergency access without a care relation: a written reason, 4 hours, flagged for the UnitLeader's review");
        return app;
    }

    private static async Task<Ok<List<AccessLogEntryResponse>>> GetAccessLogAsync(
        RecordAccess access, DocumentationDbContext db, CancellationToken cancellationToken)
    {
        var entries = await db.AccessLog.AsNoTracking()
            .Where(e => e.RecipientId == access.RecipientId && e.MunicipalityId == access.MunicipalityId)
            .OrderByDescending(e => e.At)
            .Take(1000)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(entries.Select(AccessLogEntryResponse.From).ToList());
    }

    private static async Task<Results<Created<EmergencyAccessResponse>, ValidationProblem>> RequestEmergencyAccessAsync(
        RecordAccess access, EmergencyAccessRequest request, DocumentationDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var reason = request.Reason?.Trim() ?? "";
        var errors = new ValidationErrors()
            .Require(reason.Length >= 10, "reason", "Write why you need the record now (at least 10 characters).")
            .Require(reason.Length <= EmergencyAccess.ReasonMaxLength, "reason", $"At most {EmergencyAccess.ReasonMaxLength} characters.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var emergency = EmergencyAccess.Grant(access.MunicipalityId, access.RecipientId, access.StaffId, access.Caller.Name ?? "unknown",
            access.Caller.Role, reason, time.GetUtcNow());
        db.EmergencyAccesses.Add(emergency);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/documentation/emergency-access/{emergency.Id}", EmergencyAccessResponse.From(emergency));
    }
}
