using CareServices.Documentation.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Api;

public static class RecipientsApi
{
    public static IEndpointRouteBuilder MapRecipientsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/documentation/recipients")
            .WithTags("Recipients")
            .RequireAuthorization(Policies.Staff)
            .MapGet("/{id:guid}", GetAsync)
            .WithName("GetDocumentationRecipient")
            .WithSummary("Whose journal this is, as Documentation knows the recipient");
        return app;
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, DocumentationDbContext db, TenantAccessor tenant, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var recipient = await db.Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(RecipientResponse.From(recipient));
    }
}
