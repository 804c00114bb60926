using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Security;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Outbox;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CareServices.Assessment.Api.Api.Recipients;

public static class RecipientsApi
{
    private const string UniqueViolation = "23505";

    /// <summary>Attempts at a change without If-Match when other changes keep committing first; then 409.</summary>
    private const int ConcurrentWriteAttempts = 5;

    public static IEndpointRouteBuilder MapRecipientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessment/recipients")
            .WithTags("Recipients");

        // Each endpoint names its policy: a group policy would be required in addition, not instead.
        group.MapPost("/", RegisterAsync)
            .RequireAuthorization(Roles.CaseWorker)
            .WithName("RegisterRecipient")
            .WithSummary("Registers a person as an applicant for home-based care and announces RecipientRegistered");
        group.MapGet("/", ListAsync)
            .RequireAuthorization(AssessmentPolicies.CareStaff)
            .WithName("ListRecipients")
            .WithSummary("The municipality's recipients, paged, optionally filtered by zone and status (no national ids)");
        group.MapGet("/{id:guid}", GetAsync)
            .RequireAuthorization(Roles.CaseWorker)
            .WithName("GetRecipient")
            .WithSummary("One recipient of the caller's municipality, national id included");
        group.MapPatch("/{id:guid}", UpdateAsync)
            .RequireAuthorization(Roles.CaseWorker)
            .WithName("UpdateRecipient")
            .WithSummary("Changes the fields present and announces RecipientUpdated with what changed");
        group.MapPost("/{id:guid}/status", ChangeStatusAsync)
            .RequireAuthorization(Roles.CaseWorker)
            .WithName("ChangeRecipientStatus")
            .WithSummary("Moves the status (applicant → active ↔ paused → ended; ended → applicant) and announces RecipientUpdated");
        return app;
    }

    public sealed record RecipientServices(AssessmentDbContext Db, TenantAccessor Tenant, TimeProvider Time, KeyCodeProtector Protector, NationalIdProtector NationalIds);

    private static async Task<Results<Created<RecipientResponse>, ValidationProblem, Conflict<ProblemDetails>, UnprocessableEntity<ProblemDetails>>> RegisterAsync(
        RegisterRecipientRequest request, HttpContext http, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        var now = services.Time.GetUtcNow();
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        if (municipality is null)
        {
            return TypedResults.UnprocessableEntity(MunicipalityLookup.NotConfigured(services.Tenant));
        }
        var errors = RecipientRules.ValidateRegistration(request, municipality, municipality.Today(now), out var nationalId);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var recipient = Recipient.Register(
            municipality.Number, request.Name!, request.BirthDate!.Value, services.NationalIds.Seal(municipality.Number, nationalId!), request.Address!.ToDomain(),
            municipality.FindZone(request.Zone)!.Name, request.PreferredLanguage!, now);
        var details = RecipientUpdater.Apply(recipient, new UpdateRecipientRequest(
            null, null, null, null, request.LivesAlone, request.HomeNotes, request.KeyArrangement, request.WelfareTechnology), municipality, services.Protector);

        services.Db.Recipients.Add(recipient);
        services.Db.AddOutboxMessage(RecipientEvents.Registered(recipient), recipient.Id.ToString());
        if (details.Count > 0)
        {
            // An update follows the registration naming the home details that were set (itself without them), as a later change would.
            recipient.Touch(now);
            services.Db.AddOutboxMessage(RecipientEvents.Updated(recipient, details, now), recipient.Id.ToString());
        }
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: UniqueViolation })
        {
            services.Db.ChangeTracker.Clear();
            var existing = await services.Db.Recipients.AsNoTracking()
                .Where(r => r.MunicipalityId == municipality.Number && r.NationalIdHash == recipient.NationalIdHash)
                .Select(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            var problem = Problems.Conflict("nationalId", "a recipient with this national id is already registered in the municipality", "Recipient already registered");
            problem.Extensions["existingId"] = existing;
            return TypedResults.Conflict(problem);
        }

        RecipientVersionHeaders.SetETag(http.Response, recipient.Version);
        return TypedResults.Created($"/api/assessment/recipients/{recipient.Id}", RecipientResponse.From(recipient, services.NationalIds));
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound>> GetAsync(
        Guid id, HttpContext http, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        var recipient = await services.Db.Recipients.AsNoTracking().Include(r => r.ResourcePersons)
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        RecipientVersionHeaders.SetETag(http.Response, recipient.Version);
        return TypedResults.Ok(RecipientResponse.From(recipient, services.NationalIds));
    }

    private static async Task<Results<Ok<PagedResponse<RecipientSummary>>, ValidationProblem>> ListAsync(
        string? zone, string? status, int? page, int? pageSize, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        var errors = Paging.Validate(page, pageSize, maxPageSize: 200);
        RecipientStatus? statusFilter = null;
        if (status is not null)
        {
            if (EnumNames<RecipientStatus>.TryParse(status, out var parsed))
            {
                statusFilter = parsed;
            }
            else
            {
                errors.Add("status", "must be one of: applicant, active, paused, ended");
            }
        }
        if (zone is not null && municipality is not null)
        {
            RecipientRules.ValidateZone(zone, municipality, errors);
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var query = services.Db.Recipients.AsNoTracking().Where(r => r.MunicipalityId == services.Tenant.RequiredMunicipalityId);
        if (zone is not null)
        {
            var zoneName = municipality!.FindZone(zone)!.Name;
            query = query.Where(r => r.Zone == zoneName);
        }
        if (statusFilter is not null)
        {
            query = query.Where(r => r.Status == statusFilter);
        }
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(r => r.Name).ThenBy(r => r.Id).Skip(Paging.Skip(number, size)).Take(size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<RecipientSummary>(rows.Select(RecipientSummary.From).ToList(), number, size, total));
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound, ValidationProblem, UnprocessableEntity<ProblemDetails>, Conflict<ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateRecipientRequest request, HttpContext http, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        var municipality = await services.Db.Municipalities.FindTenantAsync(services.Tenant, cancellationToken);
        if (municipality is null)
        {
            return TypedResults.UnprocessableEntity(MunicipalityLookup.NotConfigured(services.Tenant));
        }
        var errors = RecipientRules.ValidateUpdate(request, municipality);
        if (!RecipientVersionHeaders.TryReadIfMatch(http.Request, out var ifMatch))
        {
            errors.Add("If-Match", IfMatchRule);
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        // Without If-Match the request's fields are applied to the current state: should another change commit between
        // this read and the write, they are applied again to what that change left, a few times, then 409. Nothing is
        // written from a stale copy either way (the version is the concurrency token).
        for (var attempt = 1; ; attempt++)
        {
            var recipient = await services.Db.Recipients.Include(r => r.ResourcePersons)
                .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == municipality.Number, cancellationToken);
            if (recipient is null)
            {
                return TypedResults.NotFound();
            }
            if (ifMatch is not null && !ifMatch.Contains(recipient.Version))
            {
                return PreconditionFailed(http, recipient.Version);
            }

            var now = services.Time.GetUtcNow();
            var changes = RecipientUpdater.Apply(recipient, request, municipality, services.Protector);
            if (changes.Count > 0)
            {
                recipient.Touch(now);
                services.Db.AddOutboxMessage(RecipientEvents.Updated(recipient, changes, now), recipient.Id.ToString());
                try
                {
                    await services.Db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException) when (ifMatch is null && attempt < ConcurrentWriteAttempts)
                {
                    services.Db.ChangeTracker.Clear();
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), services.Time, cancellationToken);
                    continue;
                }
                catch (DbUpdateConcurrencyException)
                {
                    return ifMatch is null ? ChangedMeanwhile() : PreconditionFailed(http, null);
                }
            }
            RecipientVersionHeaders.SetETag(http.Response, recipient.Version);
            return TypedResults.Ok(RecipientResponse.From(recipient, services.NationalIds));
        }
    }

    private static async Task<Results<Ok<RecipientResponse>, NotFound, ValidationProblem, Conflict<ProblemDetails>, ProblemHttpResult>> ChangeStatusAsync(
        Guid id, ChangeStatusRequest request, HttpContext http, [AsParameters] RecipientServices services, CancellationToken cancellationToken)
    {
        if (!EnumNames<RecipientStatus>.TryParse(request.Status, out var status))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["must be one of: applicant, active, paused, ended"] });
        }
        if (!RecipientVersionHeaders.TryReadIfMatch(http.Request, out var ifMatch))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["If-Match"] = [IfMatchRule] });
        }
        var recipient = await services.Db.Recipients.Include(r => r.ResourcePersons)
            .FirstOrDefaultAsync(r => r.Id == id && r.MunicipalityId == services.Tenant.RequiredMunicipalityId, cancellationToken);
        if (recipient is null)
        {
            return TypedResults.NotFound();
        }
        if (ifMatch is not null && !ifMatch.Contains(recipient.Version))
        {
            return PreconditionFailed(http, recipient.Version);
        }
        RecipientVersionHeaders.SetETag(http.Response, recipient.Version);
        if (recipient.Status == status)
        {
            return TypedResults.Ok(RecipientResponse.From(recipient, services.NationalIds));
        }
        var from = recipient.Status;
        if (!recipient.TryChangeStatus(status))
        {
            var allowed = string.Join(", ", RecipientStatusRules.From(from).Select(s => s.ToString().ToLowerInvariant()));
            return TypedResults.Conflict(Problems.Conflict("status", $"a recipient who is {from.ToString().ToLowerInvariant()} can only become: {allowed}"));
        }
        var now = services.Time.GetUtcNow();
        recipient.Touch(now);
        services.Db.AddOutboxMessage(RecipientEvents.Updated(recipient, [RecipientChange.Status], now), recipient.Id.ToString());
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A status step is checked against the state it starts from, so it is not re-applied to another one.
            return ifMatch is null ? ChangedMeanwhile() : PreconditionFailed(http, null);
        }
        RecipientVersionHeaders.SetETag(http.Response, recipient.Version);
        return TypedResults.Ok(RecipientResponse.From(recipient, services.NationalIds));
    }

    private const string IfMatchRule = "must be the recipient's ETag (e.g. \"3\"), a list of them, or *";

    private static Conflict<ProblemDetails> ChangedMeanwhile() =>
        TypedResults.Conflict(Problems.Conflict("version", "the recipient was changed by someone else meanwhile; reload it and try again"));

    /// <summary>412 naming the current version (when known), so the client can reload and decide.</summary>
    private static ProblemHttpResult PreconditionFailed(HttpContext http, int? current)
    {
        if (current is { } version)
        {
            RecipientVersionHeaders.SetETag(http.Response, version);
        }
        return TypedResults.Problem(
            title: "The recipient has changed",
            detail: current is { } v
                ? $"If-Match: the recipient is at version {v} (ETag \"{v}\"); reload it and apply the change again"
                : "If-Match: the recipient was changed by someone else meanwhile; reload it and apply the change again",
            statusCode: StatusCodes.Status412PreconditionFailed,
            extensions: new Dictionary<string, object?> { ["field"] = "If-Match" });
    }
}
