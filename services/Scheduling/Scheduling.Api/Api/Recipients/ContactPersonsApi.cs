using CareServices.Scheduling.Api.ContactPersons;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.ContactPersons;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Persistence;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CareServices.Scheduling.Api.Api.Recipients;

/// <summary>Contact persons (primærkontakt, sekundærkontakt): ranked suggestions and assignment within the caseload limit.</summary>
public static class ContactPersonsApi
{
    public static IEndpointRouteBuilder MapContactPersonsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/recipients/{id:guid}").WithTags("Contact persons").RequireAuthorization(Policies.Staff);
        group.MapGet("/contact-person-suggestions", SuggestAsync).WithName("SuggestContactPersons")
            .WithSummary("Staff ranked as the recipient's primary contact (zone, competence, language, caseload, who already visits), each with its reasons");
        group.MapPut("/contact-persons", AssignAsync).RequireAuthorization(SchedulingPolicies.Planning).WithName("AssignContactPersons")
            .WithSummary("Sets the primary and secondary contact person; 409 when the primary's caseload is full; publishes ContactPersonAssigned");
        return app;
    }

    public sealed record Dependencies(SchedulingDbContext Db, TenantAccessor Tenant, SchedulingClock Clock, IOptions<ContactPersonOptions> Options);

    private static async Task<Results<Ok<IReadOnlyList<ContactSuggestionResponse>>, NotFound>> SuggestAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var recipient = await deps.Db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        var today = deps.Clock.Today;
        var needed = await deps.Db.CareTasks.AsNoTracking().Where(t => t.RecipientId == id && (t.ValidTo == null || t.ValidTo >= today)).Select(t => t.Competence).Distinct().ToListAsync(cancellationToken);
        var staff = await deps.Db.Staff.AsNoTracking().Where(s => s.MunicipalityId == municipality && s.Active).ToListAsync(cancellationToken);
        var caseloads = await deps.Db.ContactAssignments.AsNoTracking().Where(c => c.MunicipalityId == municipality && c.RecipientId != id)
            .GroupBy(c => c.PrimaryStaffId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var since = today.AddDays(-28);
        var visits = (await deps.Db.Visits.AsNoTracking().Where(v => v.RecipientId == id && v.Date >= since && v.Date <= today && v.PublishedStart != null)
            .Select(v => v.PublishedStaffIds).ToListAsync(cancellationToken)).SelectMany(s => s).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var candidates = staff.Select(s => new ContactCandidate(s.Id, s.Name, s.Zone, s.Competences, s.Languages, caseloads.GetValueOrDefault(s.Id), visits.GetValueOrDefault(s.Id)));
        var ranked = ContactSuggestions.Rank(candidates, recipient.Zone, needed, recipient.PreferredLanguage, deps.Options.Value.CaseloadLimit);
        return TypedResults.Ok<IReadOnlyList<ContactSuggestionResponse>>([.. ranked.Take(20).Select(s => new ContactSuggestionResponse(s.StaffId, s.Name, s.Score, s.Caseload, s.Reasons))]);
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem>> AssignAsync(
        Guid id, ContactPersonsRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(request.PrimaryStaffId is not null, "primaryStaffId", "is required")
            .Require(request.SecondaryStaffId is null || request.SecondaryStaffId != request.PrimaryStaffId, "secondaryStaffId", "must be someone else than the primary");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var recipient = await deps.Db.Recipients.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound(NotFoundProblem("id", "no such recipient"));
        }
        var ids = new[] { request.PrimaryStaffId!.Value, request.SecondaryStaffId ?? request.PrimaryStaffId.Value };
        var names = await deps.Db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id) && s.MunicipalityId == municipality && s.Active).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        if (!names.ContainsKey(ids[0]))
        {
            return TypedResults.NotFound(NotFoundProblem("primaryStaffId", "no such active staff member"));
        }
        if (!names.ContainsKey(ids[1]))
        {
            return TypedResults.NotFound(NotFoundProblem("secondaryStaffId", "no such active staff member"));
        }
        var limit = deps.Options.Value.CaseloadLimit;
        ContactPersonResponse Ref(Guid staffId) => new(staffId, names[staffId]);
        // The version is the concurrency token, and a first assignment made twice meets the key: a change that loses
        // the race is applied again to what the other left (ConcurrentWrite), then 409.
        return await deps.Db.RetryAsync<Results<Ok<RecipientResponse>, NotFound<ProblemDetails>, Conflict<ProblemDetails>, ValidationProblem>>(async () =>
        {
            var caseload = await deps.Db.ContactAssignments.CountAsync(c => c.PrimaryStaffId == ids[0] && c.RecipientId != id, cancellationToken);
            if (caseload >= limit)
            {
                return TypedResults.Conflict(Problems.Conflict("primaryStaffId", $"{names[ids[0]]} is already primary contact for {caseload} recipients (the limit is {limit})"));
            }
            var assignment = await deps.Db.ContactAssignments.FirstOrDefaultAsync(c => c.RecipientId == id, cancellationToken);
            if (assignment is null)
            {
                assignment = ContactAssignment.Assign(municipality, id, ids[0], request.SecondaryStaffId, deps.Clock.Today);
                deps.Db.ContactAssignments.Add(assignment);
            }
            else
            {
                assignment.Reassign(ids[0], request.SecondaryStaffId, deps.Clock.Today);
            }
            deps.Db.AddOutboxMessage(ContactPersonEvents.Assigned(assignment, names, "assigned", deps.Clock.Now), id.ToString());
            await deps.Db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(RecipientResponse.From(recipient, Ref(ids[0]), request.SecondaryStaffId is { } s ? Ref(s) : null, Ref(ids[0])));
        }, () => TypedResults.Conflict(Problems.Conflict("version", "the contact persons were changed by someone else meanwhile; reload and try again")), cancellationToken);
    }

    private static ProblemDetails NotFoundProblem(string field, string rule) => new()
    {
        Title = "Not found",
        Detail = $"{field}: {rule}",
        Status = StatusCodes.Status404NotFound,
        Extensions = { ["field"] = field },
    };
}
