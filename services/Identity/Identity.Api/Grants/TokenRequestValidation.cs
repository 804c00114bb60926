using CareServices.Identity.Api.Clients;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CareServices.Identity.Api.Grants;

/// <summary>
/// Who may ask for what at the token endpoint. The provider keeps no database (OpenIddict's degraded mode), so the
/// clients and demo users of configuration are checked here: every grant needs a confidential client (its id and
/// secret); a demo user signs in through one with the demo password.
/// </summary>
public sealed class TokenRequestValidation(ClientAuthenticator authenticator, IHostEnvironment environment)
    : IOpenIddictServerHandler<OpenIddictServerEvents.ValidateTokenRequestContext>
{
    public ValueTask HandleAsync(OpenIddictServerEvents.ValidateTokenRequestContext context)
    {
        var request = context.Request;
        var client = authenticator.Authenticate(context.ClientId, context.ClientSecret);
        if (client is null)
        {
            context.Reject(Errors.InvalidClient, "The client id or secret is wrong.");
        }
        else if (request.IsPasswordGrantType())
        {
            if (authenticator.SignIn(request.Username, request.Password) is null)
            {
                context.Reject(Errors.InvalidGrant, "The user name or password is wrong.");
            }
        }
        else if (request.GrantType == DevelopmentGrant.GrantType)
        {
            if (!environment.IsDevelopment() || !client.DevelopmentTokens)
            {
                context.Reject(Errors.UnauthorizedClient, "Development tokens are issued only in Development, to a client allowed to ask.");
            }
            else if (DevelopmentGrant.Invalid(Parameter(request, DevelopmentGrant.RoleParameter), Parameter(request, DevelopmentGrant.MunicipalityParameter),
                Parameter(request, DevelopmentGrant.RecipientIdParameter), Parameter(request, DevelopmentGrant.StaffIdParameter)) is { } rule)
            {
                context.Reject(Errors.InvalidRequest, rule);
            }
        }
        return ValueTask.CompletedTask;
    }

    public static string? Parameter(OpenIddictRequest request, string name) =>
        request.GetParameter(name) is { } value && (string?)value is { Length: > 0 } text ? text : null;
}
