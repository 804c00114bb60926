using CareServices.Identity.Api.Clients;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace CareServices.Identity.Api.Grants;

/// <summary>Signs in the principal of a validated token request (<see cref="TokenRequestValidation"/> ran first).</summary>
public sealed class TokenIssuance(IdentitySettings settings, DemoUserDirectory demoUsers)
    : IOpenIddictServerHandler<OpenIddictServerEvents.HandleTokenRequestContext>
{
    public ValueTask HandleAsync(OpenIddictServerEvents.HandleTokenRequestContext context)
    {
        var request = context.Request;
        if (request.IsPasswordGrantType())
        {
            // The user was found at validation; the file may have changed since.
            if (demoUsers.Find(request.Username!) is { } user)
            {
                context.SignIn(TokenClaims.ForUser(request.Username!, user, settings.Audience));
            }
            else
            {
                context.Reject(OpenIddictConstants.Errors.InvalidGrant, "The user name or password is wrong.");
            }
        }
        else if (request.IsClientCredentialsGrantType())
        {
            context.SignIn(TokenClaims.ForClient(context.ClientId!, settings.Clients[context.ClientId!], settings.Audience));
        }
        else if (request.GrantType == DevelopmentGrant.GrantType)
        {
            context.SignIn(TokenClaims.ForDevelopment(
                TokenRequestValidation.Parameter(request, DevelopmentGrant.RoleParameter)!,
                TokenRequestValidation.Parameter(request, DevelopmentGrant.MunicipalityParameter)!,
                TokenRequestValidation.Parameter(request, DevelopmentGrant.SubjectParameter),
                TokenRequestValidation.Parameter(request, DevelopmentGrant.RecipientIdParameter),
                TokenRequestValidation.Parameter(request, DevelopmentGrant.StaffIdParameter),
                settings.Audience));
        }
        return ValueTask.CompletedTask;
    }
}
