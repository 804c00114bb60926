using Microsoft.AspNetCore.Http.HttpResults;

namespace CareServices.Activities.Api.Api.Calendar;

/// <summary>
/// <c>GET /public/{municipality}/calendar.ics</c>: the calendar feed a phone subscribes to. The activity calendar is
/// public information with no personal data, so no token is asked; the gateway routes it anonymously and limits
/// the rate per address.
/// </summary>
public static class PublicCalendarApi
{
    public static IEndpointRouteBuilder MapPublicCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/public/{municipality}/calendar.ics", FeedAsync)
            .AllowAnonymous()
            .WithTags("Calendar")
            .WithName("GetPublicCalendarFeed")
            .WithSummary("The municipality's activities as an iCalendar feed (optionally one zone's)");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> FeedAsync(
        string municipality, string? zone, CalendarFeed feed, CancellationToken cancellationToken)
    {
        if (municipality.Length != 4 || !municipality.All(char.IsAsciiDigit))
        {
            return Problems.Unprocessable("municipality", "is a four-digit municipality number such as 1848");
        }
        return TypedResults.Text(await feed.RenderAsync(municipality, zone, cancellationToken), "text/calendar; charset=utf-8");
    }
}
