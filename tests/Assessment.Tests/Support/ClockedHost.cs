using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Assessment.Tests.Support;

/// <summary>An Assessment host whose clock the tests set, for deadlines and notice periods.</summary>
public sealed class ClockedHost : AssessmentHost
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}
