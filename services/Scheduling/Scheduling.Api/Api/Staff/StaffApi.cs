using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Domain.Staff;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Persistence;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Staff;

public static class StaffApi
{
    public const int MaxPageSize = 200;

    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/scheduling/staff").WithTags("Staff").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithName("ListStaff").WithSummary("Staff of the municipality, optionally of one zone, by name, paged (up to 200)");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetStaff").WithSummary("One staff member");
        group.MapPost("/", RegisterAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("RegisterStaff").WithSummary("Adds a staff member to a zone's team; publishes StaffRegistered");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("UpdateStaff").WithSummary("Replaces a staff member's details; publishes StaffUpdated");
        group.MapDelete("/{id:guid}", DeactivateAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("DeactivateStaff").WithSummary("Marks a staff member as left (kept for past visits); publishes StaffUpdated");
        return app;
    }

    public sealed record Dependencies(SchedulingDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    private static async Task<Results<Ok<PagedResponse<StaffResponse>>, ValidationProblem>> ListAsync(
        string? zone, int? page, int? pageSize, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = Paging.Validate(page, pageSize, MaxPageSize);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var query = deps.Db.Staff.AsNoTracking().Where(s => s.MunicipalityId == municipality);
        if (!string.IsNullOrWhiteSpace(zone))
        {
            query = query.Where(s => s.Zone == zone);
        }
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(Paging.Skip(number, size)).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<StaffResponse>([.. items.Select(StaffResponse.From)], number, size, total));
    }

    private static async Task<Results<Ok<StaffResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var staff = await deps.Db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == municipality, cancellationToken);
        return staff is null ? TypedResults.NotFound() : TypedResults.Ok(StaffResponse.From(staff));
    }

    private static async Task<Results<Created<StaffResponse>, ValidationProblem>> RegisterAsync(
        StaffRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = StaffRequestValidator.Validate(request, out var details);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var staff = StaffMember.Register(Guid.CreateVersion7(), deps.Tenant.RequiredMunicipalityId, details!);
        deps.Db.Staff.Add(staff);
        deps.Db.AddOutboxMessage(StaffEvents.Registered(staff, deps.Time.GetUtcNow()), staff.Id.ToString());
        await deps.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/scheduling/staff/{staff.Id}", StaffResponse.From(staff));
    }

    private static async Task<Results<Ok<StaffResponse>, NotFound, Conflict<ProblemDetails>, ValidationProblem>> UpdateAsync(
        Guid id, StaffRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = StaffRequestValidator.Validate(request, out var details);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        return await deps.Db.RetryAsync<Results<Ok<StaffResponse>, NotFound, Conflict<ProblemDetails>, ValidationProblem>>(async () =>
        {
            var staff = await deps.Db.Staff.FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == municipality, cancellationToken);
            if (staff is null)
            {
                return TypedResults.NotFound();
            }
            staff.Update(details!);
            deps.Db.AddOutboxMessage(StaffEvents.Updated(staff, deps.Time.GetUtcNow()), staff.Id.ToString());
            await deps.Db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(StaffResponse.From(staff));
        }, () => ChangedMeanwhile(), cancellationToken);
    }

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>>> DeactivateAsync(Guid id, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        return await deps.Db.RetryAsync<Results<NoContent, NotFound, Conflict<ProblemDetails>>>(async () =>
        {
            var staff = await deps.Db.Staff.FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == municipality, cancellationToken);
            if (staff is null)
            {
                return TypedResults.NotFound();
            }
            if (staff.Active)
            {
                staff.Deactivate();
                deps.Db.AddOutboxMessage(StaffEvents.Updated(staff, deps.Time.GetUtcNow()), staff.Id.ToString());
                await deps.Db.SaveChangesAsync(cancellationToken);
            }
            return TypedResults.NoContent();
        }, () => ChangedMeanwhile(), cancellationToken);
    }

    /// <summary>Every attempt lost the race to other changes of the same staff member (ConcurrentWrite).</summary>
    private static Conflict<ProblemDetails> ChangedMeanwhile() =>
        TypedResults.Conflict(Problems.Conflict("version", "the staff member was changed by someone else meanwhile; reload and try again"));
}
