using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.Recipients;
using CareServices.Contracts.Assessment;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.Assessment.Api.Api;

public static class RecipientsApi
{
    private const string UniqueViolation = "23505";

    public static IEndpointRouteBuilder MapRecipientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/recipients")
            .WithTags("Recipients")
            .RequireAuthorization(Roles.CaseWorker);

        group.MapPost("/", RegisterAsync)
            .WithName("RegisterRecipient")
            .WithSummary("Registers a person as an applicant for home-based care and announces RecipientRegistered");
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetRecipient")
            .WithSummary("One recipient of the caller's municipality, national id included");
        return app;
    }

    public sealed record RecipientServices(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    private static async Task<Results<Created<RecipientResponse>, ValidationProblem, Conflict<Microsoft.AspNetCore.Mvc.ProblemDetails>>> RegisterAsync(
        RegisterRecipientRequest request, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var errors = RegisterRecipientValidator.Validate(request, DateOnly.FromDateTime(now.UtcDateTime));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var municipality = services.Tenant.RequiredMunicipalityId;
        var address = request.Address!;
        var recipient = Recipient.Register(
            municipality, request.Name!, request.BirthDate!.Value, request.NationalId!,
            new Address(address.Street!.Trim(), address.PostalCode!.Trim(), address.City!.Trim(), address.Latitude!.Value, address.Longitude!.Value),
            request.Zone!, request.PreferredLanguage!, now);

        services.Db.Recipients.Add(recipient);
        services.Db.AddOutboxMessage(ToEvent(recipient), recipient.Id.ToString());
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            return TypedResults.Conflict(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Title = "Recipient already registered",
                Detail = "nationalId: a recipient with this national id is already registered in the municipality",
                Status = StatusCodes.Status409Conflict,
                Extensions = { ["field"] = "nationalId" },
            });
        }

        return TypedResults.Created($"/api/assessment/recipients/{recipient.Id}", RecipientResponse.From(recipient));
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        var municipality = services.Tenant.RequiredMunicipalityId;
        var recipient = await services.Db.Recipients.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality, cancellationToken);
        return recipient is null ? TypedResults.NotFound() : TypedResults.Ok(RecipientResponse.From(recipient));
    }

    private static RecipientRegistered ToEvent(Recipient recipient) => new()
    {
        OccurredAt = recipient.RegisteredAt,
        MunicipalityId = recipient.MunicipalityId,
        RecipientId = recipient.Id,
        Name = recipient.Name,
        BirthDate = recipient.BirthDate,
        Address = new RecipientAddress
        {
            Street = recipient.Address.Street,
            PostalCode = recipient.Address.PostalCode,
            City = recipient.Address.City,
            Latitude = recipient.Address.Latitude,
            Longitude = recipient.Address.Longitude,
        },
        Zone = recipient.Zone,
        PreferredLanguage = recipient.PreferredLanguage,
    };
}
