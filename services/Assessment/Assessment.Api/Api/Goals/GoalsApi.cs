using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.Goals;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Goals;

/// <summary>Goals and sub-goals set with the recipient, linked to the service lines that serve them (case workers).</summary>
public static class GoalsApi
{
    public sealed record GoalRequest(string? Description, DateOnly? TargetDate, Guid? ParentGoalId, string? Status, IReadOnlyList<Guid>? ServiceLineIds);

    public sealed record GoalResponse(Guid Id, Guid RecipientId, Guid? ParentGoalId, string Description, DateOnly? TargetDate, GoalStatus Status, IReadOnlyList<Guid> ServiceLineIds)
    {
        public static GoalResponse From(Goal g) => new(g.Id, g.RecipientId, g.ParentGoalId, g.Description, g.TargetDate, g.Status, g.ServiceLineIds);
    }

    public sealed record Services(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    public static IEndpointRouteBuilder MapGoalsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/recipients/{recipientId:guid}/goals").WithTags("Goals").RequireAuthorization(Roles.CaseWorker);
        group.MapPost("/", SetAsync).WithName("SetGoal").WithSummary("Sets a goal or, with parentGoalId, a sub-goal, linked to service lines");
        group.MapPut("/{goalId:guid}", ChangeAsync).WithName("ChangeGoal").WithSummary("Changes a goal's text, target date, status and linked service lines");
        group.MapGet("/", ListAsync).WithName("ListGoals").WithSummary("A recipient's goals and sub-goals");
        return app;
    }

    private static async Task<Results<Created<GoalResponse>, NotFound, ValidationProblem>> SetAsync(
        Guid recipientId, GoalRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        if (!await services.Db.Recipients.AnyAsync(r => r.Id == recipientId && r.MunicipalityId == municipality, cancellationToken))
        {
            return TypedResults.NotFound();
        }
        var errors = await ValidateAsync(recipientId, request, services, cancellationToken);
        if (request.ParentGoalId is { } parent && !await services.Db.Goals.AnyAsync(g => g.Id == parent && g.RecipientId == recipientId, cancellationToken))
        {
            errors.Add("parentGoalId", "is not a goal of this recipient");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var goal = Goal.Set(municipality, recipientId, request.ParentGoalId, request.Description!, request.TargetDate, request.ServiceLineIds ?? [], services.Time.GetUtcNow());
        services.Db.Goals.Add(goal);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessment/recipients/{recipientId}/goals/{goal.Id}", GoalResponse.From(goal));
    }

    private static async Task<Results<Ok<GoalResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid recipientId, Guid goalId, GoalRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var goal = await services.Db.Goals.FirstOrDefaultAsync(g => g.Id == goalId && g.RecipientId == recipientId && g.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (goal is null)
        {
            return TypedResults.NotFound();
        }
        var errors = await ValidateAsync(recipientId, request, services, cancellationToken);
        var status = goal.Status;
        if (request.Status is not null && !EnumNames<GoalStatus>.TryParse(request.Status, out status))
        {
            errors.Add("status", "must be one of: open, achieved, partlyAchieved, notAchieved, cancelled");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        goal.Change(request.Description!, request.TargetDate, status, request.ServiceLineIds ?? goal.ServiceLineIds, services.Time.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GoalResponse.From(goal));
    }

    private static async Task<Ok<List<GoalResponse>>> ListAsync(Guid recipientId, [AsParameters] Services services, CancellationToken cancellationToken) =>
        TypedResults.Ok((await services.Db.Goals.AsNoTracking()
            .Where(g => g.RecipientId == recipientId && g.MunicipalityId == services.Tenant.RequiredMunicipalityId)
            .OrderBy(g => g.CreatedAt).ToListAsync(cancellationToken)).Select(GoalResponse.From).ToList());

    /// <summary>Linked service lines must be lines of this recipient's decisions.</summary>
    private static async Task<ValidationErrors> ValidateAsync(Guid recipientId, GoalRequest request, Services services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Description) && request.Description.Length <= 2000, "description", "is required, at most 2000 characters");
        var lineIds = request.ServiceLineIds ?? [];
        if (lineIds.Count > 0)
        {
            var own = await services.Db.Decisions.Where(d => d.RecipientId == recipientId).SelectMany(d => d.Lines.Select(l => l.Id))
                .Where(id => lineIds.Contains(id)).ToListAsync(cancellationToken);
            for (var i = 0; i < lineIds.Count; i++)
            {
                errors.Require(own.Contains(lineIds[i]), $"serviceLineIds[{i}]", "is not a service line of this recipient's decisions");
            }
        }
        return errors;
    }
}
