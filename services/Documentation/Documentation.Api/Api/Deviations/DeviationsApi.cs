using System.Security.Claims;
using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Api.Security;
using CareServices.Documentation.Domain.Access;
using CareServices.Documentation.Domain.Deviations;
using CareServices.Documentation.Domain.Records;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api.Deviations;

/// <summary>
/// Deviations (avvik): any staff member reports one (about a recipient only with a care relation); the zone's
/// UnitLeader follows it up and closes it. The UnitLeader's reads of deviations about recipients are access-logged.
/// </summary>
public static class DeviationsApi
{
    public static IEndpointRouteBuilder MapDeviationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documentation/deviations").WithTags("Deviations");
        group.MapPost("/", ReportAsync).RequireAuthorization(Policies.Staff)
            .WithName("ReportDeviation")
            .WithSummary("Reports a deviation (fall, medication error, missed visit, violence or threat, equipment, other) with severity and immediate action");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.UnitLeader)
            .WithName("ListDeviations")
            .WithSummary("The deviations of the UnitLeader's zone, newest first; open only unless status=all");
        group.MapPost("/{id:guid}/follow-ups", AddFollowUpAsync).RequireAuthorization(Roles.UnitLeader)
            .WithName("AddDeviationFollowUp")
            .WithSummary("Adds a follow-up action with its owner and due date");
        group.MapPost("/{id:guid}/follow-ups/{actionId:guid}/done", CompleteFollowUpAsync).RequireAuthorization(Roles.UnitLeader)
            .WithName("CompleteDeviationFollowUp")
            .WithSummary("Marks a follow-up action done");
        group.MapPost("/{id:guid}/close", CloseAsync).RequireAuthorization(Roles.UnitLeader)
            .WithName("CloseDeviation")
            .WithSummary("The zone's UnitLeader closes a deviation whose follow-ups are all done");
        return app;
    }

    private static async Task<Results<Created<DeviationResponse>, ValidationProblem, UnprocessableEntity<ProblemDetails>, ProblemHttpResult>> ReportAsync(
        DeviationRequest request, ClaimsPrincipal user, DocumentationDbContext db, RecordGate gate, TenantAccessor tenant, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!EnumNames<DeviationType>.TryParse(request.Type, out var type))
        {
            errors.Add("type", $"Must be one of: {EnumNames<DeviationType>.Allowed}.");
        }
        if (!EnumNames<DeviationSeverity>.TryParse(request.Severity, out var severity))
        {
            errors.Add("severity", $"Must be one of: {EnumNames<DeviationSeverity>.Allowed}.");
        }
        var description = request.Description?.Trim() ?? "";
        errors.Require(description.Length > 0, "description", "Required.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        if (description.Length > TextLimits.MaxLength || request.ImmediateAction is { Length: > TextLimits.MaxLength })
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable(description.Length > TextLimits.MaxLength ? "description" : "immediateAction",
                $"At most {TextLimits.MaxLength} characters."));
        }
        var caller = Caller.From(user);
        var municipality = tenant.RequiredMunicipalityId;
        string zone;
        if (request.RecipientId is { } recipientId)
        {
            var decision = await gate.OpenAsync(caller, municipality, recipientId, new ConfidentialRecordAttribute("deviation", RecordPurpose.Write), cancellationToken);
            if (decision.Access is null)
            {
                return decision.Refusal!;
            }
            zone = decision.Access.RecipientZone;
        }
        else if (caller.StaffId is { } own && await db.StaffMembers.Where(s => s.Id == own && s.MunicipalityId == municipality).Select(s => s.Zone).FirstOrDefaultAsync(cancellationToken) is { } staffZone)
        {
            zone = staffZone;
        }
        else
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("recipientId", "Name the recipient, or report as a staff member known here, so the deviation has a zone."));
        }
        var deviation = Deviation.Report(municipality, zone, request.RecipientId, request.VisitId, type, severity, description, request.ImmediateAction?.Trim(),
            caller.StaffId, time.GetUtcNow());
        db.Deviations.Add(deviation);
        db.AddOutboxMessage(DeviationEvents.Reported(deviation), deviation.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/documentation/deviations/{deviation.Id}", DeviationResponse.From(deviation));
    }

    private static async Task<Results<Ok<List<DeviationResponse>>, ProblemHttpResult>> ListAsync(
        string? status, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var caller = Caller.From(user);
        if (await ZoneOfAsync(caller, db, municipality, cancellationToken) is not { } leader)
        {
            return NoZone();
        }
        var all = string.Equals(status, "all", StringComparison.OrdinalIgnoreCase);
        var deviations = await db.Deviations
            .Where(d => d.MunicipalityId == municipality && d.Zone == leader.Zone && (all || d.ClosedAt == null))
            .OrderByDescending(d => d.ReportedAt).Take(500).ToListAsync(cancellationToken);
        // Descriptions are confidential: each recipient whose deviations are shown gets an access-log entry.
        var now = time.GetUtcNow();
        foreach (var recipient in deviations.Where(d => d.RecipientId is not null).Select(d => d.RecipientId!.Value).Distinct())
        {
            db.AccessLog.Add(AccessLogEntry.Record(municipality, recipient, now, leader.StaffId, caller.Name ?? leader.Name, caller.Role, "deviations",
                "zoneUnitLeader", null));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(deviations.Select(DeviationResponse.From).ToList());
    }

    private static async Task<Results<Ok<DeviationResponse>, ValidationProblem, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> AddFollowUpAsync(
        Guid id, FollowUpRequest request, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var description = request.Description?.Trim() ?? "";
        var errors = new ValidationErrors()
            .Require(description.Length is > 0 and <= 2000, "description", "Required, at most 2000 characters.")
            .Require(request.OwnerStaffId is not null, "ownerStaffId", "Required.")
            .Require(request.DueDate is not null, "dueDate", "Required.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var (deviation, refusal) = await FindInZoneAsync(id, user, db, tenant.RequiredMunicipalityId, cancellationToken);
        if (deviation is null)
        {
            return refusal!;
        }
        if (deviation.AddFollowUp(description, request.OwnerStaffId!.Value, request.DueDate!.Value, time.GetUtcNow()) is null)
        {
            return TypedResults.Conflict(Problems.Conflict("id", "The deviation is closed."));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DeviationResponse.From(deviation));
    }

    private static async Task<Results<Ok<DeviationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> CompleteFollowUpAsync(
        Guid id, Guid actionId, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var (deviation, refusal) = await FindInZoneAsync(id, user, db, tenant.RequiredMunicipalityId, cancellationToken);
        if (deviation is null)
        {
            return refusal!;
        }
        if (deviation.FollowUps.All(a => a.Id != actionId))
        {
            return TypedResults.NotFound(Problems.NotFound("Follow-up action", actionId));
        }
        if (!deviation.CompleteFollowUp(actionId, time.GetUtcNow()))
        {
            return TypedResults.Conflict(Problems.Conflict("actionId", "The action is already done."));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DeviationResponse.From(deviation));
    }

    private static async Task<Results<Ok<DeviationResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>, ProblemHttpResult>> CloseAsync(
        Guid id, CloseDeviationRequest? request, ClaimsPrincipal user, DocumentationDbContext db, TenantAccessor tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var (deviation, refusal) = await FindInZoneAsync(id, user, db, tenant.RequiredMunicipalityId, cancellationToken);
        if (deviation is null)
        {
            return refusal!;
        }
        switch (deviation.Close(Caller.From(user).StaffId!.Value, request?.Note?.Trim(), time.GetUtcNow()))
        {
            case DeviationClosing.AlreadyClosed:
                return TypedResults.Conflict(Problems.Conflict("id", $"The deviation was closed at {deviation.ClosedAt:O}."));
            case DeviationClosing.FollowUpsOpen:
                return TypedResults.UnprocessableEntity(Problems.Unprocessable("followUps", "Every follow-up action must be done before the deviation is closed."));
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DeviationResponse.From(deviation));
    }

    /// <summary>A deviation of the calling UnitLeader's zone, or the ProblemDetails that refuses it.</summary>
    private static async Task<(Deviation? Deviation, ProblemHttpResult? Refusal)> FindInZoneAsync(
        Guid id, ClaimsPrincipal user, DocumentationDbContext db, string municipality, CancellationToken cancellationToken)
    {
        if (await ZoneOfAsync(Caller.From(user), db, municipality, cancellationToken) is not { } leader)
        {
            return (null, NoZone());
        }
        var deviation = await db.Deviations.FirstOrDefaultAsync(d => d.Id == id && d.MunicipalityId == municipality && d.Zone == leader.Zone, cancellationToken);
        return deviation is null
            ? (null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Deviation not found", detail: $"No deviation {id} in your zone."))
            : (deviation, null);
    }

    private sealed record Leader(Guid StaffId, string Name, string Zone);

    private static async Task<Leader?> ZoneOfAsync(Caller caller, DocumentationDbContext db, string municipality, CancellationToken cancellationToken) =>
        caller.StaffId is { } staffId
            ? await db.StaffMembers.Where(s => s.Id == staffId && s.MunicipalityId == municipality && s.Active)
                .Select(s => new Leader(s.Id, s.Name, s.Zone)).FirstOrDefaultAsync(cancellationToken)
            : null;

    private static ProblemHttpResult NoZone() => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No zone",
        detail: $"Your token's {Caller.StaffIdClaim} names no active staff member known here, so the zone you lead is unknown.");
}
