using System.Globalization;
using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Instances;

/// <summary>
/// Parses the plain-text Mankowska instance format (sections <c>nbNodes</c>, <c>nbVehi</c>, <c>nbServi</c>,
/// <c>r</c>, <c>DS</c>, <c>a</c>, <c>x</c>, <c>y</c>, <c>d</c>, <c>p</c>, <c>mind</c>, <c>maxd</c>, <c>e</c>,
/// <c>l</c>). Takes text, not a path: reading files is the caller's business.
/// </summary>
public static class MankowskaFormat
{
    private static readonly string[] Keywords =
        ["nbNodes", "nbVehi", "nbServi", "r", "DS", "a", "x", "y", "d", "p", "mind", "maxd", "e", "l"];

    public static MankowskaInstance Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = Split(text);
        var n = (int)sections["nbNodes"][0];
        var vehicles = (int)sections["nbVehi"][0];
        var services = (int)sections["nbServi"][0];
        var r = sections["r"];
        var a = sections["a"];
        var d = sections["d"];
        var p = sections["p"];
        var mind = sections["mind"];
        var maxd = sections["maxd"];
        var e = sections["e"];
        var l = sections["l"];

        var visits = new List<Visit>();
        var syncs = new List<VisitSynchronisation>();
        var nodes = new Dictionary<string, (int Node, int Service)>(StringComparer.Ordinal);
        for (var node = 1; node <= n - 2; node++)
        {
            var requested = new List<int>();
            for (var s = 0; s < services; s++)
            {
                if (r[node * services + s] > 0.5)
                {
                    requested.Add(s + 1);
                }
            }

            foreach (var service in requested)
            {
                var id = MankowskaInstance.VisitId(node, service);
                // Duration rows are node·V + v; every caregiver has the same value in the published files.
                var duration = p[(node * vehicles) * services + service - 1];
                visits.Add(new Visit(id, $"p{node}", node, duration, e[node], l[node], LatenessAllowed: true,
                    new HashSet<string> { $"s{service}" }));
                nodes[id] = (node, service);
            }

            if (requested.Count == 2)
            {
                var first = MankowskaInstance.VisitId(node, requested[0]);
                var second = MankowskaInstance.VisitId(node, requested[1]);
                syncs.Add(mind[node] == 0 && maxd[node] == 0
                    ? VisitSynchronisation.Simultaneous(first, second)
                    : VisitSynchronisation.Sequenced(first, second, mind[node], maxd[node]));
            }
        }

        var shifts = new List<StaffShift>();
        for (var v = 0; v < vehicles; v++)
        {
            var competences = new HashSet<string>();
            for (var s = 0; s < services; s++)
            {
                if (a[v * services + s] > 0.5)
                {
                    competences.Add($"s{s + 1}");
                }
            }

            var id = MankowskaInstance.CaregiverId(v);
            // Depot windows are not part of the published model: the shift is open-ended.
            shifts.Add(new StaffShift(id, id, competences, 0, double.PositiveInfinity, 0, n - 1));
        }

        var matrix = TravelMatrix.FromDurations(n, d.Take(n * n).ToArray());
        var problem = PlanningProblem.WithSingleMatrix(visits, syncs, shifts, matrix, []);
        return new MankowskaInstance(problem, n - 2, vehicles, nodes);
    }

    private static Dictionary<string, List<double>> Split(string text)
    {
        var sections = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        List<double>? current = null;
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (Keywords.Contains(token, StringComparer.Ordinal))
            {
                current = [];
                sections[token] = current;
            }
            else if (current is not null)
            {
                current.Add(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
            }
        }

        foreach (var keyword in Keywords)
        {
            if (!sections.ContainsKey(keyword))
            {
                throw new FormatException($"Section '{keyword}' is missing.");
            }
        }

        return sections;
    }
}
