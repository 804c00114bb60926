using System.Diagnostics;
using System.Globalization;
using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Reporting;
using CareServices.Scheduling.Planner.Search;

namespace CareServices.Bench.Planner.District;

/// <summary>
/// Plans a generated municipal day with continuity terms on and off (plus the greedy baseline), prints every
/// objective term and KPI, then shows how solve time grows with the size of the district.
/// </summary>
internal static class DistrictBenchmark
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(CommandLine args)
    {
        var timeLimit = args.Number("time-limit", 30);
        var threads = (int)args.Number("threads", Environment.ProcessorCount);
        var seed = (int)args.Number("seed", 1);
        var occasions = (int)args.Number("visits", 2000);
        var scalingLimit = args.Number("scaling-time-limit", 10);
        var scaling = (args.Option("scaling") ?? "500,1000,2000,4000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => int.Parse(s, Invariant))
            .ToList();

        var clock = args.Option("clock") == "cpu" ? CpuTimeProvider.Instance : TimeProvider.System;
        var day = DistrictGenerator.Generate(occasions, seed);
        Console.WriteLine(string.Create(Invariant,
            $"district: {day.Occasions} visit occasions ({day.DoubleOccasions} need two staff, {day.Problem.Visits.Count} staff visits), {day.Recipients} recipients, {day.Staff} staff, seed {seed}, time limit {timeLimit} s, threads {threads}"));
        Console.WriteLine("planner        | solve s | first plan s | iterations | unassigned | travel min | travel km | tardiness min | max late | overtime | distinct/day | split bundles | not by contact | distinct staff/shift | contact share | presence | punctuality | feasible");

        var on = ObjectiveWeights.Municipal;
        var off = ObjectiveWeights.Municipal.WithoutContinuity();
        var baselineClock = Stopwatch.StartNew();
        var baseline = GreedyBaselinePlanner.Solve(day.Problem, on);
        Print("greedy", PlanQualityReporter.Create(day.Problem, baseline, on), baselineClock.Elapsed.TotalSeconds, baselineClock.Elapsed.TotalSeconds, 0);

        var results = new Dictionary<string, PlanQualityReport>();
        foreach (var (name, weights) in new[] { ("continuity on", on), ("continuity off", off) })
        {
            var result = HomeCarePlanner.Solve(day.Problem, new SolverOptions
            {
                Weights = weights,
                TimeLimit = TimeSpan.FromSeconds(timeLimit),
                Threads = threads,
                Seed = seed,
                TimeProvider = clock,
            });
            var report = PlanQualityReporter.Create(day.Problem, result.Plan, weights);
            results[name] = report;
            Print(name, report, result.Elapsed.TotalSeconds, result.ConstructionTime.TotalSeconds, result.Iterations);
        }

        var travelOn = results["continuity on"].Objective.TravelTime;
        var travelOff = results["continuity off"].Objective.TravelTime;
        Console.WriteLine(string.Create(Invariant,
            $"travel with continuity on vs off: {100 * (travelOn - travelOff) / travelOff:+0.0;-0.0} %"));

        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"scaling (continuity on, first complete plan, then {scalingLimit} s of search):"));
        Console.WriteLine("occasions | staff visits | staff | first plan s | unassigned after first plan | iterations/s | unassigned | objective");
        foreach (var n in scaling)
        {
            var sized = DistrictGenerator.Generate(n, seed);
            var result = HomeCarePlanner.Solve(sized.Problem, new SolverOptions
            {
                Weights = on,
                TimeLimit = TimeSpan.FromSeconds(scalingLimit),
                Threads = threads,
                Seed = seed,
                TimeProvider = clock,
            });
            var searchSeconds = Math.Max(1e-9, (result.Elapsed - result.ConstructionTime).TotalSeconds);
            Console.WriteLine(string.Create(Invariant,
                $"{n,9} | {sized.Problem.Visits.Count,12} | {sized.Staff,5} | {result.ConstructionTime.TotalSeconds,12:0.00} | {result.FirstPlanUnassigned,27} | {result.Iterations / searchSeconds,12:0} | {result.Objective.UnassignedVisits,10} | {result.Objective.Total:0}"));
        }

        return 0;
    }

    private static void Print(string name, PlanQualityReport r, double seconds, double firstPlan, long iterations)
    {
        var o = r.Objective;
        var k = r.Kpis;
        Console.WriteLine(string.Create(Invariant,
            $"{name,-14} | {seconds,7:0.0} | {firstPlan,12:0.00} | {iterations,10} | {o.UnassignedVisits,10} | {o.TravelTime,10:0} | {o.TravelDistance,9:0} | {o.Tardiness,13:0} | {o.MaxTardiness,8:0} | {o.Overtime,8:0} | {o.DistinctStaffPerDay,12} | {o.SplitBundles,13} | {o.NotByContactPerson,14} | {k.DistinctStaffPerRecipientShift,20:0.00} | {k.ContactPersonShare,13:P1} | {k.Presence,8:P1} | {k.Punctuality,11:P1} | {r.Feasibility.IsFeasible}"));
    }
}
