using System.Globalization;
using System.Text;
using CareServices.Bench.Planner.OrTools;
using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Instances;
using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Search;

namespace CareServices.Bench.Planner.Mankowska;

/// <summary>
/// Solves every instance in a folder with the Mankowska2014 profile, verifies each plan with the independent
/// checker and compares with the best known solutions.
/// </summary>
internal static class MankowskaBenchmark
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly int[] Checkpoints = [1, 10, 30, 60, 120];

    public static int Run(CommandLine args)
    {
        if (args.Positional.Count < 1 || args.Option("bks") is not { } bksPath || args.Option("time-limit") is null)
        {
            return CommandLine.Usage();
        }

        var folder = args.Positional[0];
        var bks = BestKnownTable.Read(bksPath);
        var timeLimit = TimeSpan.FromSeconds(args.Number("time-limit", 10));
        var threads = (int)args.Number("threads", Environment.ProcessorCount);
        var seed = (int)args.Number("seed", 1);
        var planner = args.Option("planner") ?? "alns";
        // An iteration budget makes a run reproducible to the last digit (e.g. to show a change leaves results alone).
        long? iterationBudget = args.Option("iterations") is null ? null : (long)args.Number("iterations", 0);
        var solutions = args.Option("solutions");
        var clock = args.Option("clock") == "cpu" ? CpuTimeProvider.Instance : TimeProvider.System;
        if (solutions is not null)
        {
            Directory.CreateDirectory(solutions);
        }

        var rows = new List<Row>();
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var instances = new List<(string File, MankowskaInstance Instance)>();
        foreach (var file in files)
        {
            try
            {
                instances.Add((file, MankowskaFormat.Parse(File.ReadAllText(file))));
            }
            catch (FormatException)
            {
                // Not an instance (e.g. notes beside the data).
            }
        }

        Console.WriteLine("instance, objective, bks, gap %, seconds");
        foreach (var (file, instance) in instances.OrderBy(i => i.Instance.Patients).ThenBy(i => i.File, StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            long iterations = 0;
            var progress = new List<SolverProgress>();
            // "construction" stops the search before its first iteration: the construction heuristic alone.
            var plan = planner switch
            {
                "greedy" => GreedyBaselinePlanner.Solve(instance.Problem, ObjectiveWeights.Mankowska2014),
                "ortools" => OrToolsRoutingPlanner.Solve(instance.Problem, ObjectiveWeights.Mankowska2014, timeLimit, clock, progress),
                _ => Search(instance, new SolverOptions
                {
                    Weights = ObjectiveWeights.Mankowska2014,
                    TimeLimit = timeLimit,
                    MaxIterations = planner == "construction" ? 0 : iterationBudget,
                    Threads = threads,
                    Seed = seed,
                    TimeProvider = clock,
                    Progress = progress.Add,
                }, out iterations),
            };
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var report = FeasibilityChecker.Check(instance.Problem, plan);
            var objective = PlanEvaluator.Evaluate(instance.Problem, plan, ObjectiveWeights.Mankowska2014);
            var feasible = report.IsFeasible && plan.UnassignedVisitIds.Count == 0;
            double? best = bks.TryGetValue(name, out var b) ? b : null;
            double? gap = best is { } v && v > 0 ? 100 * (objective.Total - v) / v : null;
            // Gap of the best plan known at each checkpoint of the curve (from the progress reports).
            var curve = Checkpoints.Where(c => c <= timeLimit.TotalSeconds + 1e-9)
                .Select(c => progress.LastOrDefault(p => p.Elapsed.TotalSeconds <= c) is { } p && best is { } v2 && v2 > 0
                    ? 100 * (p.BestObjective - v2) / v2
                    : (double?)null)
                .ToArray();
            rows.Add(new Row(name, SizeSet.Of(instance.Patients), instance.Patients, instance.Caregivers, objective.Total, best, gap, seconds, feasible, iterations, curve));
            Console.WriteLine(string.Create(Invariant,
                $"{name}, {objective.Total:0.00}, {(best is null ? "-" : best.Value.ToString("0.00", Invariant))}, {(gap is null ? "-" : gap.Value.ToString("0.00", Invariant))}, {seconds:0.0}{(feasible ? "" : "  INFEASIBLE: " + string.Join("; ", report.Violations.Take(3).Select(x => x.Kind + " " + x.Subject)))}"));
            if (solutions is not null)
            {
                SolutionFile.Write(Path.Combine(solutions, name + ".json"), name, objective.Total, instance, plan);
            }
        }

        foreach (var set in rows.GroupBy(r => (r.Patients, r.Set)).OrderBy(g => g.Key.Patients))
        {
            var gaps = set.Where(r => r.Gap is not null).Select(r => r.Gap!.Value).ToList();
            var points = Checkpoints.Select((c, i) => (c, gaps: set.Select(r => i < r.Curve.Length ? r.Curve[i] : null).ToList()))
                .Where(x => x.gaps.Count > 0 && x.gaps.All(g => g is not null))
                .Select(x => string.Create(Invariant, $"{x.c} s {x.gaps.Average(g => g!.Value):0.00} %"));
            var curveText = planner is not ("alns" or "ortools") ? "" : "; curve " + string.Join(", ", points);
            Console.WriteLine(string.Create(Invariant,
                $"set {set.Key.Set}: {set.Count()} instances, mean gap {(gaps.Count == 0 ? "-" : gaps.Average().ToString("0.00", Invariant))} %, feasible {set.Count(r => r.Feasible)}/{set.Count()}, mean seconds {set.Average(r => r.Seconds):0.0}{curveText}"));
        }

        var allGaps = rows.Where(r => r.Gap is not null).Select(r => r.Gap!.Value).ToList();
        Console.WriteLine(string.Create(Invariant,
            $"mean gap to BKS: {(allGaps.Count == 0 ? 0 : allGaps.Average()):0.00} % over {allGaps.Count} instances, feasible {rows.Count(r => r.Feasible)}/{rows.Count}"));

        if (args.Option("out") is { } outPath)
        {
            WriteCsv(outPath, rows);
        }

        return rows.All(r => r.Feasible) ? 0 : 1;
    }

    private static Plan Search(MankowskaInstance instance, SolverOptions options, out long iterations)
    {
        var result = HomeCarePlanner.Solve(instance.Problem, options);
        iterations = result.Iterations;
        return result.Plan;
    }

    private static void WriteCsv(string path, List<Row> rows)
    {
        var csv = new StringBuilder("instance,set,patients,caregivers,objective,bks,gap_pct,seconds,feasible,iterations,gap_1s,gap_10s,gap_30s,gap_60s,gap_120s\n");
        foreach (var r in rows)
        {
            csv.Append(string.Create(Invariant,
                $"{r.Instance},{r.Set},{r.Patients},{r.Caregivers},{r.Objective:0.000},{r.Bks},{r.Gap:0.000},{r.Seconds:0.00},{r.Feasible},{r.Iterations},{string.Join(',', Enumerable.Range(0, Checkpoints.Length).Select(i => i < r.Curve.Length && r.Curve[i] is { } g ? g.ToString("0.000", Invariant) : ""))}\n"));
        }

        File.WriteAllText(path, csv.ToString());
    }

    private sealed record Row(string Instance, string Set, int Patients, int Caregivers, double Objective, double? Bks, double? Gap, double Seconds, bool Feasible, long Iterations, double?[] Curve);
}
