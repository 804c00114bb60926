using CareServices.Activities.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api;

public static class RecipientsApi
{
    public static IEndpointRouteBuilder MapRecipientsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/activities/recipients")
            .WithTags("Recipients")
            .RequireAuthorization(Policies.Staff)
            .MapGet("/{id:guid}", GetAsync)
            .WithName("GetActivitiesRecipient")
            .WithSummary("A recipient as the activity calendar and volunteer matching know them");
        return app;
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, ActivitiesDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var recipient = await db.Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(RecipientResponse.From(recipient));
    }
}
