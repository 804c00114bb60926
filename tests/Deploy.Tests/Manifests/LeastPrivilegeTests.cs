using k8s.Models;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>
/// What a compromised pod can reach: NetworkPolicies admit a service's traffic only from what references it and let it
/// out only to what it uses; every service signs in to PostgreSQL with a role of its own that owns only its database.
/// </summary>
public sealed class LeastPrivilegeTests
{
    public static TheoryData<string> Projects() => new(DeployFolder.Projects().Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_deployable_has_one_policy_for_its_pods_governing_traffic_in_and_out(string service)
    {
        var policy = Policy(service);

        Assert.Equal(DeployFolder.Deployment(service).Spec.Template.Metadata.Labels["app.kubernetes.io/name"], policy.Spec.PodSelector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Equal(["Ingress", "Egress"], policy.Spec.PolicyTypes);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Traffic_in_comes_only_from_the_deployables_that_reference_it_and_only_the_gateway_takes_it_from_anywhere(string service)
    {
        var rule = Assert.Single(Policy(service).Spec.Ingress);
        var callers = DeployFolder.Projects().Where(p => p.ServiceReferences.Contains(service)).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([8080], rule.Ports.Select(p => int.Parse(p.Port.Value, System.Globalization.CultureInfo.InvariantCulture)));
        if (service == "gateway")
        {
            Assert.Null(rule.FromProperty);
            return;
        }
        Assert.NotEmpty(callers);
        Assert.Equal(callers, rule.FromProperty.Select(peer => peer.PodSelector.MatchLabels["app.kubernetes.io/name"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Assessment_is_reached_by_the_gateway_and_scheduling_only_and_the_identity_provider_by_every_deployable()
    {
        Assert.Equal(["gateway", "scheduling"], Peers(Assert.Single(Policy("assessment").Spec.Ingress).FromProperty));
        Assert.Equal(["activities", "assessment", "documentation", "gateway", "notifications", "scheduling"], Peers(Assert.Single(Policy("identity").Spec.Ingress).FromProperty));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Traffic_out_is_limited_to_dns_the_services_it_calls_and_named_ports(string service)
    {
        var project = DeployFolder.Projects().Single(p => p.Name == service);
        var egress = Policy(service).Spec.Egress;

        Assert.All(egress, rule => Assert.NotEmpty(rule.Ports));
        Assert.DoesNotContain(egress, rule => rule.To?.Any(peer => peer.IpBlock is not null) == true);
        var servicePeers = egress.Where(rule => rule.To?.Any(peer => peer.NamespaceSelector is null) == true)
            .SelectMany(rule => Peers(rule.To)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(project.ServiceReferences.Order(StringComparer.Ordinal), servicePeers);
        // Port 8080 (another pod's HTTP) only towards the pods it calls.
        Assert.All(egress.Where(rule => rule.To is null), rule => Assert.DoesNotContain(rule.Ports, port => port.Port.Value == "8080"));
        var open = egress.Where(rule => rule.To is null).SelectMany(rule => rule.Ports).Select(port => int.Parse(port.Port.Value, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(service == "notifications", open.Contains(587));
        Assert.Equal(project.ConnectionReferences.Any(r => r.Name.EndsWith("db", StringComparison.Ordinal)), open.Contains(5432));
    }

    [Fact]
    public void Documentation_cannot_open_assessment_or_any_other_service()
    {
        Assert.Equal(["identity"], Peers(Policy("documentation").Spec.Egress.Where(rule => rule.To?.Any(peer => peer.NamespaceSelector is null) == true).SelectMany(rule => rule.To)));
    }

    [Fact]
    public void Each_service_connects_to_its_own_database_with_a_role_of_its_own()
    {
        var script = File.ReadAllText(Path.Combine(DeployFolder.Root, "create-secrets.sh"));
        var owners = DeployFolder.Projects()
            .SelectMany(p => p.ConnectionReferences.Where(r => r.Name.EndsWith("db", StringComparison.Ordinal)).Select(r => (Service: p.Name, Database: r.Name)))
            .ToList();

        Assert.Equal(5, owners.Count);
        foreach (var (service, database) in owners)
        {
            Assert.Contains($"\"{database}=Host=$pg_host;Port=$pg_port;Username={service};Password=${service}_password;Database={database}$pg_options\"", script, StringComparison.Ordinal);
        }
        // No service is handed the administrative account.
        Assert.DoesNotContain("$postgres;Database=", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_database_roles_job_makes_each_role_owner_of_its_database_and_shuts_everyone_else_out()
    {
        var job = Assert.Single(DeployFolder.Objects<V1Job>("base/database-roles/"));
        var script = Assert.Single(DeployFolder.Objects<V1ConfigMap>("base/database-roles/")).Data["create-roles.sh"];
        var container = Assert.Single(job.Spec.Template.Spec.Containers);

        Assert.Contains("CREATE DATABASE %I OWNER %I", script, StringComparison.Ordinal);
        Assert.Contains("REVOKE ALL ON DATABASE %I FROM PUBLIC", script, StringComparison.Ordinal);
        Assert.Contains("NOSUPERUSER NOCREATEDB NOCREATEROLE", script, StringComparison.Ordinal);
        foreach (var (service, database) in new[] { ("activities", "activitiesdb"), ("assessment", "assessmentdb"), ("documentation", "documentationdb"), ("notifications", "notificationsdb"), ("scheduling", "schedulingdb") })
        {
            Assert.Contains($"create {service} {database} \"${service.ToUpperInvariant()}_PASSWORD\"", script, StringComparison.Ordinal);
            var password = Assert.Single(container.Env, v => v.Name == $"{service.ToUpperInvariant()}_PASSWORD");
            Assert.Equal(($"{service}-connections", "postgres-password"), (password.ValueFrom.SecretKeyRef.Name, password.ValueFrom.SecretKeyRef.Key));
        }
        Assert.All(container.Env, variable => Assert.NotNull(variable.ValueFrom?.SecretKeyRef));
        Assert.True(job.Spec.Template.Spec.SecurityContext.RunAsNonRoot);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.All(["dev", "staging", "production"], overlay => Assert.Contains("../../base/database-roles", DeployFolder.Strings(DeployFolder.Kustomization($"overlays/{overlay}"), "resources")));
    }

    private static V1NetworkPolicy Policy(string service) => Assert.Single(DeployFolder.Objects<V1NetworkPolicy>($"base/{service}/"));

    private static List<string> Peers(IEnumerable<V1NetworkPolicyPeer> peers) =>
        peers.Select(peer => peer.PodSelector.MatchLabels["app.kubernetes.io/name"]).Order(StringComparer.Ordinal).ToList();
}
