namespace CareServices.Scheduling.Planner.Engine;

/// <summary>
/// Insertion evaluation without touching the solution. Start times only grow when visits are added, so the
/// new schedule is the old one pushed forward: the push starts at the inserted visits, runs along routes and
/// across synchronised partners, and stops where waiting slack absorbs it. Typically a handful of nodes are
/// touched, whatever the size of the instance.
/// </summary>
internal sealed partial class WorkingSolution
{
    /// <summary>Pushes per node before a trial is declared a synchronisation deadlock.</summary>
    private const int TrialUpdateLimit = 24;

    private int[] _stamp = [];
    private double[] _trialStart = [];
    private int[] _trialCount = [];
    private int[] _touched = [];
    private int _touchedCount;
    private int _currentStamp;
    private int[] _routeStamp = [];
    private int[] _returnStamp = [];
    private double[] _trialReturn = [];
    private int[] _touchedRoutes = [];
    private int _touchedRouteCount;

    private readonly int[] _insTask = new int[2];
    private readonly int[] _insRoute = new int[2];
    private readonly int[] _insPos = new int[2];
    private readonly int[] _insPred = new int[2];
    private readonly int[] _insSucc = new int[2];
    private readonly double[] _insDistance = new double[2];
    private readonly double[] _insTravel = new double[2];
    private int _insCount;
    private double _trialTardiness;
    private double _trialMaxTardiness;

    // Running lower bound of the trial's cost: travel plus the tardiness pushed so far. Pushes only ever add
    // tardiness, so once the bound passes the cutoff the trial cannot win and propagation stops.
    private double _cutoff = double.MaxValue;
    private double _boundBase;
    private double _runningTardiness;
    private double _runningMax;

    private void InitialiseTrial(int tasks, int routes)
    {
        _stamp = new int[tasks];
        _trialStart = new double[tasks];
        _trialCount = new int[tasks];
        _touched = new int[tasks];
        _routeStamp = new int[routes];
        _returnStamp = new int[routes];
        _trialReturn = new double[routes];
        _touchedRoutes = new int[routes];
    }

    /// <summary>Cost change of inserting one task; false when infeasible.</summary>
    public bool TryInsertion(int task, int route, int pos, out double delta)
    {
        _insCount = 1;
        _insTask[0] = task;
        _insRoute[0] = route;
        _insPos[0] = pos;
        return Evaluate(true, out delta);
    }

    /// <summary>
    /// Like <see cref="TryInsertion(int, int, int, out double)"/> without the terms that depend only on the
    /// route (<see cref="AssignmentCost"/>), so a scan can add them once per route.
    /// </summary>
    /// <param name="cutoff">Give up (return false) as soon as the cost cannot be below this.</param>
    public bool TryScheduleInsertion(int task, int route, int pos, double cutoff, out double delta)
    {
        _insCount = 1;
        _insTask[0] = task;
        _insRoute[0] = route;
        _insPos[0] = pos;
        _cutoff = cutoff;
        var ok = Evaluate(false, out delta);
        _cutoff = double.MaxValue;
        return ok;
    }

    /// <summary>Joint insertion of two tasks that gives up once its cost cannot be below <paramref name="cutoff"/>.</summary>
    public bool TryInsertion(int task1, int route1, int pos1, int task2, int route2, int pos2, double cutoff, out double delta)
    {
        _cutoff = cutoff;
        var ok = TryInsertion(task1, route1, pos1, task2, route2, pos2, out delta);
        _cutoff = double.MaxValue;
        return ok;
    }

    /// <summary>Cost terms of putting a task on a route that do not depend on the position.</summary>
    public double AssignmentCost(int task, int route)
    {
        var w = _p.Weights;
        var cost = Ledger.Delta(task, route) - w.Unassigned * _p.Priority[task];
        if (_p.BaselineRoute[task] >= 0 && _p.BaselineRoute[task] != route)
        {
            cost += w.Disruption;
        }

        return cost;
    }

    /// <summary>
    /// Weighted extra travel of an insertion, in O(1). Every other schedule term can only grow, so this is a
    /// lower bound that lets a scan skip positions without propagating.
    /// </summary>
    public double DetourCost(int task, int route, int pos)
    {
        var w = _p.Weights;
        var m = _p.Matrix[route];
        var before = LocationBefore(route, pos);
        var after = LocationFrom(route, pos);
        var loc = _p.Location[task];
        if (after < 0)
        {
            after = _p.EndLocation[route];
            return w.TravelDistance * (m.Distance(before, loc) + m.Distance(loc, after))
                + w.TravelTime * (m.Duration(before, loc) + m.Duration(loc, after));
        }

        return w.TravelDistance * (m.Distance(before, loc) + m.Distance(loc, after) - m.Distance(before, after))
            + w.TravelTime * (m.Duration(before, loc) + m.Duration(loc, after) - m.Duration(before, after));
    }

    /// <summary>Cost change of inserting two tasks into two different routes at once.</summary>
    public bool TryInsertion(int task1, int route1, int pos1, int task2, int route2, int pos2, out double delta)
    {
        _insCount = 2;
        _insTask[0] = task1;
        _insRoute[0] = route1;
        _insPos[0] = pos1;
        _insTask[1] = task2;
        _insRoute[1] = route2;
        _insPos[1] = pos2;
        return Evaluate(true, out delta);
    }

    /// <summary>Applies the insertion last evaluated by <see cref="TryInsertion(int, int, int, out double)"/>.</summary>
    public void CommitLastTrial()
    {
        for (var i = 0; i < _insCount; i++)
        {
            InsertRaw(_insTask[i], _insRoute[i], _insPos[i]);
            RouteDistance[_insRoute[i]] += _insDistance[i];
            RouteTravel[_insRoute[i]] += _insTravel[i];
        }

        for (var k = 0; k < _touchedCount; k++)
        {
            var x = _touched[k];
            Start[x] = _trialStart[x];
        }

        for (var k = 0; k < _touchedRouteCount; k++)
        {
            var r = _touchedRoutes[k];
            if (_returnStamp[r] == _currentStamp)
            {
                Return[r] = _trialReturn[r];
            }

            Working[r] = WorkingMinutes(r, Return[r], -1, 0);
        }

        TardinessSum += _trialTardiness;
        MaxTardiness = _trialMaxTardiness;
    }

    private double TrialStart(int x) => _stamp[x] == _currentStamp ? _trialStart[x] : Start[x];

    private bool IsInserted(int x) => _insCount > 0 && (_insTask[0] == x || (_insCount > 1 && _insTask[1] == x));

    private int TrialRoute(int x)
    {
        for (var i = 0; i < _insCount; i++)
        {
            if (_insTask[i] == x)
            {
                return _insRoute[i];
            }
        }

        return RouteOf[x];
    }

    private int TrialNext(int x)
    {
        for (var i = 0; i < _insCount; i++)
        {
            if (_insTask[i] == x)
            {
                return _insSucc[i];
            }

            if (_insPred[i] == x)
            {
                return _insTask[i];
            }
        }

        return Next(x);
    }

    private bool SetTrial(int x, double value)
    {
        double previous;
        if (_stamp[x] != _currentStamp)
        {
            _stamp[x] = _currentStamp;
            _trialCount[x] = 0;
            _touched[_touchedCount++] = x;
            var r = TrialRoute(x);
            if (_routeStamp[r] != _currentStamp)
            {
                _routeStamp[r] = _currentStamp;
                _touchedRoutes[_touchedRouteCount++] = r;
            }

            previous = RouteOf[x] >= 0 ? Start[x] : double.NegativeInfinity;
        }
        else
        {
            previous = _trialStart[x];
        }

        _trialStart[x] = value;
        if (++_trialCount[x] > TrialUpdateLimit)
        {
            return false;
        }

        if (!_p.LatenessAllowed[x])
        {
            return value <= _p.Latest[x] + Epsilon;
        }

        var late = value - _p.Latest[x];
        if (late <= 0)
        {
            return true;
        }

        _runningTardiness += late - Math.Max(0, previous - _p.Latest[x]);
        _runningMax = Math.Max(_runningMax, late);
        var w = _p.Weights;
        return _boundBase + w.Tardiness * _runningTardiness + w.MaxTardiness * Math.Max(0, _runningMax - MaxTardiness) < _cutoff;
    }

    /// <summary>Location the route is at just before position <paramref name="pos"/> (breaks stay where they are).</summary>
    private int LocationBefore(int r, int pos)
    {
        var seq = Sequences[r];
        for (var k = pos - 1; k >= 0; k--)
        {
            if (!_p.IsBreak[seq[k]])
            {
                return _p.Location[seq[k]];
            }
        }

        return _p.StartLocation[r];
    }

    private int LocationFrom(int r, int pos)
    {
        var seq = Sequences[r];
        for (var k = pos; k < seq.Count; k++)
        {
            if (!_p.IsBreak[seq[k]])
            {
                return _p.Location[seq[k]];
            }
        }

        return RealCount[r] == 0 ? -1 : _p.EndLocation[r];
    }

    private bool Evaluate(bool assignmentTerms, out double delta)
    {
        delta = 0;
        _currentStamp++;
        _touchedCount = 0;
        _touchedRouteCount = 0;
        ResetQueue();
        var w = _p.Weights;
        double travelDelta = 0;

        for (var i = 0; i < _insCount; i++)
        {
            var t = _insTask[i];
            var r = _insRoute[i];
            var pos = _insPos[i];
            var seq = Sequences[r];
            _insPred[i] = pos > 0 ? seq[pos - 1] : -1;
            _insSucc[i] = pos < seq.Count ? seq[pos] : -1;
            var m = _p.Matrix[r];
            var before = LocationBefore(r, pos);
            var after = LocationFrom(r, pos);
            var loc = _p.Location[t];
            double distance, travel;
            if (after < 0)
            {
                // First visit of an empty route: out and back.
                after = _p.EndLocation[r];
                distance = m.Distance(before, loc) + m.Distance(loc, after);
                travel = m.Duration(before, loc) + m.Duration(loc, after);
            }
            else
            {
                distance = m.Distance(before, loc) + m.Distance(loc, after) - m.Distance(before, after);
                travel = m.Duration(before, loc) + m.Duration(loc, after) - m.Duration(before, after);
            }

            _insDistance[i] = distance;
            _insTravel[i] = travel;
            travelDelta += w.TravelDistance * distance + w.TravelTime * travel;
        }

        double assignment = 0;
        for (var i = 0; i < _insCount && assignmentTerms; i++)
        {
            var t = _insTask[i];
            var r = _insRoute[i];
            assignment -= w.Unassigned * _p.Priority[t];
            assignment += i == 0
                ? Ledger.Delta(t, r)
                : Ledger.Delta(t, r, _insTask[0], _insRoute[0]);
            if (_p.BaselineRoute[t] >= 0 && _p.BaselineRoute[t] != r)
            {
                assignment += w.Disruption;
            }
        }

        _boundBase = travelDelta + assignment;
        _runningTardiness = 0;
        _runningMax = 0;
        if (_boundBase >= _cutoff)
        {
            return false;
        }

        for (var i = 0; i < _insCount; i++)
        {
            var t = _insTask[i];
            var r = _insRoute[i];
            var pred = _insPred[i];
            var depart = pred < 0 ? _p.ShiftStart[r] : TrialStart(pred) + _p.Duration[pred];
            var lb = Math.Max(_p.Earliest[t], depart + _p.Matrix[r].Duration(LocationBefore(r, _insPos[i]), _p.Location[t]));
            var partner = _p.Partner[t];
            if (partner >= 0 && RouteOf[partner] >= 0)
            {
                lb = Math.Max(lb, Start[partner] + _p.PartnerLo[partner]);
            }

            if (!SetTrial(t, lb))
            {
                return false;
            }

            Enqueue(t);
        }

        while (_head != _tail)
        {
            if (!Propagate(Dequeue()))
            {
                ResetQueue();
                return false;
            }
        }

        double tardiness = 0;
        var maxTardiness = MaxTardiness;
        for (var k = 0; k < _touchedCount; k++)
        {
            var x = _touched[k];
            if (_p.IsBreak[x] || !_p.LatenessAllowed[x])
            {
                continue;
            }

            var late = Math.Max(0, _trialStart[x] - _p.Latest[x]);
            var before = RouteOf[x] >= 0 ? Math.Max(0, Start[x] - _p.Latest[x]) : 0;
            tardiness += late - before;
            maxTardiness = Math.Max(maxTardiness, late);
        }

        _trialTardiness = tardiness;
        _trialMaxTardiness = maxTardiness;
        delta = travelDelta + w.Tardiness * tardiness + w.MaxTardiness * (maxTardiness - MaxTardiness);

        if (w.Overtime != 0)
        {
            delta += w.Overtime * OvertimeDelta();
        }

        delta += assignment;
        return true;
    }

    /// <summary>Pushes a task's new start to its route successors and its synchronised partner.</summary>
    private bool Propagate(int x)
    {
        var v = _trialStart[x];
        var r = TrialRoute(x);
        var m = _p.Matrix[r];
        var depart = v + _p.Duration[x];
        var loc = _p.Location[x];
        var y = TrialNext(x);
        while (true)
        {
            if (y < 0)
            {
                var back = depart + m.Duration(loc, _p.EndLocation[r]);
                if (back > _p.ShiftEnd[r] + Epsilon)
                {
                    return false;
                }

                _returnStamp[r] = _currentStamp;
                _trialReturn[r] = back;
                break;
            }

            if (_p.IsBreak[y])
            {
                if (depart > TrialStart(y) + Epsilon && !SetTrial(y, depart))
                {
                    return false;
                }

                // A break is taken where the staff member is, so travel continues from this location.
                depart = TrialStart(y) + _p.Duration[y];
                y = TrialNext(y);
                continue;
            }

            var arrive = depart + m.Duration(loc, _p.Location[y]);
            if (arrive > TrialStart(y) + Epsilon)
            {
                if (!SetTrial(y, arrive))
                {
                    return false;
                }

                Enqueue(y);
            }

            break;
        }

        var partner = _p.Partner[x];
        if (partner >= 0 && (RouteOf[partner] >= 0 || IsInserted(partner)))
        {
            var lb = v + _p.PartnerLo[x];
            if (lb > TrialStart(partner) + Epsilon)
            {
                if (!SetTrial(partner, lb))
                {
                    return false;
                }

                Enqueue(partner);
            }
        }

        return true;
    }

    private double OvertimeDelta()
    {
        double change = 0;
        for (var k = 0; k < _touchedRouteCount; k++)
        {
            var r = _touchedRoutes[k];
            if (double.IsPositiveInfinity(_p.MaxWorking[r]))
            {
                continue;
            }

            var back = _returnStamp[r] == _currentStamp ? _trialReturn[r] : Return[r];
            var first = -1;
            double firstStart = 0;
            for (var i = 0; i < _insCount; i++)
            {
                if (_insRoute[i] == r && (LocationBefore(r, _insPos[i]) == _p.StartLocation[r] || RealCount[r] == 0))
                {
                    first = _insTask[i];
                    firstStart = _trialStart[first];
                }
            }

            var working = WorkingMinutes(r, back, first, firstStart);
            change += Math.Max(0, working - _p.MaxWorking[r]) - Math.Max(0, Working[r] - _p.MaxWorking[r]);
        }

        return change;
    }
}
