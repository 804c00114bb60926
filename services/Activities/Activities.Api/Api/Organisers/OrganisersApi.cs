using CareServices.Activities.Api.Persistence;
using CareServices.Activities.Api.Security;
using CareServices.Activities.Domain.Organisers;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Activities.Api.Api.Organisers;

/// <summary>Volunteer centre, associations, church, schools … who arrange activities, and whom to call.</summary>
public static class OrganisersApi
{
    public sealed record Services(ActivitiesDbContext Db, TenantAccessor Tenant);

    public static IEndpointRouteBuilder MapOrganisersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities/organisers").WithTags("Organisers").RequireAuthorization(ActivitiesPolicies.CalendarReaders);
        group.MapGet("/", ListAsync).WithName("ListOrganisers").WithSummary("The municipality's organisers");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetOrganiser").WithSummary("One organiser with contact person and phone");
        group.MapPost("/", RegisterAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("RegisterOrganiser").WithSummary("Registers an organiser");
        group.MapPut("/{id:guid}", ChangeAsync).RequireAuthorization(ActivitiesPolicies.Coordinators)
            .WithName("ChangeOrganiser").WithSummary("Changes an organiser's name, kind or contact");
        return app;
    }

    private static async Task<Ok<List<OrganiserResponse>>> ListAsync([AsParameters] Services services, CancellationToken cancellationToken) =>
        TypedResults.Ok((await services.Db.Organisers.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId)
            .OrderBy(o => o.Name).ToListAsync(cancellationToken)).Select(OrganiserResponse.From).ToList());

    private static async Task<Results<Ok<OrganiserResponse>, NotFound>> GetAsync(Guid id, [AsParameters] Services services, CancellationToken cancellationToken) =>
        await services.Db.Organisers.AsNoTracking().Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(o => o.Id == id, cancellationToken) is { } organiser
            ? TypedResults.Ok(OrganiserResponse.From(organiser))
            : TypedResults.NotFound();

    private static async Task<Results<Created<OrganiserResponse>, ValidationProblem>> RegisterAsync(
        OrganiserRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        if (Validate(request, out var kind) is { IsEmpty: false } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        var organiser = Organiser.Register(services.Tenant.RequiredMunicipalityId, request.Name!.Trim(), kind, request.ContactPerson!.Trim(), request.Phone!.Trim());
        services.Db.Organisers.Add(organiser);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/activities/organisers/{organiser.Id}", OrganiserResponse.From(organiser));
    }

    private static async Task<Results<Ok<OrganiserResponse>, NotFound, ValidationProblem>> ChangeAsync(
        Guid id, OrganiserRequest request, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        var organiser = await services.Db.Organisers.Of(services.Tenant.RequiredMunicipalityId).FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organiser is null)
        {
            return TypedResults.NotFound();
        }
        if (Validate(request, out var kind) is { IsEmpty: false } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        organiser.Change(request.Name!.Trim(), kind, request.ContactPerson!.Trim(), request.Phone!.Trim());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(OrganiserResponse.From(organiser));
    }

    private static ValidationErrors Validate(OrganiserRequest request, out OrganiserKind kind)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Length <= 200, "name", "is required, at most 200 characters")
            .Require(!string.IsNullOrWhiteSpace(request.ContactPerson) && request.ContactPerson.Length <= 200, "contactPerson", "is required, at most 200 characters")
            .Require(!string.IsNullOrWhiteSpace(request.Phone) && request.Phone.Length <= 40, "phone", "is required, at most 40 characters");
        if (!EnumNames<OrganiserKind>.TryParse(request.Kind, out kind))
        {
            errors.Add("kind", $"must be one of: {EnumNames<OrganiserKind>.Allowed}");
        }
        return errors;
    }
}
