using CareServices.Scheduling.Planner.Construction;
using CareServices.Scheduling.Planner.Engine;
using CareServices.Scheduling.Planner.Objective;
using CareServices.Scheduling.Planner.Search;
using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Search;

public sealed class BundleMovesTests
{
    [Fact]
    public void A_bundle_holds_a_recipients_visit_groups_of_one_period()
    {
        var p = new CompiledProblem(SmallDistrict.Create(), ObjectiveWeights.Municipal);

        var r1 = p.Bundles.Single(b => b.Any(g => p.VisitIds[p.Groups[g][0]] == "r1-morning"));

        Assert.True(p.HasBundles);
        // Morning, lunch and the two-person lift (one group) of recipient r1.
        Assert.Equal(["r1-lift-a", "r1-lunch", "r1-morning"], r1.Select(g => p.VisitIds[p.Groups[g][0]]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_Mankowska_instances_have_no_bundles()
    {
        var p = new CompiledProblem(TestInstances.A(1).Problem, ObjectiveWeights.Mankowska2014);

        Assert.False(p.HasBundles);
        Assert.All(p.Bundles, b => Assert.Single(b));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Bundle_removal_takes_out_whole_bundles(int seed)
    {
        var p = new CompiledProblem(SmallDistrict.Create(), ObjectiveWeights.Municipal);
        var neighbours = new NeighbourLists(p);
        var s = new WorkingSolution(p);
        ConstructionHeuristic.Build(s, new Random(seed), neighbours.Of);
        Assert.Equal(0, s.UnassignedCount);
        var removed = new List<int>();

        new Ruin(p, neighbours).Apply(s, RuinOperator.Bundles, 2, new Random(seed), removed);

        Assert.NotEmpty(removed);
        foreach (var g in removed)
        {
            Assert.All(p.Bundles[p.BundleOf[g]], member => Assert.All(p.Groups[member], t => Assert.False(s.IsAssigned(t))));
        }
    }

    [Fact]
    public void Repair_order_keeps_a_bundles_groups_together_behind_its_first_one()
    {
        var p = new CompiledProblem(SmallDistrict.Create(), ObjectiveWeights.Municipal);
        var groups = Enumerable.Range(0, p.Groups.Length).ToList();
        InsertionOrdering.Sort(p, groups, InsertionOrder.Random, new Random(5));
        var firstSeen = groups.Select(g => p.BundleOf[g]).Distinct().ToList();

        InsertionOrdering.KeepBundlesTogether(p, groups);

        Assert.Equal(p.Groups.Length, groups.Distinct().Count());
        var runs = groups.Select(g => p.BundleOf[g]).Aggregate(new List<int>(), (list, b) =>
        {
            if (list.Count == 0 || list[^1] != b)
            {
                list.Add(b);
            }

            return list;
        });
        // One contiguous run per bundle, in the order the bundles first appeared.
        Assert.Equal(firstSeen, runs);
    }
}
