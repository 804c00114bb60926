using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Templates;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

/// <summary>The caller's own in-app feed, newest first (what the hub pushed, and what arrived while they were away).</summary>
public static class FeedApi
{
    public static IEndpointRouteBuilder MapFeedApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/notifications/feed", ListAsync)
            .WithTags("Feed")
            .RequireAuthorization(NotificationPolicies.AnyPerson)
            .WithName("GetFeed").WithSummary("The caller's in-app messages, newest first");
        app.MapHub<FeedHub>(FeedHub.Path).RequireAuthorization(NotificationPolicies.AnyPerson);
        return app;
    }

    private static async Task<Results<Ok<List<FeedItem>>, ForbidHttpResult>> ListAsync(
        HttpContext http, NotificationsDbContext db, TenantAccessor tenant, TemplateCatalog templates, CancellationToken cancellationToken, int max = 50)
    {
        if (CallerPerson.IdOf(http.User) is not { } personId)
        {
            return TypedResults.Forbid();
        }
        var municipality = tenant.RequiredMunicipalityId;
        var items = await db.Notifications.AsNoTracking()
            .Where(n => n.PersonId == personId && n.MunicipalityId == municipality && n.Channel == Channel.InApp
                && (n.Status == NotificationStatus.Sent || n.Status == NotificationStatus.Delivered))
            .OrderByDescending(n => n.CreatedAt)
            .Take(Math.Clamp(max, 1, 200))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(n =>
        {
            var message = templates.Render(n.Template, n.Language, n.Values);
            return new FeedItem(n.Id, message.Subject, message.Body, n.Urgent, n.CreatedAt);
        }).ToList());
    }
}
