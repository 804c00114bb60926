using System.Text.Json;
using CareServices.Scheduling.Planner.Checking;
using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Search;
using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Search;

public sealed class HomeCarePlannerTests
{
    private static SolverOptions Mankowska(long iterations, int seed = 1, int threads = 1) => new()
    {
        Weights = ObjectiveWeights.Mankowska2014,
        MaxIterations = iterations,
        Seed = seed,
        Threads = threads,
    };

    [Theory]
    [InlineData(1, 218.2)]
    [InlineData(2, 246.63)]
    public void Reaches_the_proven_optimum_of_A_instances_within_a_fixed_iteration_budget(int id, double optimum)
    {
        var instance = TestInstances.A(id);

        var result = HomeCarePlanner.Solve(instance.Problem, Mankowska(iterations: 3000));

        Assert.True(FeasibilityChecker.Check(instance.Problem, result.Plan).IsFeasible);
        Assert.Empty(result.Plan.UnassignedVisitIds);
        Assert.True(result.Objective.Total <= optimum * 1.0005, $"objective {result.Objective.Total}, optimum {optimum}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan()
    {
        var problem = TestInstances.A(3).Problem;

        var first = HomeCarePlanner.Solve(problem, Mankowska(iterations: 400, seed: 7));
        var second = HomeCarePlanner.Solve(problem, Mankowska(iterations: 400, seed: 7));

        Assert.Equal(JsonSerializer.Serialize(first.Plan), JsonSerializer.Serialize(second.Plan));
        Assert.Equal(first.Objective.Total, second.Objective.Total);
    }

    [Fact]
    public void Parallel_threads_are_deterministic_under_an_iteration_budget()
    {
        var problem = TestInstances.A(3).Problem;

        var first = HomeCarePlanner.Solve(problem, Mankowska(iterations: 300, seed: 3, threads: 2));
        var second = HomeCarePlanner.Solve(problem, Mankowska(iterations: 300, seed: 3, threads: 2));

        Assert.Equal(JsonSerializer.Serialize(first.Plan), JsonSerializer.Serialize(second.Plan));
        Assert.Equal(600, first.Iterations);
    }

    [Fact]
    public void Progress_reports_an_improving_best_objective()
    {
        var reports = new List<SolverProgress>();
        var options = Mankowska(iterations: 300) with { Progress = reports.Add };

        var result = HomeCarePlanner.Solve(TestInstances.A(2).Problem, options);

        Assert.NotEmpty(reports);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.Second.BestObjective < p.First.BestObjective));
        Assert.Equal(reports[^1].BestObjective, result.Objective.Total, 6);
    }

    [Fact]
    public void A_cancelled_search_still_returns_the_constructed_feasible_plan()
    {
        var problem = TestInstances.A(1).Problem;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var result = HomeCarePlanner.Solve(problem, Mankowska(iterations: 1_000_000), cancelled.Token);

        Assert.Equal(0, result.Iterations);
        Assert.True(FeasibilityChecker.Check(problem, result.Plan).IsFeasible);
        Assert.Empty(result.Plan.UnassignedVisitIds);
    }

    [Fact]
    public void Municipal_plans_with_breaks_hard_windows_and_double_visits_pass_the_checker()
    {
        var problem = SmallDistrict.Create();

        var result = HomeCarePlanner.Solve(problem, new SolverOptions { MaxIterations = 300, Weights = ObjectiveWeights.Municipal });

        var report = FeasibilityChecker.Check(problem, result.Plan);
        Assert.True(report.IsFeasible, string.Join("\n", report.Violations));
        Assert.Empty(result.Plan.UnassignedVisitIds);
        Assert.All(result.Plan.Routes.Where(r => r.Visits.Count > 0), r => Assert.NotNull(r.BreakStart));
    }

    [Fact]
    public void The_search_beats_or_equals_the_greedy_baseline()
    {
        var problem = TestInstances.A(2).Problem;

        var baseline = GreedyBaselinePlanner.Solve(problem, ObjectiveWeights.Mankowska2014);
        var searched = HomeCarePlanner.Solve(problem, Mankowska(iterations: 300));

        Assert.True(FeasibilityChecker.Check(problem, baseline).IsFeasible);
        var baselineCost = PlanEvaluator.Evaluate(problem, baseline, ObjectiveWeights.Mankowska2014).Total;
        Assert.True(searched.Objective.Total <= baselineCost);
    }
}
