using CareServices.Scheduling.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Api.Api.Recipients;

public static class RecipientsApi
{
    public static IEndpointRouteBuilder MapRecipientsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/scheduling/recipients")
            .WithTags("Recipients")
            .RequireAuthorization(Policies.Staff)
            .MapGet("/{id:guid}", GetAsync)
            .WithName("GetSchedulingRecipient")
            .WithSummary("Where and in which zone a recipient is visited, and their primary and secondary contact person");
        return app;
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, SchedulingDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var recipient = await db.Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        var contact = await db.ContactAssignments.AsNoTracking().FirstOrDefaultAsync(c => c.RecipientId == id, cancellationToken);
        if (contact is null)
        {
            return TypedResults.Ok(RecipientResponse.From(recipient));
        }
        var ids = new[] { contact.PrimaryStaffId, contact.SecondaryStaffId ?? Guid.Empty, contact.ActingStaffId };
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        ContactPersonResponse Ref(Guid staffId) => new(staffId, names.GetValueOrDefault(staffId, ""));
        return TypedResults.Ok(RecipientResponse.From(recipient, Ref(contact.PrimaryStaffId),
            contact.SecondaryStaffId is { } secondary ? Ref(secondary) : null, Ref(contact.ActingStaffId)));
    }
}
