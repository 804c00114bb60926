namespace CareServices.Bench.Planner.District;

internal static class DistrictBenchmark
{
    public static int Run(CommandLine args) => args is null ? 1 : 0;
}
