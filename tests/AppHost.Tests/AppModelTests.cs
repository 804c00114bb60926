using CareServices.AppHost.Model;
using CareServices.AppHost.Orchestration;

namespace CareServices.AppHost.Tests;

public sealed class AppModelTests
{
    [Fact]
    public void The_declared_application_has_three_servers_five_databases_five_services_and_the_gateway()
    {
        var builder = new DistributedApplicationBuilder(new AppHostOptions());

        Program.Declare(builder);

        Assert.Equal(
            ["postgres", "rabbitmq", "redis", "assessmentdb", "schedulingdb", "documentationdb", "activitiesdb", "notificationsdb",
             "assessment", "scheduling", "documentation", "activities", "notifications", "gateway"],
            builder.Resources.Select(r => r.Name));
        var gateway = Assert.IsType<ProjectResource>(builder.Resources[^1]);
        Assert.Equal(8080, gateway.HttpPort);
        Assert.Equal(5, gateway.ServiceReferences.Count);
        Assert.All(builder.Resources.OfType<ProjectResource>().Where(p => p != gateway), service =>
        {
            Assert.Equal([service.Name + "db", "rabbitmq", "redis"], service.ConnectionReferences.Select(r => r.Name));
            Assert.True(File.Exists(Path.Combine(RepositoryRoot.Resolve(null), service.ProjectDirectory,
                Path.GetFileName(service.ProjectDirectory) + ".csproj")), $"{service.ProjectDirectory} has no project file");
        });
    }

    [Fact]
    public void Gateway_port_zero_means_a_free_port()
    {
        var builder = new DistributedApplicationBuilder(new AppHostOptions { GatewayPort = 0 });

        Program.Declare(builder);

        Assert.Null(Assert.IsType<ProjectResource>(builder.Resources[^1]).HttpPort);
    }

    [Theory]
    [InlineData("Assessment")]
    [InlineData("assessment-api")]
    [InlineData("")]
    public void Resource_names_are_lowercase_without_hyphens(string name)
    {
        var builder = new DistributedApplicationBuilder(new AppHostOptions());

        Assert.Throws<ArgumentException>(() => builder.AddRedis(name));
    }

    [Fact]
    public void A_name_is_declared_once()
    {
        var builder = new DistributedApplicationBuilder(new AppHostOptions());
        builder.AddRedis("redis");

        Assert.Throws<ArgumentException>(() => builder.AddProject("redis", "somewhere"));
    }
}
