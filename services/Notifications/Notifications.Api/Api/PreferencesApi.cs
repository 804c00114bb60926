using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Domain.Preferences;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Persistence;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

/// <summary>How each person wants to be told. Staff manage anyone's in their municipality; others only their own.</summary>
public static class PreferencesApi
{
    public static IEndpointRouteBuilder MapPreferencesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/preferences")
            .WithTags("Preferences")
            .RequireAuthorization(NotificationPolicies.AnyPerson);
        group.MapGet("/{personId:guid}", GetAsync)
            .WithName("GetPreference").WithSummary("A person's channels, language, quiet hours and digest choice");
        group.MapPut("/{personId:guid}", PutAsync)
            .WithName("SetPreference").WithSummary("Sets a person's preferences; 400 for an unknown channel or language, 422 for quiet hours that do not parse");
        return app;
    }

    public sealed record Dependencies(NotificationsDbContext Db, TenantAccessor Tenant, TimeProvider Time, HttpContext Http);

    private static async Task<Results<Ok<PreferenceResponse>, NotFound, ForbidHttpResult>> GetAsync(
        Guid personId, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (!MayManage(deps.Http, personId))
        {
            return TypedResults.Forbid();
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        var preference = await deps.Db.Preferences.AsNoTracking()
            .FirstOrDefaultAsync(p => p.PersonId == personId && p.MunicipalityId == municipality, cancellationToken);
        return preference is null ? TypedResults.NotFound() : TypedResults.Ok(PreferenceResponse.From(preference));
    }

    private static async Task<Results<Ok<PreferenceResponse>, ValidationProblem, UnprocessableEntity<ProblemDetails>, ForbidHttpResult>> PutAsync(
        Guid personId, PreferenceRequest request, [AsParameters] Dependencies deps, CancellationToken cancellationToken)
    {
        if (!MayManage(deps.Http, personId))
        {
            return TypedResults.Forbid();
        }
        var errors = PreferenceValidator.Validate(request, out var channels);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }
        QuietHours? quietHours = null;
        if (request.QuietHours is not null && !QuietHours.TryParse(request.QuietHours, out quietHours))
        {
            return TypedResults.UnprocessableEntity(Problems.Unprocessable("quietHours", "must be two different times HH:mm-HH:mm, e.g. 21:00-08:00"));
        }
        var municipality = deps.Tenant.RequiredMunicipalityId;
        return await deps.Db.UpsertAsync<Results<Ok<PreferenceResponse>, ValidationProblem, UnprocessableEntity<ProblemDetails>, ForbidHttpResult>>(async () =>
        {
            var preference = await deps.Db.Preferences.FirstOrDefaultAsync(p => p.PersonId == personId, cancellationToken);
            if (preference is not null && preference.MunicipalityId != municipality)
            {
                return TypedResults.Forbid();
            }
            if (preference is null)
            {
                preference = Preference.For(personId, municipality);
                deps.Db.Preferences.Add(preference);
            }
            preference.Set(channels, request.Language, quietHours, request.DailyDigest, deps.Time.GetUtcNow());
            await deps.Db.SaveChangesAsync(cancellationToken);
            return TypedResults.Ok(PreferenceResponse.From(preference));
        });
    }

    private static bool MayManage(HttpContext http, Guid personId) =>
        Roles.Staff.Any(http.User.IsInRole) || CallerPerson.IdOf(http.User) == personId;
}
