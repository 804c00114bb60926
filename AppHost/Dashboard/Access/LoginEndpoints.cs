using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.AppHost.Dashboard.Access;

/// <summary>
/// The login page (a plain form, so it works before any script loads), the <c>?t=&lt;token&gt;</c> link the AppHost
/// prints, and logout.
/// </summary>
internal static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapDashboardLogin(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext context, string? returnUrl, string? error, string? t, DashboardToken token) =>
            t is not null
                ? SignInAsync(context, token, t, returnUrl)
                : Task.FromResult(Page(returnUrl, error is not null)))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/login", async (HttpContext context, DashboardToken token) =>
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                return await SignInAsync(context, token, form["token"], form["returnUrl"]);
            })
            .AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/logout", async (HttpContext context) =>
            {
                await context.SignOutAsync(DashboardAuthentication.CookieScheme);
                return Results.Redirect("/login");
            })
            .DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>Any page opened with <c>?t=&lt;token&gt;</c> logs in and continues to that page without the token in its address.</summary>
    public static IApplicationBuilder UseTokenLink(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Method == HttpMethods.Get && context.Request.Query.TryGetValue("t", out var t)
                && !context.Request.Path.StartsWithSegments("/login") && !context.Request.Path.StartsWithSegments("/api"))
            {
                var token = context.RequestServices.GetRequiredService<DashboardToken>();
                var result = await SignInAsync(context, token, t, context.Request.Path.Value);
                await result.ExecuteAsync(context);
                return;
            }

            await next(context);
        });

    private static async Task<IResult> SignInAsync(HttpContext context, DashboardToken token, string? candidate, string? returnUrl)
    {
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (!token.Matches(candidate))
        {
            return Results.Redirect($"/login?error=1&returnUrl={Uri.EscapeDataString(target)}");
        }

        await context.SignInAsync(DashboardAuthentication.CookieScheme, DashboardAuthentication.Operator("token"));
        return Results.Redirect(target);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult Page(string? returnUrl, bool failed)
    {
        var target = WebUtility.HtmlEncode(IsLocal(returnUrl) ? returnUrl : "/");
        var message = failed ? "<p class=\"error\" role=\"alert\">That token is not this AppHost's.</p>" : string.Empty;
        return Results.Content($$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>CareServices dashboard · log in</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <style>
              body { font-family: "Segoe UI", system-ui, sans-serif; background: #f5f5f5; display: grid; place-items: center; height: 100vh; margin: 0; }
              form { background: white; padding: 2rem; border-radius: 8px; box-shadow: 0 2px 8px #0002; width: 26rem; }
              h1 { font-size: 1.3rem; margin-top: 0; } input { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; }
              button { margin-top: 1rem; padding: .5rem 1.2rem; background: #0f6cbd; color: white; border: 0; border-radius: 4px; font: inherit; cursor: pointer; }
              .error { color: #b10e1c; } p { color: #424242; }
            </style></head>
            <body><form method="post" action="/login">
              <h1>CareServices dashboard</h1>
              <p>Enter the login token the AppHost printed when it started.</p>{{message}}
              <label for="token">Token</label>
              <input id="token" name="token" type="password" autocomplete="off" autofocus required>
              <input type="hidden" name="returnUrl" value="{{target}}">
              <button type="submit">Log in</button>
            </form></body></html>
            """, "text/html; charset=utf-8");
    }
}
