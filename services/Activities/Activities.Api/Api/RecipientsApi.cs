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
        var group = app.MapGroup("/api/activities/recipients").WithTags("Recipients").RequireAuthorization(Policies.Staff);
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetActivitiesRecipient")
            .WithSummary("A recipient as the activity calendar and volunteer matching know them");
        group.MapGet("/", ListAsync)
            .WithName("ListActivitiesRecipients")
            .WithSummary("The municipality's recipients (optionally one zone's) as Activities knows them");
        return app;
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, ActivitiesDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking().Of(tenant.RequiredMunicipalityId).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(RecipientResponse.From(recipient));
    }

    private static async Task<Ok<List<RecipientResponse>>> ListAsync(
        string? zone, ActivitiesDbContext db, TenantAccessor tenant, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Recipients.AsNoTracking().Of(tenant.RequiredMunicipalityId)
                .Where(r => zone == null || r.Zone == zone)
                .OrderBy(r => r.Zone).ThenBy(r => r.Name).ThenBy(r => r.Id)
                .ToListAsync(cancellationToken))
            .Select(RecipientResponse.From).ToList());
}
