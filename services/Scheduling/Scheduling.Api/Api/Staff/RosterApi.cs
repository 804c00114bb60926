using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Domain.Staff;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Staff;

/// <summary>Shift templates, each staff member's roster per date, and their absences.</summary>
public static class RosterApi
{
    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/scheduling/shift-templates", () => TypedResults.Ok(ShiftTemplate.All.Select(t => new ShiftTemplateResponse(t.Name, t.Start, t.End))))
            .WithTags("Roster").RequireAuthorization(Policies.Staff)
            .WithName("ListShiftTemplates").WithSummary("The shift templates (day, evening, night) and their usual hours");

        var group = app.MapGroup("/api/scheduling/staff/{staffId:guid}").WithTags("Roster").RequireAuthorization(Policies.Staff);
        group.MapGet("/shifts", ListShiftsAsync).WithName("ListShifts").WithSummary("A staff member's roster between two dates");
        group.MapPost("/shifts", AddShiftsAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("AddShifts").WithSummary("Puts a staff member on the roster on the given dates (an entry already there is kept)");
        group.MapDelete("/shifts/{shiftId:guid}", RemoveShiftAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("RemoveShift").WithSummary("Takes one shift off the roster");
        group.MapGet("/absences", ListAbsencesAsync).WithName("ListAbsences").WithSummary("A staff member's absences");
        group.MapPost("/absences", RegisterAbsenceAsync).RequireAuthorization(SchedulingPolicies.Planning)
            .WithName("RegisterAbsence").WithSummary("Registers days away (sick, holiday, course); publishes StaffAbsenceRegistered, and a sick day today re-plans today's remaining visits");
        return app;
    }

    public sealed record Dependencies(SchedulingDbContext Db, TenantAccessor Tenant, TimeProvider Time, SchedulingClock Clock, PlanningQueue Planning);

    private static Task<StaffMember?> FindStaffAsync(Dependencies deps, Guid staffId, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        return deps.Db.Staff.FirstOrDefaultAsync(s => s.Id == staffId && s.MunicipalityId == municipality, cancellationToken);
    }

    private static async Task<Results<Ok<IReadOnlyList<ShiftResponse>>, NotFound, ValidationProblem>> ListShiftsAsync(
        Guid staffId, DateOnly? from, DateOnly? to, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (from is null || to is null || to < from || to.Value.DayNumber - from.Value.DayNumber > 366)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["to"] = ["from and to are required, to not before from, at most a year apart"] });
        }
        if (await FindStaffAsync(deps, staffId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var shifts = await deps.Db.RosterShifts.AsNoTracking()
            .Where(s => s.StaffId == staffId && s.Date >= from && s.Date <= to)
            .OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new ShiftResponse(s.Id, s.StaffId, s.Date, s.Template, s.Start, s.End))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ShiftResponse>>(shifts);
    }

    private static async Task<Results<Ok<IReadOnlyList<ShiftResponse>>, NotFound, ValidationProblem>> AddShiftsAsync(
        Guid staffId, RosterRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors().Require(request.Shifts is { Count: > 0 and <= 400 }, "shifts", "needs 1–400 entries");
        for (var i = 0; request.Shifts is not null && i < request.Shifts.Count; i++)
        {
            var shift = request.Shifts[i];
            errors.Require(shift.Date is not null, $"shifts[{i}].date", "is required")
                .Require(shift.Template is not null && ShiftTemplate.Named(shift.Template) is not null, $"shifts[{i}].template", "must be day, evening or night")
                .Require((shift.Start is null) == (shift.End is null), $"shifts[{i}].end", "start and end go together")
                .Require(shift.Start is null || shift.Start != shift.End, $"shifts[{i}].end", "must differ from start");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var staff = await FindStaffAsync(deps, staffId, cancellationToken);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }
        var dates = request.Shifts!.Select(s => s.Date!.Value).ToList();
        var existing = await deps.Db.RosterShifts.Where(s => s.StaffId == staffId && dates.Contains(s.Date)).ToListAsync(cancellationToken);
        var result = new List<RosterShift>();
        foreach (var entry in request.Shifts!)
        {
            var template = ShiftTemplate.Named(entry.Template!)!;
            var shift = existing.Concat(result).FirstOrDefault(s => s.Date == entry.Date && s.Template == template.Name);
            if (shift is null)
            {
                shift = RosterShift.Create(staff.MunicipalityId, staffId, entry.Date!.Value, template, entry.Start, entry.End);
                deps.Db.RosterShifts.Add(shift);
            }
            result.Add(shift);
        }
        await deps.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ShiftResponse>>([.. result.Select(s => new ShiftResponse(s.Id, s.StaffId, s.Date, s.Template, s.Start, s.End))]);
    }

    private static async Task<Results<NoContent, NotFound>> RemoveShiftAsync(Guid staffId, Guid shiftId, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var removed = await deps.Db.RosterShifts.Where(s => s.Id == shiftId && s.StaffId == staffId && s.MunicipalityId == municipality).ExecuteDeleteAsync(cancellationToken);
        return removed == 0 ? TypedResults.NotFound() : TypedResults.NoContent();
    }

    private static async Task<Results<Ok<IReadOnlyList<AbsenceResponse>>, NotFound>> ListAbsencesAsync(Guid staffId, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (await FindStaffAsync(deps, staffId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        var absences = await deps.Db.StaffAbsences.AsNoTracking().Where(a => a.StaffId == staffId).OrderBy(a => a.FirstDay)
            .Select(a => new AbsenceResponse(a.Id, a.StaffId, a.Kind, a.FirstDay, a.LastDay)).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<AbsenceResponse>>(absences);
    }

    private static async Task<Results<Created<AbsenceResponse>, NotFound, ValidationProblem>> RegisterAbsenceAsync(
        Guid staffId, AbsenceRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(request.Kind is not null && AbsenceKinds.All.Contains(request.Kind), "kind", $"must be one of: {string.Join(", ", AbsenceKinds.All)}")
            .Require(request.FirstDay is not null, "firstDay", "is required")
            .Require(request.LastDay is not null && (request.FirstDay is null || request.LastDay >= request.FirstDay), "lastDay", "is required, not before firstDay")
            .Require(request.FirstDay is null || request.LastDay is null || request.LastDay.Value.DayNumber - request.FirstDay.Value.DayNumber < 366, "lastDay", "at most a year after firstDay");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var staff = await FindStaffAsync(deps, staffId, cancellationToken);
        if (staff is null)
        {
            return TypedResults.NotFound();
        }
        var absence = StaffAbsence.Register(staff.MunicipalityId, staffId, request.Kind!, request.FirstDay!.Value, request.LastDay!.Value);
        deps.Db.StaffAbsences.Add(absence);
        var now = deps.Time.GetUtcNow();
        deps.Db.AddOutboxMessage(new StaffAbsenceRegistered
        {
            OccurredAt = now,
            MunicipalityId = staff.MunicipalityId,
            AbsenceId = absence.Id,
            StaffId = staffId,
            Kind = absence.Kind,
            FirstDay = absence.FirstDay,
            LastDay = absence.LastDay,
        }, staffId.ToString());
        await deps.Db.SaveChangesAsync(cancellationToken);

        var today = deps.Clock.Today;
        if (absence.Covers(today))
        {
            await deps.Planning.RequestDisruptionReplanAsync(staff.MunicipalityId, staff.Zone, today, cancellationToken);
        }
        return TypedResults.Created($"/api/scheduling/staff/{staffId}/absences", new AbsenceResponse(absence.Id, staffId, absence.Kind, absence.FirstDay, absence.LastDay));
    }
}
