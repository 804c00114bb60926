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
            .WithSummary("Where and in which zone a recipient is visited, as Scheduling knows it");
        return app;
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, SchedulingDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var recipient = await db.Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(RecipientResponse.From(recipient));
    }
}
