using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>For each visit, the nearest other visits (by travel time plus window distance), nearest first.</summary>
internal sealed class NeighbourLists
{
    private const int Size = 40;

    public NeighbourLists(CompiledProblem p)
    {
        var m = p.Matrix.Length > 0 ? p.Matrix[0] : null;
        Of = new int[p.VisitCount][];
        var keys = new double[p.VisitCount];
        var ids = new int[p.VisitCount];
        for (var i = 0; i < p.VisitCount; i++)
        {
            for (var j = 0; j < p.VisitCount; j++)
            {
                ids[j] = j;
                keys[j] = j == i || m is null
                    ? double.MaxValue
                    : m.Duration(p.Location[i], p.Location[j]) + 0.2 * Math.Abs(p.Earliest[i] - p.Earliest[j]);
            }

            var count = Math.Min(Size, p.VisitCount - 1);
            Array.Sort(keys, ids);
            Of[i] = ids[..Math.Max(0, count)];
        }
    }

    public int[][] Of { get; }
}
