using CareServices.Scheduling.Planner.Model;
using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Engine;

/// <summary>
/// The problem turned into flat arrays indexed by task and route, which is what the search reads in its inner
/// loops. A task is one visit, or the break of one shift (a pseudo-visit without a location of its own).
/// </summary>
internal sealed class CompiledProblem
{
    public const double Infinity = 1e12;

    /// <summary>
    /// Shifts that could only start a visit more than this many minutes after its latest start are not
    /// candidates for it, even where lateness is allowed (keeps morning visits off evening shifts).
    /// </summary>
    public const double LatenessHorizon = 120;

    public CompiledProblem(PlanningProblem problem, ObjectiveWeights weights, Plan? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Source = problem;
        Weights = weights;
        var visits = problem.Visits;
        var shifts = problem.Shifts;
        VisitCount = visits.Count;
        RouteCount = shifts.Count;
        var breakCount = shifts.Count(s => s.Break is not null);
        TaskCount = VisitCount + breakCount;

        var competenceBits = new Dictionary<string, int>(StringComparer.Ordinal);
        var visitIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var shiftIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var staffIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var recipientIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        Location = new int[TaskCount];
        Duration = new double[TaskCount];
        Earliest = new double[TaskCount];
        Latest = new double[TaskCount];
        LatenessAllowed = new bool[TaskCount];
        Competences = new ulong[TaskCount];
        Partner = new int[TaskCount];
        PartnerLo = new double[TaskCount];
        PartnerHi = new double[TaskCount];
        Recipient = new int[TaskCount];
        Day = new int[TaskCount];
        Period = new int[TaskCount];
        Priority = new double[TaskCount];
        PinnedRoute = new int[TaskCount];
        IsBreak = new bool[TaskCount];
        BaselineRoute = new int[TaskCount];
        VisitIds = new string[VisitCount];
        Array.Fill(Partner, -1);
        Array.Fill(PinnedRoute, -1);
        Array.Fill(BaselineRoute, -1);

        ShiftIds = new string[RouteCount];
        RouteStaff = new int[RouteCount];
        StartLocation = new int[RouteCount];
        EndLocation = new int[RouteCount];
        ShiftStart = new double[RouteCount];
        ShiftEnd = new double[RouteCount];
        RouteCompetences = new ulong[RouteCount];
        MaxWorking = new double[RouteCount];
        Matrix = new TravelMatrix[RouteCount];
        BreakTask = new int[RouteCount];
        Array.Fill(BreakTask, -1);

        for (var r = 0; r < RouteCount; r++)
        {
            var shift = shifts[r];
            ShiftIds[r] = shift.Id;
            shiftIndex[shift.Id] = r;
            RouteStaff[r] = IndexOf(staffIndex, shift.StaffId);
            StartLocation[r] = shift.StartLocation;
            EndLocation[r] = shift.EndLocation;
            ShiftStart[r] = shift.Start;
            ShiftEnd[r] = double.IsPositiveInfinity(shift.End) ? Infinity : shift.End;
            RouteCompetences[r] = Mask(competenceBits, shift.Competences);
            MaxWorking[r] = shift.MaxWorkingMinutes;
            Matrix[r] = problem.TravelMatrices[shift.TravelMode];
        }

        for (var t = 0; t < VisitCount; t++)
        {
            var visit = visits[t];
            VisitIds[t] = visit.Id;
            visitIndex[visit.Id] = t;
            Location[t] = visit.Location;
            Duration[t] = visit.Duration;
            Earliest[t] = visit.Earliest;
            Latest[t] = visit.Latest;
            LatenessAllowed[t] = visit.LatenessAllowed;
            if (visit.PinnedStart is { } pinned)
            {
                Earliest[t] = pinned;
                Latest[t] = pinned;
                LatenessAllowed[t] = false;
            }

            Competences[t] = Mask(competenceBits, visit.RequiredCompetences);
            Recipient[t] = IndexOf(recipientIndex, visit.RecipientId);
            Day[t] = visit.Day;
            Period[t] = visit.Period;
            Priority[t] = visit.Priority;
            if (visit.PinnedShiftId is { } shiftId)
            {
                PinnedRoute[t] = shiftIndex.TryGetValue(shiftId, out var r) ? r : int.MaxValue;
            }
        }

        var nextBreak = VisitCount;
        for (var r = 0; r < RouteCount; r++)
        {
            if (shifts[r].Break is not { } pause)
            {
                continue;
            }

            var b = nextBreak++;
            BreakTask[r] = b;
            IsBreak[b] = true;
            Location[b] = -1;
            Duration[b] = pause.Duration;
            Earliest[b] = pause.EarliestStart;
            Latest[b] = pause.LatestStart;
            PinnedRoute[b] = r;
            Recipient[b] = -1;
        }

        foreach (var sync in problem.Synchronisations)
        {
            var first = visitIndex[sync.FirstVisitId];
            var second = visitIndex[sync.SecondVisitId];
            Partner[first] = second;
            Partner[second] = first;
            // PartnerLo[x] ≤ start(partner) − start(x) ≤ PartnerHi[x].
            PartnerLo[first] = sync.MinGap;
            PartnerHi[first] = sync.MaxGap;
            PartnerLo[second] = -sync.MaxGap;
            PartnerHi[second] = -sync.MinGap;
        }

        StaffCount = staffIndex.Count;
        RecipientCount = recipientIndex.Count;
        PrimaryContact = new int[RecipientCount];
        SecondaryContact = new int[RecipientCount];
        RecentStaff = new HashSet<int>[RecipientCount];
        Array.Fill(PrimaryContact, -1);
        Array.Fill(SecondaryContact, -1);
        for (var i = 0; i < RecipientCount; i++)
        {
            RecentStaff[i] = [];
        }

        foreach (var continuity in problem.Continuity)
        {
            if (!recipientIndex.TryGetValue(continuity.RecipientId, out var rec))
            {
                continue;
            }

            PrimaryContact[rec] = Lookup(staffIndex, continuity.PrimaryContactStaffId);
            SecondaryContact[rec] = Lookup(staffIndex, continuity.SecondaryContactStaffId);
            foreach (var staff in continuity.RecentStaffIds)
            {
                if (staffIndex.TryGetValue(staff, out var s))
                {
                    RecentStaff[rec].Add(s);
                }
            }
        }

        if (baseline is not null)
        {
            foreach (var route in baseline.Routes)
            {
                if (!shiftIndex.TryGetValue(route.ShiftId, out var r))
                {
                    continue;
                }

                foreach (var planned in route.Visits)
                {
                    if (visitIndex.TryGetValue(planned.VisitId, out var t))
                    {
                        BaselineRoute[t] = r;
                    }
                }
            }
        }

        Groups = BuildGroups();
        GroupOf = new int[TaskCount];
        Array.Fill(GroupOf, -1);
        for (var g = 0; g < Groups.Length; g++)
        {
            foreach (var t in Groups[g])
            {
                GroupOf[t] = g;
            }
        }

        (Bundles, BundleOf) = BuildBundles();
        HasBundles = Bundles.Any(b => b.Length > 1);
        CandidateRoutes = BuildCandidateRoutes();
    }

    public PlanningProblem Source { get; }

    public ObjectiveWeights Weights { get; }

    public int VisitCount { get; }

    public int TaskCount { get; }

    public int RouteCount { get; }

    public int StaffCount { get; }

    public int RecipientCount { get; }

    public int[] Location { get; }

    public double[] Duration { get; }

    public double[] Earliest { get; }

    public double[] Latest { get; }

    public bool[] LatenessAllowed { get; }

    public ulong[] Competences { get; }

    public int[] Partner { get; }

    public double[] PartnerLo { get; }

    public double[] PartnerHi { get; }

    public int[] Recipient { get; }

    public int[] Day { get; }

    public int[] Period { get; }

    public double[] Priority { get; }

    public int[] PinnedRoute { get; }

    public bool[] IsBreak { get; }

    public int[] BaselineRoute { get; }

    public string[] VisitIds { get; }

    public string[] ShiftIds { get; }

    public int[] RouteStaff { get; }

    public int[] StartLocation { get; }

    public int[] EndLocation { get; }

    public double[] ShiftStart { get; }

    public double[] ShiftEnd { get; }

    public ulong[] RouteCompetences { get; }

    public double[] MaxWorking { get; }

    public TravelMatrix[] Matrix { get; }

    public int[] BreakTask { get; }

    public int[] PrimaryContact { get; }

    public int[] SecondaryContact { get; }

    public HashSet<int>[] RecentStaff { get; }

    /// <summary>Visits that are removed and inserted together: a single visit, or both halves of a double visit.</summary>
    public int[][] Groups { get; }

    public int[] GroupOf { get; }

    /// <summary>Groups of one recipient, day and period (a bundle, which continuity wants done by one staff member).</summary>
    public int[][] Bundles { get; }

    /// <summary>Bundle of each group.</summary>
    public int[] BundleOf { get; }

    /// <summary>Some recipient has more than one visit group in a period (never in the Mankowska instances).</summary>
    public bool HasBundles { get; }

    /// <summary>Routes whose staff has the competences, honours pinning and whose shift can reach the window.</summary>
    public int[][] CandidateRoutes { get; }

    public bool IsContact(int task, int route)
    {
        var rec = Recipient[task];
        var staff = RouteStaff[route];
        return PrimaryContact[rec] == staff || SecondaryContact[rec] == staff;
    }

    public bool IsFamiliar(int task, int route) =>
        IsContact(task, route) || RecentStaff[Recipient[task]].Contains(RouteStaff[route]);

    private int[][] BuildGroups()
    {
        var groups = new List<int[]>();
        for (var t = 0; t < VisitCount; t++)
        {
            var partner = Partner[t];
            if (partner < 0)
            {
                groups.Add([t]);
            }
            else if (t < partner)
            {
                groups.Add([t, partner]);
            }
        }

        return [.. groups];
    }

    private (int[][] Bundles, int[] BundleOf) BuildBundles()
    {
        var index = new Dictionary<(int Recipient, int Day, int Period), int>();
        var members = new List<List<int>>();
        var bundleOf = new int[Groups.Length];
        for (var g = 0; g < Groups.Length; g++)
        {
            var t = Groups[g][0];
            var key = (Recipient[t], Day[t], Period[t]);
            if (!index.TryGetValue(key, out var b))
            {
                b = members.Count;
                index[key] = b;
                members.Add([]);
            }

            members[b].Add(g);
            bundleOf[g] = b;
        }

        return ([.. members.Select(m => m.ToArray())], bundleOf);
    }

    private int[][] BuildCandidateRoutes()
    {
        var result = new int[TaskCount][];
        for (var t = 0; t < TaskCount; t++)
        {
            var list = new List<int>();
            for (var r = 0; r < RouteCount; r++)
            {
                if (PinnedRoute[t] >= 0 && PinnedRoute[t] != r)
                {
                    continue;
                }

                if ((Competences[t] & ~RouteCompetences[r]) != 0)
                {
                    continue;
                }

                var travelIn = IsBreak[t] ? 0 : Matrix[r].Duration(StartLocation[r], Location[t]);
                var travelOut = IsBreak[t] ? 0 : Matrix[r].Duration(Location[t], EndLocation[r]);
                var earliestStart = Math.Max(Earliest[t], ShiftStart[r] + travelIn);
                if (earliestStart > Latest[t] + (LatenessAllowed[t] ? LatenessHorizon : 0))
                {
                    continue;
                }

                if (earliestStart + Duration[t] + travelOut > ShiftEnd[r])
                {
                    continue;
                }

                list.Add(r);
            }

            result[t] = [.. list];
        }

        return result;
    }

    private static int IndexOf(Dictionary<string, int> index, string key)
    {
        if (!index.TryGetValue(key, out var i))
        {
            i = index.Count;
            index[key] = i;
        }

        return i;
    }

    private static int Lookup(Dictionary<string, int> index, string? key) =>
        key is not null && index.TryGetValue(key, out var i) ? i : -1;

    private static ulong Mask(Dictionary<string, int> bits, IReadOnlySet<string> competences)
    {
        ulong mask = 0;
        foreach (var competence in competences)
        {
            if (!bits.TryGetValue(competence, out var bit))
            {
                bit = bits.Count;
                if (bit >= 64)
                {
                    throw new ArgumentException("The planner supports at most 64 distinct competences.");
                }

                bits[competence] = bit;
            }

            mask |= 1UL << bit;
        }

        return mask;
    }
}
