using CareServices.Scheduling.Planner.Instances;

namespace CareServices.Scheduling.Planner.Tests.Support;

/// <summary>Mankowska A instances copied beside the tests, so they run without the shared data folder.</summary>
internal static class TestInstances
{
    public static MankowskaInstance A(int id) =>
        MankowskaFormat.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", $"InstanzCPLEX_HCSRP_10_{id}.txt")));
}
