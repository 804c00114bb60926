using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Api.Security;
using CareServices.Activities.Domain.Volunteers;
using CareServices.Contracts.Activities;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Volunteers;

/// <summary>
/// Volunteers and their matches with recipients. A role that visits at home needs a police certificate younger than
/// three years: matching without one is a 409 that says why.
/// </summary>
public static class VolunteersApi
{
    public sealed record Services(ActivitiesDbContext Db, TenantAccessor Tenant, MunicipalityTime Time);

    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities/volunteers").WithTags("Volunteers").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithName("ListVolunteers").WithSummary("The municipality's volunteers, optionally one role's");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetVolunteer").WithSummary("One volunteer with roles, interests, availability and certificate");
        group.MapPost("/", RegisterAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("RegisterVolunteer").WithSummary("Registers a volunteer");
        group.MapPut("/{id:guid}", ChangeAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("ChangeVolunteer").WithSummary("Changes a volunteer's profile, certificate date, consent or status");
        group.MapPost("/{id:guid}/matches", MatchAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("MatchVolunteer").WithSummary("Matches the volunteer with a recipient in a role (VolunteerMatched)");
        app.MapPost("/api/activities/volunteer-matches/{id:guid}/end", EndAsync).WithTags("Volunteers")
            .RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("EndVolunteerMatch").WithSummary("Ends a volunteer's match with a recipient");
        return app;
    }

    private static async Task<Ok<List<VolunteerResponse>>> ListAsync(string? role, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var today = services.Time.Today(municipality);
        var volunteers = await services.Db.Volunteers.AsNoTracking().Of(municipality).OrderBy(v => v.Name).ToListAsync(cancellationToken);
        var filtered = EnumNames<VolunteerRole>.TryParse(role, out var wanted) ? volunteers.Where(v => v.Roles.Contains(wanted)) : volunteers;
        return TypedResults.Ok(filtered.Select(v => VolunteerResponse.From(v, today)).ToList());
    }

    private static async Task<Results<Ok<VolunteerResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var volunteer = await services.Db.Volunteers.AsNoTracking().Of(municipality).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        return volunteer is null ? TypedResults.NotFound() : TypedResults.Ok(VolunteerResponse.From(volunteer, services.Time.Today(municipality)));
    }

    private static async Task<Results<Created<VolunteerResponse>, ProblemHttpResult>> RegisterAsync(
        VolunteerRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var today = services.Time.Today(municipality);
        var (profile, errors) = VolunteerValidator.Validate(request, today);
        if (profile is null)
        {
            return Problems.Unprocessable(errors);
        }
        var volunteer = Volunteer.Register(municipality, profile);
        services.Db.Volunteers.Add(volunteer);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/activities/volunteers/{volunteer.Id}", VolunteerResponse.From(volunteer, today));
    }

    private static async Task<Results<Ok<VolunteerResponse>, NotFound, ProblemHttpResult>> ChangeAsync(
        Guid id, VolunteerRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var volunteer = await services.Db.Volunteers.Of(municipality).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }
        var today = services.Time.Today(municipality);
        var (profile, errors) = VolunteerValidator.Validate(request, today);
        if (profile is null)
        {
            return Problems.Unprocessable(errors);
        }
        volunteer.Change(profile);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(VolunteerResponse.From(volunteer, today));
    }

    private static async Task<Results<Created<MatchResponse>, NotFound, ProblemHttpResult>> MatchAsync(
        Guid id, MatchRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var volunteer = await services.Db.Volunteers.Of(municipality).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (volunteer is null)
        {
            return TypedResults.NotFound();
        }
        var errors = new ValidationErrors().Require(request.RecipientId is not null, "recipientId", "is required");
        if (!EnumNames<VolunteerRole>.TryParse(request.Role, out var role))
        {
            errors.Add("role", $"must be one of: {EnumNames<VolunteerRole>.Allowed}");
        }
        if (!errors.IsEmpty)
        {
            return Problems.Unprocessable(errors);
        }
        var recipientId = request.RecipientId!.Value;
        if (!await services.Db.Recipients.Of(municipality).AnyAsync(r => r.Id == recipientId, cancellationToken))
        {
            return Problems.Unprocessable("recipientId", "is not a recipient of this municipality");
        }
        if (volunteer.Status != VolunteerStatus.Active)
        {
            return Problems.Conflict("status", $"the volunteer is {volunteer.Status.ToString().ToLowerInvariant()}, not active");
        }
        if (!volunteer.ConsentToContact)
        {
            return Problems.Conflict("consentToContact", "the volunteer has not consented to be contacted");
        }
        if (!volunteer.Roles.Contains(role))
        {
            return Problems.Conflict("role", "is not a role this volunteer has taken on");
        }
        if (PoliceCertificate.RequiredFor(role) && PoliceCertificate.Refusal(volunteer.PoliceCertificateIssuedOn, services.Time.Today(municipality)) is { } refusal)
        {
            return Problems.Conflict("policeCertificateIssuedOn", $"the volunteer {refusal}");
        }
        if (await services.Db.VolunteerAssignments.AnyAsync(a => a.VolunteerId == id && a.RecipientId == recipientId && a.Role == role && a.EndedAt == null, cancellationToken))
        {
            return Problems.Conflict("recipientId", "the volunteer is already matched with this recipient in this role");
        }
        var now = services.Time.Now;
        var assignment = VolunteerAssignment.Match(municipality, volunteer.Id, recipientId, role, now);
        services.Db.VolunteerAssignments.Add(assignment);
        services.Db.AddOutboxMessage(new VolunteerMatched
        {
            OccurredAt = now,
            MunicipalityId = municipality,
            MatchId = assignment.Id,
            VolunteerId = volunteer.Id,
            RecipientId = recipientId,
            Role = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(role.ToString()),
            VolunteerName = volunteer.Name,
            VolunteerPhone = volunteer.Phone.Length > 0 ? volunteer.Phone : null,
        }, assignment.Id.ToString());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/activities/volunteer-matches/{assignment.Id}", MatchResponse.From(assignment));
    }

    private static async Task<Results<Ok<MatchResponse>, NotFound, ProblemHttpResult>> EndAsync(
        Guid id, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var assignment = await services.Db.VolunteerAssignments.Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (assignment is null)
        {
            return TypedResults.NotFound();
        }
        if (!assignment.IsActive)
        {
            return Problems.Conflict("endedAt", "the match has already ended");
        }
        assignment.End(services.Time.Now);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(MatchResponse.From(assignment));
    }
}
