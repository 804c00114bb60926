using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CareServices.Gateway.Development;

/// <summary>
/// <c>POST /dev/token</c>: a token for any role and municipality so a person can try the API. The identity provider
/// issues it (the development grant, which it honours only in Development, to the gateway's client); a gateway still
/// configured with a symmetric key instead of an authority signs it itself. Mapped only in the Development
/// environment; in any other environment the route does not exist.
/// </summary>
public static class DevTokenApi
{
    public sealed record DevTokenRequest(string? Role, string? Municipality, string? Subject, Guid? RecipientId = null, Guid? StaffId = null);

    public sealed record DevTokenResponse(string Token, DateTimeOffset ExpiresAt);

    /// <summary>
    /// Whether this gateway can give development tokens: it signs them itself (a symmetric key) or has a client at the
    /// authority to ask for them. Without either the route is not mapped at all.
    /// </summary>
    public static bool CanIssue(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return !services.GetRequiredService<JwtSettings>().UsesAuthority
            || !string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<ServiceClientSettings>>().Value.Id);
    }

    public static IEndpointRouteBuilder MapDevTokens(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/token", IssueAsync)
            .AllowAnonymous()
            .WithTags("Development")
            .WithName("IssueDevToken")
            .WithSummary("Development only: a token from the identity provider for the given role and municipality");
        return app;
    }

    private static async Task<Results<Ok<DevTokenResponse>, ValidationProblem, ProblemHttpResult>> IssueAsync(
        DevTokenRequest request, AuthorityClient authority, JwtSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(request.Role is { } role && Roles.All.Contains(role), "role", $"must be one of: {string.Join(", ", Roles.All)}")
            .Require(request.Municipality is { Length: 4 } m && m.All(char.IsAsciiDigit), "municipality", "must be a four-digit municipality number")
            .Require(request.Role != Roles.Recipient || request.RecipientId is not null, "recipientId", "is required for the Recipient role (the recipient the token speaks for)");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!settings.UsesAuthority)
        {
            return TypedResults.Ok(SignWithSymmetricKey(request, settings, time));
        }

        var parameters = new Dictionary<string, string>
        {
            ["role"] = request.Role!,
            ["municipality"] = request.Municipality!,
        };
        if (!string.IsNullOrWhiteSpace(request.Subject))
        {
            parameters["subject"] = request.Subject;
        }
        if (request.RecipientId is { } recipient)
        {
            parameters["recipient_id"] = recipient.ToString();
        }
        if (request.StaffId is { } staff)
        {
            parameters["staff_id"] = staff.ToString();
        }
        var result = await authority.RequestAsync(GrantTypes.Development, parameters, cancellationToken);
        return result.Succeeded
            ? TypedResults.Ok(new DevTokenResponse(result.AccessToken!, result.ExpiresAt))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status502BadGateway,
                title: "The identity provider refused the development token",
                detail: $"{result.Error}: {result.ErrorDescription}");
    }

    private static DevTokenResponse SignWithSymmetricKey(DevTokenRequest request, JwtSettings settings, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var expires = now.AddHours(8);
        var subject = string.IsNullOrWhiteSpace(request.Subject) ? $"dev-{request.Role!.ToLowerInvariant()}" : request.Subject;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AuthenticationExtensions.ValidationParameters(settings).ValidIssuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(ClaimNames.Subject, subject),
                new Claim(ClaimNames.Name, subject),
                new Claim(ClaimNames.Role, request.Role!),
                new Claim(ClaimNames.Municipality, request.Municipality!),
                .. request.RecipientId is { } recipient ? [new Claim(ClaimNames.RecipientId, recipient.ToString())] : Array.Empty<Claim>(),
                .. request.StaffId is { } staff ? [new Claim(ClaimNames.StaffId, staff.ToString())] : Array.Empty<Claim>(),
            ]),
            SigningCredentials = new SigningCredentials(SigningKeys.FromBase64(settings.SigningKey), SecurityAlgorithms.HmacSha256),
        });
        return new DevTokenResponse(token, expires);
    }
}
