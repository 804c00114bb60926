using CareServices.Notifications.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

public static class RecipientsApi
{
    public static IEndpointRouteBuilder MapRecipientsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/notifications/recipients")
            .WithTags("Recipients")
            .RequireAuthorization(Policies.Staff)
            .MapGet("/{id:guid}", GetAsync)
            .WithName("GetNotificationsRecipient")
            .WithSummary("Who is told about changes and in which language");
        return app;
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var recipient = await db.Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(RecipientResponse.From(recipient));
    }
}
