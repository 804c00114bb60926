using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CareServices.Authorization.Tests;

/// <summary>
/// One endpoint as its metadata declares it: method, route and the authorization it requires
/// (<c>Anonymous</c>, or the policies and roles of its <see cref="IAuthorizeData"/> joined with <c>+</c>; <c>NONE</c>
/// when it declares nothing, which the matrix never accepts).
/// </summary>
public sealed partial record EndpointRule(string Method, string Route, string Rule, IReadOnlyList<string> Policies, IReadOnlyList<string> Roles)
{
    public const string Anonymous = "Anonymous";
    public const string None = "NONE";

    /// <summary>The line of the matrix file: <c>METHOD route =&gt; rule</c>.</summary>
    public string Line => $"{Method} {Route} => {Rule}";

    public static IReadOnlyList<EndpointRule> Of(EndpointDataSource endpoints) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => From(method, endpoint)))
            .DistinctBy(rule => (rule.Method, rule.Route))
            .OrderBy(rule => rule.Route, StringComparer.Ordinal).ThenBy(rule => rule.Method, StringComparer.Ordinal)
            .ToList();

    private static EndpointRule From(string method, RouteEndpoint endpoint)
    {
        var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        // AllowAnonymous wins over any authorize data, as in the authorization middleware.
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return new EndpointRule(method, route, Anonymous, [], []);
        }
        var policies = authorize.Select(a => a.Policy).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var roles = authorize.Select(a => a.Roles).OfType<string>().SelectMany(r => r.Split(',')).Select(r => r.Trim()).Distinct().Order(StringComparer.Ordinal).ToList();
        var parts = policies.Concat(roles.Select(r => $"role:{r}")).ToList();
        var rule = authorize.Count == 0 ? None : parts.Count == 0 ? "Authenticated" : string.Join("+", parts);
        return new EndpointRule(method, route, rule, policies, roles);
    }

    /// <summary>A request path for the route: each parameter filled with a value its constraint accepts.</summary>
    public string SamplePath() => Parameter().Replace(Route, match =>
    {
        var inner = match.Groups[1].Value.TrimStart('*');
        var name = inner.Split(':', '=', '?')[0];
        var constraints = inner.Split(':').Skip(1).Select(c => c.Split('(')[0]).ToList();
        return constraints.Contains("guid") ? Guid.NewGuid().ToString()
            : constraints.Contains("int") || constraints.Contains("long") ? "1"
            : constraints.Contains("datetime") ? "2026-01-05"
            : constraints.Contains("bool") ? "true"
            : name.Contains("municipality", StringComparison.OrdinalIgnoreCase) ? "1848"
            : name.Contains("date", StringComparison.OrdinalIgnoreCase) ? "2026-01-05"
            : "sample";
    });

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex Parameter();
}
