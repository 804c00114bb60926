using System.Net;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Templates;
using CareServices.Notifications.Domain.Delivery;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Notifications.Api.Api;

/// <summary>Letters to print and post: the list of those ready, and each as printable HTML in the recipient's language.</summary>
public static class LettersApi
{
    public static IEndpointRouteBuilder MapLettersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications/letters").WithTags("Letters").RequireAuthorization(Policies.Staff);
        group.MapGet("/", ListAsync).WithName("ListLetters").WithSummary("Letters ready to print, newest first");
        group.MapGet("/{id:guid}", GetAsync).WithName("GetLetter").WithSummary("One letter as printable HTML");
        return app;
    }

    private static async Task<Ok<List<NotificationResponse>>> ListAsync(
        NotificationsDbContext db, TenantAccessor tenant, CancellationToken cancellationToken, int max = 100)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var letters = await db.Notifications.AsNoTracking()
            .Where(n => n.MunicipalityId == municipality && n.Channel == Channel.Letter && n.Status == NotificationStatus.Sent)
            .OrderByDescending(n => n.SentAt)
            .Take(Math.Clamp(max, 1, 500))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(letters.Select(NotificationResponse.From).ToList());
    }

    private static async Task<Results<ContentHttpResult, NotFound>> GetAsync(
        Guid id, NotificationsDbContext db, TenantAccessor tenant, TemplateCatalog templates, CancellationToken cancellationToken)
    {
        var municipality = tenant.RequiredMunicipalityId;
        var letter = await db.Notifications.AsNoTracking()
            .FirstOrDefaultAsync(n => n.Id == id && n.MunicipalityId == municipality && n.Channel == Channel.Letter, cancellationToken);
        if (letter is null)
        {
            return TypedResults.NotFound();
        }
        var message = templates.Render(letter.Template, letter.Language, letter.Values);
        var paragraphs = message.Body.Split("\n\n").Select(p => $"<p>{WebUtility.HtmlEncode(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>");
        const string Style = "body{font-family:serif;max-width:40em;margin:3em auto}@media print{body{margin:0}}";
        var title = WebUtility.HtmlEncode(message.Subject);
        var html = $"""
            <!doctype html><html lang="{letter.Language}"><head><meta charset="utf-8"><title>{title}</title>
            <style>{Style}</style></head>
            <body><p>{letter.CreatedAt:yyyy-MM-dd}</p><h1>{title}</h1>{string.Concat(paragraphs)}</body></html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }
}
