using System.Security.Claims;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Api.Security;
using CareServices.Activities.Domain.SignUps;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.SignUps;

/// <summary>
/// Sign-ups for an occurrence: by the recipient or by staff on their behalf. Past capacity a sign-up goes to the wait
/// list (not an error); a cancelled or past occurrence is a 409. Attendance is recorded by staff afterwards.
/// </summary>
public static class SignUpsApi
{
    public sealed record Services(ActivitiesDbContext Db, TenantAccessor Tenant, SignUpDesk Desk, MunicipalityTime Time);

    public static IEndpointRouteBuilder MapSignUpsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/activities/activities/{activityId:guid}/sign-ups", SignUpAsync)
            .WithTags("Sign-ups").RequireAuthorization(ActivitiesPolicies.SignUpMakers)
            .WithName("SignUp").WithSummary("Signs a recipient up for one occurrence: a seat, or the wait list when full (RecipientSignedUp)");
        app.MapGet("/api/activities/activities/{activityId:guid}/sign-ups", ListAsync)
            .WithTags("Sign-ups").RequireAuthorization(Policies.Staff)
            .WithName("ListSignUps").WithSummary("Who has a seat and who waits, for one occurrence");

        var group = app.MapGroup("/api/activities/sign-ups").WithTags("Sign-ups");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(ActivitiesPolicies.SignUpMakers)
            .WithName("GetSignUp").WithSummary("One sign-up with its wait-list place and transport");
        group.MapPost("/{id:guid}/cancel", CancelAsync).RequireAuthorization(ActivitiesPolicies.SignUpMakers)
            .WithName("CancelSignUp").WithSummary("Cancels a sign-up; a freed seat goes to the first on the wait list (SignUpCancelled)");
        group.MapPost("/{id:guid}/transport", TransportAsync).RequireAuthorization(Policies.Staff)
            .WithName("ArrangeTransport").WithSummary("Finds a driver volunteer for a sign-up that has a seat (TransportArranged)");
        group.MapPut("/{id:guid}/attendance", AttendanceAsync).RequireAuthorization(Policies.Staff)
            .WithName("RecordAttendance").WithSummary("Records afterwards whether the recipient came");
        return app;
    }

    private static async Task<Results<Created<SignUpResponse>, NotFound, ForbidHttpResult, ValidationProblem, ProblemHttpResult>> SignUpAsync(
        Guid activityId, SignUpRequest request, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var errors = new ValidationErrors()
            .Require(request.RecipientId is not null, "recipientId", "is required")
            .Require(request.OccurrenceStart is not null, "occurrenceStart", "is required");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var recipientId = request.RecipientId!.Value;
        if (!user.MayActFor(recipientId))
        {
            return TypedResults.Forbid();
        }
        var activity = await services.Db.Activities.AsNoTracking().Of(municipality).FirstOrDefaultAsync(a => a.Id == activityId, cancellationToken);
        if (activity is null)
        {
            return TypedResults.NotFound();
        }
        if (!await services.Db.Recipients.Of(municipality).AnyAsync(r => r.Id == recipientId, cancellationToken))
        {
            return Problems.Unprocessable("recipientId", "is not a recipient of this municipality");
        }
        // PostgreSQL stores instants in UTC and Npgsql refuses any other offset: "11:00+01:00" is 10:00Z.
        return await services.Desk.SignUpAsync(activity, recipientId, request.OccurrenceStart!.Value.ToUniversalTime(), request.Transport, user.Subject(), cancellationToken) switch
        {
            { Result: Created<SignUpResponse> created } => created,
            { Result: NotFound notFound } => notFound,
            { Result: ProblemHttpResult problem } => problem,
            _ => throw new InvalidOperationException("Unknown sign-up outcome."),
        };
    }

    private static async Task<Results<Ok<List<SignUpResponse>>, NotFound>> ListAsync(
        Guid activityId, DateTimeOffset occurrenceStart, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (!await services.Db.Activities.Of(municipality).AnyAsync(a => a.Id == activityId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var start = occurrenceStart.ToUniversalTime();
        var signUps = await services.Db.SignUps.AsNoTracking().Of(municipality)
            .Where(s => s.ActivityId == activityId && s.OccurrenceStart == start)
            .OrderBy(s => s.SignedUpAt).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var position = 0;
        return TypedResults.Ok(signUps
            .Select(s => SignUpResponse.From(s, s.Status == SignUpStatus.WaitListed ? ++position : null))
            .OrderBy(s => s.Status)
            .ToList());
    }

    private static async Task<Results<Ok<SignUpResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid id, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var signUp = await services.Db.SignUps.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null)
        {
            return TypedResults.NotFound();
        }
        if (!user.MayActFor(signUp.RecipientId))
        {
            return TypedResults.Forbid();
        }
        int? position = null;
        if (signUp.Status == SignUpStatus.WaitListed)
        {
            position = await services.Db.SignUps.CountAsync(s => s.ActivityId == signUp.ActivityId && s.OccurrenceStart == signUp.OccurrenceStart
                && s.Status == SignUpStatus.WaitListed
                && (s.SignedUpAt < signUp.SignedUpAt || (s.SignedUpAt == signUp.SignedUpAt && s.Id.CompareTo(signUp.Id) <= 0)), cancellationToken);
        }
        return TypedResults.Ok(SignUpResponse.From(signUp, position));
    }

    private static async Task<Results<Ok<SignUpResponse>, NotFound, ForbidHttpResult, ProblemHttpResult>> CancelAsync(
        Guid id, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var signUp = await services.Db.SignUps.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null)
        {
            return TypedResults.NotFound();
        }
        if (!user.MayActFor(signUp.RecipientId))
        {
            return TypedResults.Forbid();
        }
        return await services.Desk.CancelAsync(signUp, cancellationToken) switch
        {
            { Result: Ok<SignUpResponse> ok } => ok,
            { Result: NotFound notFound } => notFound,
            { Result: ProblemHttpResult problem } => problem,
            _ => throw new InvalidOperationException("Unknown cancellation outcome."),
        };
    }

    private static async Task<Results<Ok<SignUpResponse>, NotFound, ProblemHttpResult>> TransportAsync(
        Guid id, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var signUp = await services.Db.SignUps.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        return signUp is null ? TypedResults.NotFound() : await services.Desk.ArrangeTransportAsync(signUp, cancellationToken);
    }

    private static async Task<Results<Ok<SignUpResponse>, NotFound, ValidationProblem, ProblemHttpResult>> AttendanceAsync(
        Guid id, AttendanceRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        if (request.Attended is not { } attended)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("attended", "is required: true or false").ToDictionary());
        }
        var signUp = await services.Db.SignUps.Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (signUp is null)
        {
            return TypedResults.NotFound();
        }
        if (signUp.Status != SignUpStatus.Confirmed)
        {
            return Problems.Conflict("status", "attendance is recorded only for a sign-up with a seat");
        }
        if (signUp.OccurrenceStart > services.Time.Now)
        {
            return Problems.Conflict("occurrenceStart", "the occurrence has not started yet");
        }
        signUp.RecordAttendance(attended);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(SignUpResponse.From(signUp));
    }
}
