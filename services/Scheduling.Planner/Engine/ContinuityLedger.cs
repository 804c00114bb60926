using CareServices.Scheduling.Planner.Objective;

namespace CareServices.Scheduling.Planner.Engine;

/// <summary>
/// Counts who serves whom so every continuity term changes in O(1) when a visit is placed or removed.
/// Disabled (and free) when the weights have no continuity term, as in the Mankowska profile.
/// </summary>
internal sealed class ContinuityLedger
{
    private const long HorizonKind = 1L << 60;
    private const long DayKind = 2L << 60;
    private const long BundleStaffKind = 3L << 60;
    private const long BundleKind = 4L << 60;

    private readonly CompiledProblem _problem;
    private readonly Dictionary<long, int> _counts = [];

    public ContinuityLedger(CompiledProblem problem)
    {
        _problem = problem;
        Enabled = problem.Weights.HasContinuityTerms;
    }

    public bool Enabled { get; }

    public int DistinctOverHorizon { get; private set; }

    public int DistinctPerDay { get; private set; }

    public int BundleStaffPairs { get; private set; }

    public int Bundles { get; private set; }

    public int NotByContact { get; private set; }

    public int Unfamiliar { get; private set; }

    public int SplitBundles => BundleStaffPairs - Bundles;

    public double WeightedTotal
    {
        get
        {
            var w = _problem.Weights;
            return w.DistinctStaffOverHorizon * DistinctOverHorizon + w.DistinctStaffPerDay * DistinctPerDay
                + w.SplitBundles * SplitBundles + w.NotByContactPerson * NotByContact + w.UnfamiliarStaff * Unfamiliar;
        }
    }

    public void CopyFrom(ContinuityLedger other)
    {
        if (!Enabled)
        {
            return;
        }

        _counts.Clear();
        foreach (var (key, count) in other._counts)
        {
            _counts[key] = count;
        }

        DistinctOverHorizon = other.DistinctOverHorizon;
        DistinctPerDay = other.DistinctPerDay;
        BundleStaffPairs = other.BundleStaffPairs;
        Bundles = other.Bundles;
        NotByContact = other.NotByContact;
        Unfamiliar = other.Unfamiliar;
    }

    public void Add(int task, int route) => Change(task, route, +1);

    public void Remove(int task, int route) => Change(task, route, -1);

    /// <summary>
    /// Weighted change of placing <paramref name="task"/> on <paramref name="route"/>, given that
    /// <paramref name="pendingTask"/> is (hypothetically) placed on <paramref name="pendingRoute"/> too.
    /// </summary>
    public double Delta(int task, int route, int pendingTask = -1, int pendingRoute = -1)
    {
        if (!Enabled || _problem.IsBreak[task])
        {
            return 0;
        }

        var w = _problem.Weights;
        var staff = _problem.RouteStaff[route];
        var pendingSameRecipient = pendingTask >= 0 && _problem.Recipient[pendingTask] == _problem.Recipient[task];
        var pendingStaff = pendingSameRecipient ? _problem.RouteStaff[pendingRoute] : -1;
        var sameDay = pendingSameRecipient && _problem.Day[pendingTask] == _problem.Day[task];
        var sameBundle = sameDay && _problem.Period[pendingTask] == _problem.Period[task];
        double delta = 0;
        if (Count(HorizonKey(task, staff)) == 0 && pendingStaff != staff)
        {
            delta += w.DistinctStaffOverHorizon;
        }

        if (Count(DayKey(task, staff)) == 0 && !(sameDay && pendingStaff == staff))
        {
            delta += w.DistinctStaffPerDay;
        }

        if (Count(BundleStaffKey(task, staff)) == 0 && !(sameBundle && pendingStaff == staff)
            && (Count(BundleKey(task)) > 0 || sameBundle))
        {
            delta += w.SplitBundles;
        }

        if (!_problem.IsContact(task, route))
        {
            delta += w.NotByContactPerson;
        }

        if (!_problem.IsFamiliar(task, route))
        {
            delta += w.UnfamiliarStaff;
        }

        return delta;
    }

    /// <summary>Weighted saving of taking <paramref name="task"/> off <paramref name="route"/>.</summary>
    public double RemovalSaving(int task, int route)
    {
        if (!Enabled || _problem.IsBreak[task])
        {
            return 0;
        }

        var w = _problem.Weights;
        var staff = _problem.RouteStaff[route];
        double saving = 0;
        if (Count(HorizonKey(task, staff)) == 1)
        {
            saving += w.DistinctStaffOverHorizon;
        }

        if (Count(DayKey(task, staff)) == 1)
        {
            saving += w.DistinctStaffPerDay;
        }

        if (Count(BundleStaffKey(task, staff)) == 1 && Count(BundleKey(task)) > 1)
        {
            saving += w.SplitBundles;
        }

        if (!_problem.IsContact(task, route))
        {
            saving += w.NotByContactPerson;
        }

        if (!_problem.IsFamiliar(task, route))
        {
            saving += w.UnfamiliarStaff;
        }

        return saving;
    }

    private void Change(int task, int route, int sign)
    {
        if (!Enabled || _problem.IsBreak[task])
        {
            return;
        }

        var staff = _problem.RouteStaff[route];
        DistinctOverHorizon += Bump(HorizonKey(task, staff), sign);
        DistinctPerDay += Bump(DayKey(task, staff), sign);
        BundleStaffPairs += Bump(BundleStaffKey(task, staff), sign);
        // A bundle counts once however many visits it holds; its key counts visits.
        Bundles += Bump(BundleKey(task), sign);
        if (!_problem.IsContact(task, route))
        {
            NotByContact += sign;
        }

        if (!_problem.IsFamiliar(task, route))
        {
            Unfamiliar += sign;
        }
    }

    /// <summary>Adds <paramref name="sign"/> to a counter; returns +1/−1 when the key becomes present/absent.</summary>
    private int Bump(long key, int sign)
    {
        var before = Count(key);
        var after = before + sign;
        if (after == 0)
        {
            _counts.Remove(key);
        }
        else
        {
            _counts[key] = after;
        }

        return before == 0 ? 1 : after == 0 ? -1 : 0;
    }

    private int Count(long key) => _counts.TryGetValue(key, out var c) ? c : 0;

    private long HorizonKey(int task, int staff) => HorizonKind | ((long)_problem.Recipient[task] << 16) | (uint)staff;

    private long DayKey(int task, int staff) =>
        DayKind | ((((long)_problem.Recipient[task] << 12) | (uint)(_problem.Day[task] & 0xFFF)) << 16) | (uint)staff;

    private long BundleKey(int task) =>
        BundleKind | ((((long)_problem.Recipient[task] << 12) | (uint)(_problem.Day[task] & 0xFFF)) << 8)
        | (uint)(_problem.Period[task] & 0xFF);

    private long BundleStaffKey(int task, int staff) => BundleStaffKind | ((BundleKey(task) & ~BundleKind) << 16) | (uint)staff;
}
