using CareServices.Deploy.Generator.Manifest;
using k8s.Models;

namespace CareServices.Deploy.Tests.Manifests;

/// <summary>What every service's base promises a cluster: probes, limits, a locked-down container, and its whole environment.</summary>
public sealed class ServiceContractTests
{
    public static TheoryData<string> Projects() => new(DeployFolder.Projects().Select(p => p.Name));

    [Fact]
    public void Every_project_of_the_model_has_a_base_five_services_the_gateway_and_the_identity_provider()
    {
        Assert.Equal(
            ["activities", "assessment", "documentation", "gateway", "identity", "notifications", "scheduling"],
            DeployFolder.Projects().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(DeployFolder.Projects(), project =>
        {
            Assert.NotNull(DeployFolder.Deployment(project.Name));
            Assert.True(File.Exists(Path.Combine(DeployFolder.Root, "base", project.Name, "Dockerfile")));
        });
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Liveness_asks_alive_and_readiness_asks_health_on_the_http_port(string service)
    {
        var container = Container(service);

        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/alive", container.StartupProbe.HttpGet.Path);
        var port = Assert.Single(container.Ports);
        Assert.Equal("http", port.Name);
        Assert.Equal(8080, port.ContainerPort);
        Assert.All([container.LivenessProbe, container.ReadinessProbe, container.StartupProbe],
            probe => Assert.Equal("http", probe.HttpGet.Port.Value));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Requests_and_limits_are_set_for_cpu_and_memory(string service)
    {
        var resources = Container(service).Resources;

        foreach (var set in new[] { resources.Requests, resources.Limits })
        {
            Assert.NotNull(set);
            Assert.True(set.ContainsKey("cpu") && set.ContainsKey("memory"), $"{service}: cpu and memory must both be set");
        }
        Assert.True(resources.Requests["memory"].ToDecimal() <= resources.Limits["memory"].ToDecimal());
        Assert.True(resources.Requests["cpu"].ToDecimal() <= resources.Limits["cpu"].ToDecimal());
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_container_runs_as_non_root_on_a_read_only_root_with_a_writable_tmp(string service)
    {
        var pod = DeployFolder.Deployment(service).Spec.Template.Spec;
        var container = Container(service);

        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.NotEqual(0, pod.SecurityContext.RunAsUser);
        Assert.True(container.SecurityContext.RunAsNonRoot);
        Assert.True(container.SecurityContext.ReadOnlyRootFilesystem);
        Assert.False(container.SecurityContext.AllowPrivilegeEscalation);
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.False(pod.AutomountServiceAccountToken);
        var tmp = Assert.Single(container.VolumeMounts, mount => mount.MountPath == "/tmp");
        Assert.NotNull(Assert.Single(pod.Volumes, volume => volume.Name == tmp.Name).EmptyDir);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Every_variable_of_the_environment_contract_is_provided(string service)
    {
        var project = DeployFolder.Projects().Single(p => p.Name == service);
        var container = Container(service);
        var configMap = Assert.Single(container.EnvFrom).ConfigMapRef.Name;
        var provided = DeployFolder.ConfigMap(service, configMap).Data.Keys
            .Concat(container.Env.Select(variable => variable.Name))
            .ToHashSet(StringComparer.Ordinal);

        var required = LocalContract(project);

        var missing = required.Where(name => !provided.Contains(name)).ToList();
        Assert.True(missing.Count == 0, $"{service} is not given {string.Join(", ", missing)}");
        // Connection strings and secret parameters are what a service cannot start without.
        Assert.All(project.ConnectionReferences, reference => Assert.Contains($"ConnectionStrings__{reference.Name}", required));
        Assert.All(project.SecretReferences, secret => Assert.Contains(secret.Variable, provided));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Connection_strings_client_secrets_and_the_signing_key_come_from_secrets(string service)
    {
        var project = DeployFolder.Projects().Single(p => p.Name == service);
        var container = Container(service);

        Assert.Equal(
            project.ConnectionReferences.Select(r => $"ConnectionStrings__{r.Name}").Concat(project.SecretReferences.Select(r => r.Variable)).Order(StringComparer.Ordinal),
            container.Env.Select(variable => variable.Name).Order(StringComparer.Ordinal));
        Assert.NotEmpty(container.Env);
        Assert.All(container.Env, variable =>
        {
            Assert.Null(variable.Value);
            Assert.NotNull(variable.ValueFrom?.SecretKeyRef);
        });
        var configMap = DeployFolder.ConfigMap(service, Assert.Single(container.EnvFrom).ConfigMapRef.Name);
        Assert.DoesNotContain(configMap.Data.Keys, key => key.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || key.Contains("SigningKey", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void Tokens_are_checked_against_the_identity_provider_and_no_deployable_holds_a_shared_signing_key(string service)
    {
        var container = Container(service);
        var config = DeployFolder.ConfigMap(service, Assert.Single(container.EnvFrom).ConfigMapRef.Name).Data;

        Assert.DoesNotContain(container.Env, variable => variable.Name == "Authentication__Jwt__SigningKey");
        Assert.False(config.ContainsKey("Authentication__Jwt__SigningKey"));
        if (service == "identity")
        {
            var key = Assert.Single(container.Env, variable => variable.Name == "Identity__SigningKeyPem");
            Assert.Equal("identity-signing-key", key.ValueFrom.SecretKeyRef.Name);
        }
        else
        {
            Assert.Equal("http://identity", config["Authentication__Jwt__Authority"]);
            Assert.Equal("careservices", config["Authentication__Jwt__Audience"]);
        }
    }

    [Fact]
    public void No_development_client_is_deployed_so_no_cluster_serves_dev_tokens()
    {
        var gateway = Container("gateway");
        var identity = DeployFolder.ConfigMap("identity", Assert.Single(Container("identity").EnvFrom).ConfigMapRef.Name).Data;

        Assert.DoesNotContain(gateway.Env, variable => variable.Name.StartsWith("Authentication__Client__", StringComparison.Ordinal));
        Assert.DoesNotContain(DeployFolder.ConfigMap("gateway", "gateway-config").Data.Keys, key => key.StartsWith("Authentication__Client__", StringComparison.Ordinal));
        Assert.All(identity.Where(entry => entry.Key.EndsWith("__DevelopmentTokens", StringComparison.Ordinal)), entry => Assert.Equal("false", entry.Value));
        // Scheduling's key-code client is the one client a cluster has.
        Assert.Equal(["Identity__Clients__scheduling__Secret"], Container("identity").Env.Where(v => v.Name.StartsWith("Identity__Clients__", StringComparison.Ordinal)).Select(v => v.Name));
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void The_service_selects_the_pods_on_their_http_port_and_discovery_addresses_resolve_to_services(string service)
    {
        var deployment = DeployFolder.Deployment(service);
        var clusterService = Assert.Single(DeployFolder.Objects<V1Service>($"base/{service}/"));

        Assert.Equal(service, clusterService.Metadata.Name);
        Assert.All(clusterService.Spec.Selector, label => Assert.Equal(label.Value, deployment.Spec.Template.Metadata.Labels[label.Key]));
        Assert.Equal(deployment.Spec.Selector.MatchLabels, clusterService.Spec.Selector);
        Assert.Equal("http", Assert.Single(clusterService.Spec.Ports).TargetPort.Value);

        var configMap = DeployFolder.ConfigMap(service, Assert.Single(Container(service).EnvFrom).ConfigMapRef.Name);
        foreach (var (key, value) in configMap.Data.Where(entry => entry.Key.StartsWith("services__", StringComparison.Ordinal)))
        {
            var target = key.Split("__")[1];
            Assert.Equal($"http://{target}", value);
            Assert.Single(DeployFolder.Objects<V1Service>($"base/{target}/"), s => s.Metadata.Name == target && s.Spec.Ports.Single().Port == 80);
        }
    }

    [Fact]
    public void Only_the_gateway_is_exposed_by_an_ingress_to_its_service()
    {
        var ingress = Assert.Single(DeployFolder.Objects<V1Ingress>("base/"));

        Assert.Equal("base/gateway/ingress.yaml", DeployFolder.Objects().Single(o => o.Object == (object)ingress).File);
        var backend = ingress.Spec.Rules.Single().Http.Paths.Single().Backend.Service;
        Assert.Equal("gateway", backend.Name);
        Assert.Equal("http", backend.Port.Name);
    }

    /// <summary>
    /// The variables the AppHost gives the project locally (from the Aspire manifest: connection strings, service
    /// addresses, JWT settings) and those every host reads wherever it runs.
    /// </summary>
    private static IReadOnlyList<string> LocalContract(ProjectResource project) =>
        project.ContractVariables.Concat(["ASPNETCORE_ENVIRONMENT", "ASPNETCORE_URLS", "OTEL_SERVICE_NAME"]).Order(StringComparer.Ordinal).ToList();

    private static V1Container Container(string service) =>
        Assert.Single(DeployFolder.Deployment(service).Spec.Template.Spec.Containers, c => c.Name == service);
}
