using System.Security.Claims;
using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Scheduling;
using CareServices.Activities.Api.Security;
using CareServices.Activities.Domain.Interests;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Interests;

/// <summary>
/// The interest checklist: its catalogue, recording one with a recipient, the due list (never done or 12 months
/// old) per zone and contact person, and the unit statistics of the categories recipients want.
/// </summary>
public static class InterestsApi
{
    public sealed record Services(ActivitiesDbContext Db, TenantAccessor Tenant, MunicipalityTime Time);

    public static IEndpointRouteBuilder MapInterestsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/activities/interests/catalogue", Catalogue).WithTags("Interests").RequireAuthorization(ActivitiesPolicies.CalendarReaders)
            .WithName("GetInterestCatalogue").WithSummary("The interests the checklist asks about, grouped, with the activity categories they point to");
        var recipients = app.MapGroup("/api/activities/recipients/{recipientId:guid}/interest-checklists").WithTags("Interests").RequireAuthorization(Policies.Staff);
        recipients.MapPost("/", RecordAsync).WithName("RecordInterestChecklist").WithSummary("Records an interest checklist done with the recipient");
        recipients.MapGet("/", ListAsync).WithName("ListInterestChecklists").WithSummary("A recipient's checklists, newest first");
        var group = app.MapGroup("/api/activities/interest-checklists").WithTags("Interests").RequireAuthorization(Policies.Staff);
        group.MapGet("/due", DueAsync).WithName("ListDueInterestChecklists")
            .WithSummary("Recipients whose checklist is due (never done or older than 12 months), by zone and contact person");
        app.MapGet("/api/activities/statistics/interests", StatisticsAsync).WithTags("Interests").RequireAuthorization(Policies.Staff)
            .WithName("GetInterestStatistics").WithSummary("Per zone, the activity categories most recipients want");
        return app;
    }

    private static Ok<IReadOnlyList<Interest>> Catalogue() => TypedResults.Ok(InterestCatalogue.All);

    private static async Task<Results<Created<ChecklistResponse>, NotFound, ProblemHttpResult>> RecordAsync(
        Guid recipientId, ChecklistRequest request, ClaimsPrincipal user, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (!await services.Db.Recipients.Of(municipality).AnyAsync(r => r.Id == recipientId, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var today = services.Time.Today(municipality);
        var errors = new ValidationErrors()
            .Require(request.DoneOn is { } done && done <= today, "doneOn", "is required and not in the future")
            .Require(request.LivesAlone is not null, "livesAlone", "is required")
            .Require(request.Loneliness is >= 1 and <= 5, "loneliness", "is required, 1 (not lonely) to 5 (very lonely)")
            .Require((request.Misses?.Length ?? 0) <= 2000, "misses", "is at most 2000 characters")
            .Require(request.Answers is { Count: > 0 }, "answers", "needs at least one interest");
        if (!EnumNames<MeetingFrequency>.TryParse(request.MeetsOthers, out var meetsOthers))
        {
            errors.Add("meetsOthers", $"must be one of: {EnumNames<MeetingFrequency>.Allowed}");
        }
        var answers = new List<ChecklistAnswer>();
        foreach (var (code, value) in request.Answers ?? new Dictionary<string, string>())
        {
            if (InterestCatalogue.Find(code) is null)
            {
                errors.Add($"answers.{code}", "is not an interest of the catalogue");
            }
            else if (!EnumNames<InterestAnswer>.TryParse(value, out var answer))
            {
                errors.Add($"answers.{code}", $"must be one of: {EnumNames<InterestAnswer>.Allowed}");
            }
            else
            {
                answers.Add(new ChecklistAnswer(code, answer));
            }
        }
        if (!errors.IsEmpty)
        {
            return Problems.Unprocessable(errors);
        }
        var checklist = InterestChecklist.Record(municipality, recipientId, user.Subject(), new ChecklistContent(
            request.DoneOn!.Value, answers, request.LivesAlone!.Value, meetsOthers, request.Loneliness!.Value, request.NeedsTransport,
            request.NeedsEscort, request.NeedsWheelchairAccess, request.NeedsHearingLoop, request.Misses?.Trim()));
        services.Db.InterestChecklists.Add(checklist);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/activities/recipients/{recipientId}/interest-checklists", ChecklistResponse.From(checklist));
    }

    private static async Task<Ok<List<ChecklistResponse>>> ListAsync(Guid recipientId, [AsParameters] Services services, CancellationToken cancellationToken) =>
        TypedResults.Ok((await services.Db.InterestChecklists.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId)
                .Where(c => c.RecipientId == recipientId)
                .OrderByDescending(c => c.DoneOn).ThenByDescending(c => c.Id)
                .ToListAsync(cancellationToken))
            .Select(ChecklistResponse.From).ToList());

    private static async Task<Ok<List<DueChecklist>>> DueAsync(
        string? zone, string? contactPerson, [AsParameters] Services services, DueList dueList, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        return TypedResults.Ok(await dueList.ForAsync(municipality, zone, contactPerson, services.Time.Today(municipality), cancellationToken));
    }

    private static async Task<Ok<List<CategoryDemand>>> StatisticsAsync(
        string? zone, [AsParameters] Services services, InterestStatistics statistics, CancellationToken cancellationToken) =>
        TypedResults.Ok(await statistics.MostWantedAsync(services.Tenant.RequiredMunicipalityId, zone, cancellationToken));
}
