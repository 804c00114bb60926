using System.Diagnostics;
using System.Globalization;
using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Replanning;
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
            .Where(s => s != "none")
            .Select(s => int.Parse(s, Invariant))
            .ToList();

        var clock = args.Option("clock") == "cpu" ? CpuTimeProvider.Instance : TimeProvider.System;
        var variants = (args.Option("variants") ?? "greedy,on,off,replan").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var day = DistrictGenerator.Generate(occasions, seed);
        Console.WriteLine(string.Create(Invariant,
            $"district: {day.Occasions} visit occasions ({day.DoubleOccasions} need two staff, {day.Problem.Visits.Count} staff visits), {day.Recipients} recipients, {day.Staff} staff, seed {seed}, time limit {timeLimit} s, threads {threads}"));
        Console.WriteLine("planner        | solve s | first plan s | iterations | unassigned | travel min | travel km | tardiness min | max late | overtime | distinct/day | split bundles | not by contact | distinct staff/shift | contact share | presence | punctuality | feasible");

        // Continuity weights are configuration; the scale lets one trade travel against familiar faces.
        var scale = args.Number("continuity-scale", 1);
        var municipal = ObjectiveWeights.Municipal;
        var on = municipal with
        {
            DistinctStaffPerDay = scale * municipal.DistinctStaffPerDay,
            DistinctStaffOverHorizon = scale * municipal.DistinctStaffOverHorizon,
            NotByContactPerson = scale * municipal.NotByContactPerson,
            UnfamiliarStaff = scale * municipal.UnfamiliarStaff,
            SplitBundles = scale * municipal.SplitBundles,
        };
        // Explicit continuity weights (not by contact, unfamiliar, split bundle, distinct per day, per horizon)
        // for tuning runs; the scale applies to them too.
        if (args.Option("weights") is { } list)
        {
            var w = list.Split(',').Select(x => scale * double.Parse(x, Invariant)).ToArray();
            on = on with
            {
                NotByContactPerson = w[0],
                UnfamiliarStaff = w[1],
                SplitBundles = w[2],
                DistinctStaffPerDay = w[3],
                DistinctStaffOverHorizon = w[4],
            };
        }

        var off = ObjectiveWeights.Municipal.WithoutContinuity();
        if (variants.Contains("greedy"))
        {
            var baselineClock = Stopwatch.StartNew();
            var baseline = GreedyBaselinePlanner.Solve(day.Problem, on);
            Print("greedy", PlanQualityReporter.Create(day.Problem, baseline, on), baselineClock.Elapsed.TotalSeconds, baselineClock.Elapsed.TotalSeconds, 0);
        }

        var results = new Dictionary<string, PlanQualityReport>();
        var plans = new Dictionary<string, Plan>();
        foreach (var (name, weights) in new[] { ("continuity on", on), ("continuity off", off) })
        {
            if (!variants.Contains(name == "continuity on" ? "on" : "off"))
            {
                continue;
            }

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
            plans[name] = result.Plan;
            Print(name, report, result.Elapsed.TotalSeconds, result.ConstructionTime.TotalSeconds, result.Iterations);
        }

        if (variants.Contains("replan") && plans.TryGetValue("continuity on", out var onPlan))
        {
            Replan(day, onPlan, on, args.Number("replan-time-limit", 5), threads, seed, clock);
        }

        if (results.TryGetValue("continuity on", out var withContinuity) && results.TryGetValue("continuity off", out var without))
        {
            var travelOn = withContinuity.Objective.TravelTime;
            var travelOff = without.Objective.TravelTime;
            Console.WriteLine(string.Create(Invariant,
                $"travel with continuity on vs off: {100 * (travelOn - travelOff) / travelOff:+0.0;-0.0} %"));
        }

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

    /// <summary>The day-shift staff member with the most visits falls ill; the plan is repaired around them.</summary>
    private static void Replan(DistrictDay day, Plan plan, ObjectiveWeights weights, double seconds, int threads, int seed, TimeProvider clock)
    {
        var ill = plan.Routes.Where(r => r.ShiftId.EndsWith("-day", StringComparison.Ordinal)).OrderByDescending(r => r.Visits.Count).First();
        var changed = day.Problem with { Shifts = day.Problem.Shifts.Where(s => s.Id != ill.ShiftId).ToList() };
        var result = Replanner.Replan(changed, plan, new SolverOptions
        {
            Weights = weights,
            TimeLimit = TimeSpan.FromSeconds(seconds),
            Threads = threads,
            Seed = seed,
            TimeProvider = clock,
        });
        var report = PlanQualityReporter.Create(changed, result.Plan, weights, plan);
        var moved = result.Plan.Routes.SelectMany(r => r.Visits).Count(v => ill.Visits.Any(x => x.VisitId == v.VisitId));
        Console.WriteLine(string.Create(Invariant,
            $"re-planning, {ill.ShiftId} ill ({ill.Visits.Count} visits): first repaired plan {result.ConstructionTime.TotalSeconds:0.00} s, search {seconds} s; {moved} of their visits re-assigned, {result.Objective.UnassignedVisits} unassigned, {result.Objective.Disruption} other visits moved to another shift, feasible {report.Feasibility.IsFeasible}"));
    }

    private static void Print(string name, PlanQualityReport r, double seconds, double firstPlan, long iterations)
    {
        var o = r.Objective;
        var k = r.Kpis;
        Console.WriteLine(string.Create(Invariant,
            $"{name,-14} | {seconds,7:0.0} | {firstPlan,12:0.00} | {iterations,10} | {o.UnassignedVisits,10} | {o.TravelTime,10:0} | {o.TravelDistance,9:0} | {o.Tardiness,13:0} | {o.MaxTardiness,8:0} | {o.Overtime,8:0} | {o.DistinctStaffPerDay,12} | {o.SplitBundles,13} | {o.NotByContactPerson,14} | {k.DistinctStaffPerRecipientShift,20:0.00} | {k.ContactPersonShare,13:P1} | {k.Presence,8:P1} | {k.Punctuality,11:P1} | {r.Feasibility.IsFeasible}"));
    }
}
