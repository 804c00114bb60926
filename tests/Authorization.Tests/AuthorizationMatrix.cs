using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Authorization.Tests;

/// <summary>
/// The authorization matrix of one service, generated from its endpoint metadata. <c>Matrix/{service}.txt</c> names,
/// for every endpoint, the authorization it must require (<c>METHOD route =&gt; rule</c>); an endpoint without an
/// entry, or with another rule, fails with the line to add. Then every endpoint × every role is sent: no token is
/// 401, a role the endpoint's policies do not admit is 403, and a token without a municipality is 403.
/// </summary>
public abstract class AuthorizationMatrix<TFixture>(TFixture fixture) : IClassFixture<TFixture> where TFixture : ServiceFixture
{
    private ServiceUnderTest Service => fixture.Service;

    private IReadOnlyList<EndpointRule> Endpoints => EndpointRule.Of(Service.Services.GetRequiredService<EndpointDataSource>());

    /// <summary>Endpoints of ServiceDefaults' development tooling that only exist in Development.</summary>
    private IEnumerable<EndpointRule> Protected => Endpoints.Where(e => e.Rule != EndpointRule.Anonymous);

    [Fact]
    public void Every_endpoint_requires_the_authorization_its_matrix_entry_names()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "Matrix", $"{fixture.Name}.txt");
        var expected = File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : [];
        var actual = Endpoints.Select(e => e.Line).ToList();

        var missing = actual.Where(line => !expected.Contains(line)).ToList();
        var stale = expected.Where(line => !actual.Contains(line)).ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"tests/Authorization.Tests/Matrix/{fixture.Name}.txt does not match {fixture.Name}'s endpoints.\n" +
            $"An endpoint without its line (or whose authorization changed): add the line if the rule is intended:\n  {string.Join("\n  ", missing)}\n" +
            $"Lines without an endpoint (removed, or their rule changed): delete them:\n  {string.Join("\n  ", stale)}");
        Assert.DoesNotContain(actual, line => line.EndsWith($"=> {EndpointRule.None}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_protected_endpoint_refuses_a_caller_without_a_token_with_401()
    {
        var client = Service.Client(token: null);
        var wrong = new List<string>();
        foreach (var endpoint in Protected)
        {
            var status = await SendAsync(client, endpoint);
            if (status != HttpStatusCode.Unauthorized)
            {
                wrong.Add($"{endpoint.Method} {endpoint.Route}: {(int)status}");
            }
        }

        Assert.True(wrong.Count == 0, "Answered without a token:\n  " + string.Join("\n  ", wrong));
    }

    [Fact]
    public async Task Every_role_an_endpoints_policies_do_not_admit_is_refused_with_403()
    {
        var wrong = new List<string>();
        foreach (var role in Roles.All)
        {
            var client = Service.Client(TestTokens.For(role));
            foreach (var endpoint in Protected)
            {
                if (await AdmitsAsync(endpoint, role) is false)
                {
                    var status = await SendAsync(client, endpoint);
                    if (status != HttpStatusCode.Forbidden)
                    {
                        wrong.Add($"{role} → {endpoint.Method} {endpoint.Route}: {(int)status}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, "Roles outside the endpoint's policies that were not refused:\n  " + string.Join("\n  ", wrong));
    }

    [Fact]
    public async Task A_token_without_a_municipality_is_refused_with_403_wherever_a_policy_requires_one()
    {
        var wrong = new List<string>();
        foreach (var endpoint in Protected)
        {
            var policies = await PoliciesAsync(endpoint);
            if (!policies.SelectMany(p => p.Requirements).OfType<ClaimsAuthorizationRequirement>().Any(r => r.ClaimType == ClaimNames.Municipality))
            {
                continue;
            }
            var role = Roles.All.FirstOrDefault(r => Admits(policies, endpoint, r)) ?? Roles.Admin;
            var token = TestTokens.Sign(TestTokens.Descriptor([new Claim(ClaimNames.Subject, "no-tenant"), new Claim(ClaimNames.Role, role)]));
            var status = await SendAsync(Service.Client(token), endpoint);
            if (status != HttpStatusCode.Forbidden)
            {
                wrong.Add($"{endpoint.Method} {endpoint.Route}: {(int)status}");
            }
        }

        Assert.True(wrong.Count == 0, "Answered a token without a municipality:\n  " + string.Join("\n  ", wrong));
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, EndpointRule endpoint)
    {
        var method = endpoint.Method == "ANY" ? HttpMethod.Get : new HttpMethod(endpoint.Method);
        using var request = new HttpRequestMessage(method, endpoint.SamplePath());
        if (method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch)
        {
            request.Content = JsonContent.Create(new { });
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Whether the endpoint's role requirements admit <paramref name="role"/> (other requirements are the service's own rules).</summary>
    private async Task<bool> AdmitsAsync(EndpointRule endpoint, string role) => Admits(await PoliciesAsync(endpoint), endpoint, role);

    private static bool Admits(IReadOnlyList<AuthorizationPolicy> policies, EndpointRule endpoint, string role) =>
        (endpoint.Roles.Count == 0 || endpoint.Roles.Contains(role))
        && policies.SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>().All(r => r.AllowedRoles.Contains(role));

    private async Task<IReadOnlyList<AuthorizationPolicy>> PoliciesAsync(EndpointRule endpoint)
    {
        var provider = Service.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policies = new List<AuthorizationPolicy>();
        foreach (var name in endpoint.Policies)
        {
            policies.Add(await provider.GetPolicyAsync(name) ?? throw new InvalidOperationException($"No policy named {name}."));
        }
        return policies;
    }
}

public sealed class AssessmentAuthorization(AssessmentService service) : AuthorizationMatrix<AssessmentService>(service);

public sealed class SchedulingAuthorization(SchedulingService service) : AuthorizationMatrix<SchedulingService>(service);

public sealed class DocumentationAuthorization(DocumentationService service) : AuthorizationMatrix<DocumentationService>(service);

public sealed class ActivitiesAuthorization(ActivitiesService service) : AuthorizationMatrix<ActivitiesService>(service);

public sealed class NotificationsAuthorization(NotificationsService service) : AuthorizationMatrix<NotificationsService>(service);
