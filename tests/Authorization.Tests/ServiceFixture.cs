namespace CareServices.Authorization.Tests;

/// <summary>Starts one service for a matrix test class and stops it after.</summary>
public abstract class ServiceFixture(string name, Func<string, Task<ServiceUnderTest>> start) : IAsyncLifetime
{
    public string Name { get; } = name;

    public ServiceUnderTest Service { get; private set; } = null!;

    public async Task InitializeAsync() => Service = await start(Name);

    public async Task DisposeAsync() => await Service.DisposeAsync();
}

public sealed class AssessmentService() : ServiceFixture("assessment", ServiceUnderTest.StartAsync<Assessment.Api.Persistence.AssessmentDbContext>);

public sealed class SchedulingService() : ServiceFixture("scheduling", ServiceUnderTest.StartAsync<Scheduling.Api.Persistence.SchedulingDbContext>);

public sealed class DocumentationService() : ServiceFixture("documentation", ServiceUnderTest.StartAsync<Documentation.Api.Persistence.DocumentationDbContext>);

public sealed class ActivitiesService() : ServiceFixture("activities", ServiceUnderTest.StartAsync<Activities.Api.Persistence.ActivitiesDbContext>);

public sealed class NotificationsService() : ServiceFixture("notifications", ServiceUnderTest.StartAsync<Notifications.Api.Persistence.NotificationsDbContext>);
