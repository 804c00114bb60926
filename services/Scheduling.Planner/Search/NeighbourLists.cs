using CareServices.Scheduling.Planner.Engine;

namespace CareServices.Scheduling.Planner.Search;

/// <summary>
/// For each visit, the nearest other visits (travel time plus a fifth of the gap between windows), nearest
/// first. Kept short so building it is O(n² · k) rather than a full sort per visit.
/// </summary>
internal sealed class NeighbourLists
{
    private const int Size = 40;

    public NeighbourLists(CompiledProblem p)
    {
        var m = p.Matrix.Length > 0 ? p.Matrix[0] : null;
        var n = p.VisitCount;
        Of = new int[n][];
        var keys = new double[Size];
        var ids = new int[Size];
        for (var i = 0; i < n; i++)
        {
            var count = 0;
            for (var j = 0; j < n && m is not null; j++)
            {
                if (j == i)
                {
                    continue;
                }

                var key = m.Duration(p.Location[i], p.Location[j]) + 0.2 * Math.Abs(p.Earliest[i] - p.Earliest[j]);
                if (count == Size && key >= keys[Size - 1])
                {
                    continue;
                }

                var k = count < Size ? count++ : Size - 1;
                while (k > 0 && keys[k - 1] > key)
                {
                    keys[k] = keys[k - 1];
                    ids[k] = ids[k - 1];
                    k--;
                }

                keys[k] = key;
                ids[k] = j;
            }

            Of[i] = ids[..count];
        }
    }

    public int[][] Of { get; }
}
