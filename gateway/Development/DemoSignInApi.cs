using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CareServices.Gateway.Development;

/// <summary>
/// <c>POST /dev/sign-in</c>: a demo user of the local run signs in with user name and password and gets the identity
/// provider's token (the password grant, asked with the gateway's client). Mapped only in Development and only when
/// the gateway trusts an authority and has a client there; demo users exist only where the local AppHost configures them.
/// </summary>
public static class DemoSignInApi
{
    public sealed record SignInRequest(string? UserName, string? Password);

    public static bool CanSignIn(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<JwtSettings>().UsesAuthority
            && !string.IsNullOrWhiteSpace(services.GetRequiredService<IOptions<ServiceClientSettings>>().Value.Id);
    }

    public static IEndpointRouteBuilder MapDemoSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dev/sign-in", SignInAsync)
            .AllowAnonymous()
            .WithTags("Development")
            .WithName("DemoSignIn")
            .WithSummary("Development only: a demo user's token from the identity provider, for their user name and password");
        return app;
    }

    private static async Task<Results<Ok<DevTokenApi.DevTokenResponse>, ValidationProblem, ProblemHttpResult>> SignInAsync(
        SignInRequest request, AuthorityClient authority, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.UserName), "userName", "is required")
            .Require(!string.IsNullOrEmpty(request.Password), "password", "is required");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var result = await authority.RequestAsync("password",
            [new("username", request.UserName!), new("password", request.Password!)], cancellationToken);
        if (result.Succeeded)
        {
            return TypedResults.Ok(new DevTokenApi.DevTokenResponse(result.AccessToken!, result.ExpiresAt));
        }
        return result.Error == "invalid_grant"
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "The user name or password is wrong")
            : TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The identity provider refused the sign-in",
                detail: $"{result.Error}: {result.ErrorDescription}");
    }
}
