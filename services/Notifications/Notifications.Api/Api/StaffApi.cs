using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Preferences;
using CareServices.Notifications.Domain.Staff;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Persistence;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

/// <summary>
/// Staff contact data (e-mail, phone, roles, zone): who the staff rules can reach. No other service publishes a
/// staff member's e-mail address, so unit leaders keep it here.
/// </summary>
public static class StaffApi
{
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/staff").WithTags("Staff contacts");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Policies.Staff)
            .WithName("GetStaffContact").WithSummary("How a staff member is reached");
        group.MapPut("/{id:guid}", PutAsync)
            .RequireAuthorization(NotificationPolicies.StaffContactEditors)
            .WithName("SetStaffContact").WithSummary("Sets a staff member's e-mail, phone, language, roles and zone");
        return app;
    }

    private static async Task<Results<Ok<StaffContactResponse>, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var staff = await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.MunicipalityId == municipality, cancellationToken);
        return staff is null ? TypedResults.NotFound() : TypedResults.Ok(StaffContactResponse.From(staff));
    }

    private static async Task<Results<Ok<StaffContactResponse>, ValidationProblem, NotFound>> PutAsync(
        Guid id, StaffContactRequest request, NotificationsDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var errors = StaffContactValidator.Validate(request);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var municipality = tenant.RequiredMunicipalityId;
        return await db.UpsertAsync<Results<Ok<StaffContactResponse>, ValidationProblem, NotFound>>(async () =>
        {
            var staff = await db.Staff.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (staff is not null && staff.MunicipalityId != municipality)
            {
                // Another municipality's employee does not exist for this caller.
                return TypedResults.NotFound();
            }
            if (staff is null)
            {
                staff = StaffMember.Of(id, municipality);
                db.Staff.Add(staff);
            }
            staff.Set(request.Name!.Trim(), request.Email, request.Phone, Languages.OrDefault(request.Language), [.. request.Roles!], request.Zone);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(StaffContactResponse.From(staff));
        });
    }
}
