using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>Relatives and others around a recipient; every change announces RecipientUpdated ("resourcePersons").</summary>
public static class ResourcePersonsApi
{
    public static IEndpointRouteBuilder MapResourcePersonsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/recipients/{recipientId:guid}/resource-persons")
            .WithTags("Resource persons")
            .RequireAuthorization(Roles.CaseWorker);

        group.MapPost("/", AddAsync).WithName("AddResourcePerson").WithSummary("Adds a relative or other resource person, with the recipient's consent to inform them");
        group.MapPut("/{personId:guid}", ChangeAsync).WithName("ChangeResourcePerson").WithSummary("Changes a resource person's details or consent");
        group.MapDelete("/{personId:guid}", RemoveAsync).WithName("RemoveResourcePerson").WithSummary("Removes a resource person");
        return app;
    }

    public sealed record Services(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time);

    private static async Task<Results<Created<ResourcePersonResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> AddAsync(
        Guid recipientId, ResourcePersonRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var errors = RecipientRules.ValidateResourcePerson(request);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var recipient = await LoadAsync(recipientId, services, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        var now = services.Time.GetUtcNow();
        var person = recipient.AddResourcePerson(request.Name!, request.Relation!, request.Phone, request.Email, request.ConsentToInform!.Value, now);
        services.Db.ResourcePersons.Add(person);
        if (!await PublishAsync(recipient, services, now, cancellationToken))
        {
            return ChangedMeanwhile();
        }
        return TypedResults.Created($"/api/assessment/recipients/{recipientId}/resource-persons/{person.Id}", ResourcePersonResponse.From(person));
    }

    private static async Task<Results<Ok<ResourcePersonResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>>> ChangeAsync(
        Guid recipientId, Guid personId, ResourcePersonRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var errors = RecipientRules.ValidateResourcePerson(request);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var recipient = await LoadAsync(recipientId, services, cancellationToken);
        if (recipient?.FindResourcePerson(personId) is not { } person)
        {
            return TypedResults.NotFound();
        }
        Recipient.ChangeResourcePerson(person, request.Name!, request.Relation!, request.Phone, request.Email, request.ConsentToInform!.Value);
        if (!await PublishAsync(recipient, services, services.Time.GetUtcNow(), cancellationToken))
        {
            return ChangedMeanwhile();
        }
        return TypedResults.Ok(ResourcePersonResponse.From(person));
    }

    private static async Task<Results<NoContent, NotFound, Conflict<ProblemDetails>>> RemoveAsync(
        Guid recipientId, Guid personId, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var recipient = await LoadAsync(recipientId, services, cancellationToken);
        if (recipient?.FindResourcePerson(personId) is not { } person)
        {
            return TypedResults.NotFound();
        }
        recipient.RemoveResourcePerson(personId);
        services.Db.ResourcePersons.Remove(person);
        if (!await PublishAsync(recipient, services, services.Time.GetUtcNow(), cancellationToken))
        {
            return ChangedMeanwhile();
        }
        return TypedResults.NoContent();
    }

    private static Task<Recipient?> LoadAsync(Guid recipientId, Services services, CancellationToken cancellationToken) =>
        services.Db.Recipients.Include(r => r.ResourcePersons)
            .FirstOrDefaultAsync(r => r.Id == recipientId && r.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);

    /// <summary>Saves the change with its RecipientUpdated; false when another change of the recipient committed first.</summary>
    private static async Task<bool> PublishAsync(Recipient recipient, Services services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        recipient.Touch(now);
        services.Db.AddOutboxMessage(RecipientEvents.Updated(recipient, [RecipientChange.ResourcePersons], now), recipient.Id.ToString());
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private static Conflict<ProblemDetails> ChangedMeanwhile() =>
        TypedResults.Conflict(Problems.Conflict("version", "the recipient was changed by someone else meanwhile; reload it and try again"));
}
