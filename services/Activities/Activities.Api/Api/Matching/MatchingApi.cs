using CareServices.Activities.Domain.Matching;
using CareServices.Activities.Domain.Volunteers;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareServices.Activities.Api.Api.Matching;

/// <summary>Explainable suggestions for one recipient, and the loneliness watch list of a zone (staff only).</summary>
public static class MatchingApi
{
    public sealed record Services(RecipientMatching Matching, LonelinessWatchList WatchList, TenantAccessor Tenant);

    public static IEndpointRouteBuilder MapMatchingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/activities").WithTags("Matching").RequireAuthorization(Policies.Staff);
        group.MapGet("/recipients/{recipientId:guid}/suggested-activities", ActivitiesAsync).WithName("SuggestActivities")
            .WithSummary("Activities for a recipient in the next days (default 30), best first (at most limit, default 50), each with its reasons");
        group.MapGet("/recipients/{recipientId:guid}/suggested-volunteers", VolunteersAsync).WithName("SuggestVolunteers")
            .WithSummary("Volunteers for a recipient in a role (default visitFriend), best first (at most limit, default 50), with reasons; those without a valid certificate last, marked excluded");
        group.MapGet("/loneliness-watch", WatchListAsync).WithName("GetLonelinessWatchList")
            .WithSummary("Recipients living alone who are lonely or meet others seldom and had no activity or volunteer contact in 30 days");
        return app;
    }

    private static async Task<Results<Ok<IReadOnlyList<ActivitySuggestion>>, NotFound, ProblemHttpResult>> ActivitiesAsync(
        Guid recipientId, int? days, int? limit, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        if (days is < 1 or > 180)
        {
            return Problems.Unprocessable("days", "must be between 1 and 180");
        }
        if (limit is < 1 or > 500)
        {
            return Problems.Unprocessable("limit", "must be between 1 and 500");
        }
        var municipality = services.Tenant.RequiredMunicipalityId;
        var profile = await services.Matching.ProfileAsync(municipality, recipientId, cancellationToken);
        return profile is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((IReadOnlyList<ActivitySuggestion>)[.. (await services.Matching.ActivitiesAsync(municipality, profile, days ?? 30, cancellationToken)).Take(limit ?? 50)]);
    }

    private static async Task<Results<Ok<IReadOnlyList<VolunteerSuggestion>>, NotFound, ProblemHttpResult>> VolunteersAsync(
        Guid recipientId, string? role, int? limit, [AsParameters] Services services, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 500)
        {
            return Problems.Unprocessable("limit", "must be between 1 and 500");
        }
        var wanted = VolunteerRole.VisitFriend;
        if (role is not null && !EnumNames<VolunteerRole>.TryParse(role, out wanted))
        {
            return Problems.Unprocessable("role", $"must be one of: {EnumNames<VolunteerRole>.Allowed}");
        }
        var municipality = services.Tenant.RequiredMunicipalityId;
        var profile = await services.Matching.ProfileAsync(municipality, recipientId, cancellationToken);
        return profile is null
            ? TypedResults.NotFound()
            : TypedResults.Ok((IReadOnlyList<VolunteerSuggestion>)[.. (await services.Matching.VolunteersAsync(municipality, profile, wanted, cancellationToken)).Take(limit ?? 50)]);
    }

    private static async Task<Ok<IReadOnlyList<WatchListEntry>>> WatchListAsync(string? zone, [AsParameters] Services services, CancellationToken cancellationToken) =>
        TypedResults.Ok(await services.WatchList.ForAsync(services.Tenant.RequiredMunicipalityId, zone, cancellationToken));
}
