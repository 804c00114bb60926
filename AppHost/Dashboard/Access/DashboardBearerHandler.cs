using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareServices.AppHost.Dashboard.Access;

/// <summary>The login token as <c>Authorization: Bearer &lt;token&gt;</c>, for scripts and tests calling the data API.</summary>
internal sealed class DashboardBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, DashboardToken token)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        return Task.FromResult(token.Matches(header["Bearer ".Length..])
            ? AuthenticateResult.Success(new AuthenticationTicket(DashboardAuthentication.Operator("bearer"), Scheme.Name))
            : AuthenticateResult.Fail("The token does not match."));
    }
}
