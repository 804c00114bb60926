using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.AppHost.Dashboard.Access;

/// <summary>
/// Who may see the dashboard: a browser with the login cookie, or a script sending the token as a bearer token.
/// Everything else gets nothing: pages redirect to the login, the data API (<c>/api/…</c>) answers 401.
/// </summary>
internal static class DashboardAuthentication
{
    public const string Scheme = "Dashboard";
    public const string CookieScheme = "DashboardCookie";
    public const string BearerScheme = "DashboardBearer";
    public const string CookieName = ".CareServices.Dashboard";

    public static IServiceCollection AddDashboardAuthentication(this IServiceCollection services, DashboardToken token)
    {
        services.AddSingleton(token);
        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? BearerScheme
                    : CookieScheme)
            .AddCookie(CookieScheme, options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                // Strict: no other site can make the browser send it, so the POST actions need no extra CSRF token.
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.LoginPath = "/login";
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                options.Events.OnRedirectToLogin = context =>
                {
                    if (IsDataRequest(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    }
                    else
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }

                    return Task.CompletedTask;
                };
            })
            .AddScheme<AuthenticationSchemeOptions, DashboardBearerHandler>(BearerScheme, _ => { });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static ClaimsPrincipal Operator(string how) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "operator"), new Claim("login", how)], CookieScheme));

    private static bool IsDataRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
}
