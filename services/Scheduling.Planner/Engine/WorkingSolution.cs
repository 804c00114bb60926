using CareServices.Scheduling.Planner.Model;

namespace CareServices.Scheduling.Planner.Engine;

/// <summary>
/// The mutable solution the search works on: task sequences per route and the earliest feasible start of
/// every task. Start times are the least solution of the difference constraints (travel, windows,
/// synchronisation); since every objective term grows with start times, earliest starts are optimal for
/// the chosen sequences.
/// </summary>
internal sealed partial class WorkingSolution
{
    private const double Epsilon = 1e-9;

    private readonly CompiledProblem _p;
    private readonly int[] _queue;
    private readonly bool[] _inQueue;
    private readonly int[] _updates;
    private int _head;
    private int _tail;

    public WorkingSolution(CompiledProblem problem)
    {
        _p = problem;
        var n = problem.TaskCount;
        var routes = problem.RouteCount;
        Sequences = new List<int>[routes];
        RouteOf = new int[n];
        Position = new int[n];
        Start = new double[n];
        Return = new double[routes];
        RouteDistance = new double[routes];
        RouteTravel = new double[routes];
        Working = new double[routes];
        RealCount = new int[routes];
        Ledger = new ContinuityLedger(problem);
        Array.Fill(RouteOf, -1);
        _queue = new int[n + 1];
        _inQueue = new bool[n];
        _updates = new int[n];
        InitialiseTrial(n, routes);
        for (var r = 0; r < routes; r++)
        {
            Sequences[r] = [];
            var pause = problem.BreakTask[r];
            if (pause >= 0)
            {
                Sequences[r].Add(pause);
                RouteOf[pause] = r;
            }
        }

        for (var t = 0; t < problem.VisitCount; t++)
        {
            UnassignedPriority += problem.Priority[t];
            UnassignedCount++;
        }

        Recompute();
    }

    public CompiledProblem Problem => _p;

    public List<int>[] Sequences { get; }

    public int[] RouteOf { get; }

    public int[] Position { get; }

    public double[] Start { get; }

    public double[] Return { get; }

    public double[] RouteDistance { get; }

    public double[] RouteTravel { get; }

    public double[] Working { get; }

    /// <summary>Visits (not breaks) per route.</summary>
    public int[] RealCount { get; }

    public ContinuityLedger Ledger { get; }

    public double TardinessSum { get; private set; }

    public double MaxTardiness { get; private set; }

    public double UnassignedPriority { get; private set; }

    public int UnassignedCount { get; private set; }

    public int Disrupted { get; private set; }

    public bool Feasible { get; private set; }

    public bool IsAssigned(int task) => RouteOf[task] >= 0;

    public int Next(int task)
    {
        var seq = Sequences[RouteOf[task]];
        var pos = Position[task] + 1;
        return pos < seq.Count ? seq[pos] : -1;
    }

    public void CopyFrom(WorkingSolution other)
    {
        for (var r = 0; r < Sequences.Length; r++)
        {
            var seq = Sequences[r];
            seq.Clear();
            seq.AddRange(other.Sequences[r]);
        }

        Array.Copy(other.RouteOf, RouteOf, RouteOf.Length);
        Array.Copy(other.Position, Position, Position.Length);
        Array.Copy(other.Start, Start, Start.Length);
        Array.Copy(other.Return, Return, Return.Length);
        Array.Copy(other.RouteDistance, RouteDistance, RouteDistance.Length);
        Array.Copy(other.RouteTravel, RouteTravel, RouteTravel.Length);
        Array.Copy(other.Working, Working, Working.Length);
        Array.Copy(other.RealCount, RealCount, RealCount.Length);
        Ledger.CopyFrom(other.Ledger);
        TardinessSum = other.TardinessSum;
        MaxTardiness = other.MaxTardiness;
        UnassignedPriority = other.UnassignedPriority;
        UnassignedCount = other.UnassignedCount;
        Disrupted = other.Disrupted;
        Feasible = other.Feasible;
    }

    /// <summary>Takes a visit out of its route. Start times are stale until <see cref="Recompute"/>.</summary>
    public void Remove(int task)
    {
        var r = RouteOf[task];
        var seq = Sequences[r];
        var pos = Position[task];
        seq.RemoveAt(pos);
        for (var k = pos; k < seq.Count; k++)
        {
            Position[seq[k]] = k;
        }

        RouteOf[task] = -1;
        RealCount[r]--;
        Ledger.Remove(task, r);
        UnassignedPriority += _p.Priority[task];
        UnassignedCount++;
        if (_p.BaselineRoute[task] >= 0 && _p.BaselineRoute[task] != r)
        {
            Disrupted--;
        }
    }

    /// <summary>Puts a visit into a route without touching start times (used before <see cref="Recompute"/>).</summary>
    public void InsertRaw(int task, int route, int pos)
    {
        var seq = Sequences[route];
        seq.Insert(pos, task);
        for (var k = pos; k < seq.Count; k++)
        {
            Position[seq[k]] = k;
        }

        RouteOf[task] = route;
        RealCount[route]++;
        Ledger.Add(task, route);
        UnassignedPriority -= _p.Priority[task];
        UnassignedCount--;
        if (_p.BaselineRoute[task] >= 0 && _p.BaselineRoute[task] != route)
        {
            Disrupted++;
        }
    }

    /// <summary>
    /// Exact earliest start times by label correcting (Bellman–Ford on the constraint graph): a route pass,
    /// then synchronisation pushes until nothing moves. A node updated more often than there are nodes means
    /// a positive cycle — two routes waiting for each other — and the solution is infeasible.
    /// </summary>
    public bool Recompute()
    {
        var feasible = true;
        for (var r = 0; r < Sequences.Length; r++)
        {
            ForwardPass(r);
        }

        ResetQueue();
        Array.Clear(_updates);
        for (var t = 0; t < _p.VisitCount; t++)
        {
            if (RouteOf[t] >= 0 && _p.Partner[t] >= 0 && RouteOf[_p.Partner[t]] >= 0)
            {
                Enqueue(t);
            }
        }

        var limit = _p.TaskCount + 2;
        while (_head != _tail && feasible)
        {
            var x = Dequeue();
            var partner = _p.Partner[x];
            var lb = Start[x] + _p.PartnerLo[x];
            if (lb > Start[partner] + Epsilon)
            {
                Start[partner] = lb;
                if (++_updates[partner] > limit)
                {
                    feasible = false;
                    break;
                }

                Enqueue(partner);
            }

            // Push along the route until the waiting slack absorbs the shift.
            var r = RouteOf[x];
            var m = _p.Matrix[r];
            var depart = Start[x] + _p.Duration[x];
            var loc = _p.Location[x];
            var y = Next(x);
            while (y >= 0)
            {
                if (_p.IsBreak[y])
                {
                    if (depart > Start[y] + Epsilon)
                    {
                        Start[y] = depart;
                    }

                    depart = Start[y] + _p.Duration[y];
                    y = Next(y);
                    continue;
                }

                var arrive = depart + m.Duration(loc, _p.Location[y]);
                if (arrive <= Start[y] + Epsilon)
                {
                    break;
                }

                Start[y] = arrive;
                if (_p.Partner[y] >= 0 && RouteOf[_p.Partner[y]] >= 0)
                {
                    if (++_updates[y] > limit)
                    {
                        feasible = false;
                        break;
                    }

                    Enqueue(y);
                }

                depart = arrive + _p.Duration[y];
                loc = _p.Location[y];
                y = Next(y);
            }
        }

        ResetQueue();
        TardinessSum = 0;
        MaxTardiness = 0;
        for (var r = 0; r < Sequences.Length && feasible; r++)
        {
            feasible &= Summarise(r);
        }

        Feasible = feasible;
        return feasible;
    }

    private void Enqueue(int task)
    {
        if (_inQueue[task])
        {
            return;
        }

        _inQueue[task] = true;
        _queue[_tail] = task;
        _tail = (_tail + 1) % _queue.Length;
    }

    private int Dequeue()
    {
        var task = _queue[_head];
        _head = (_head + 1) % _queue.Length;
        _inQueue[task] = false;
        return task;
    }

    private void ResetQueue()
    {
        while (_head != _tail)
        {
            Dequeue();
        }
    }

    private void ForwardPass(int r)
    {
        var m = _p.Matrix[r];
        var depart = _p.ShiftStart[r];
        var loc = _p.StartLocation[r];
        foreach (var y in Sequences[r])
        {
            double s;
            if (_p.IsBreak[y])
            {
                s = Math.Max(_p.Earliest[y], depart);
            }
            else
            {
                s = Math.Max(_p.Earliest[y], depart + m.Duration(loc, _p.Location[y]));
                loc = _p.Location[y];
            }

            Start[y] = s;
            depart = s + _p.Duration[y];
        }
    }

    /// <summary>Route totals from the current start times; false when a hard limit is broken.</summary>
    private bool Summarise(int r)
    {
        var m = _p.Matrix[r];
        var loc = _p.StartLocation[r];
        var depart = _p.ShiftStart[r];
        double distance = 0, travel = 0;
        var ok = true;
        foreach (var y in Sequences[r])
        {
            var s = Start[y];
            if (s > _p.Latest[y] + Epsilon && !_p.LatenessAllowed[y])
            {
                ok = false;
            }

            if (!_p.IsBreak[y])
            {
                distance += m.Distance(loc, _p.Location[y]);
                travel += m.Duration(loc, _p.Location[y]);
                loc = _p.Location[y];
                if (_p.LatenessAllowed[y] && s > _p.Latest[y])
                {
                    var late = s - _p.Latest[y];
                    TardinessSum += late;
                    MaxTardiness = Math.Max(MaxTardiness, late);
                }
            }

            depart = s + _p.Duration[y];
        }

        if (RealCount[r] > 0)
        {
            distance += m.Distance(loc, _p.EndLocation[r]);
            travel += m.Duration(loc, _p.EndLocation[r]);
        }

        Return[r] = depart + m.Duration(loc, _p.EndLocation[r]);
        RouteDistance[r] = distance;
        RouteTravel[r] = travel;
        Working[r] = WorkingMinutes(r, Return[r], -1, 0);
        return ok && Return[r] <= _p.ShiftEnd[r] + Epsilon;
    }

    /// <summary>
    /// Working minutes as the evaluator counts them: from leaving just in time for the first visit (or the
    /// break, if earlier) to arriving at the end location. <paramref name="firstOverride"/> is a task
    /// hypothetically placed first with start <paramref name="firstStart"/>.
    /// </summary>
    private double WorkingMinutes(int r, double ret, int firstOverride, double firstStart)
    {
        if (RealCount[r] == 0 && firstOverride < 0)
        {
            return 0;
        }

        var m = _p.Matrix[r];
        var leave = double.MaxValue;
        if (firstOverride >= 0)
        {
            leave = firstStart - m.Duration(_p.StartLocation[r], _p.Location[firstOverride]);
        }

        foreach (var y in Sequences[r])
        {
            if (_p.IsBreak[y])
            {
                leave = Math.Min(leave, Start[y]);
                continue;
            }

            leave = Math.Min(leave, Start[y] - m.Duration(_p.StartLocation[r], _p.Location[y]));
            break;
        }

        return ret - Math.Max(leave, _p.ShiftStart[r]);
    }

    /// <summary>Weighted objective of the current state (start times must be current).</summary>
    public double Objective()
    {
        var w = _p.Weights;
        double distance = 0, travel = 0, overtime = 0, workSum = 0;
        var used = 0;
        for (var r = 0; r < Sequences.Length; r++)
        {
            distance += RouteDistance[r];
            travel += RouteTravel[r];
            overtime += Math.Max(0, Working[r] - _p.MaxWorking[r]);
            if (RealCount[r] > 0)
            {
                used++;
                workSum += Working[r];
            }
        }

        double imbalance = 0;
        if (w.WorkloadImbalance != 0 && used > 0)
        {
            var mean = workSum / used;
            for (var r = 0; r < Sequences.Length; r++)
            {
                if (RealCount[r] > 0)
                {
                    imbalance += Math.Abs(Working[r] - mean);
                }
            }

            imbalance /= used;
        }

        return w.TravelDistance * distance + w.TravelTime * travel + w.Tardiness * TardinessSum
            + w.MaxTardiness * MaxTardiness + w.Overtime * overtime + w.Unassigned * UnassignedPriority
            + Ledger.WeightedTotal + w.WorkloadImbalance * imbalance + w.Disruption * Disrupted;
    }

    public Plan ToPlan()
    {
        var routes = new List<PlannedRoute>(Sequences.Length);
        for (var r = 0; r < Sequences.Length; r++)
        {
            var visits = new List<PlannedVisit>();
            double? breakStart = null;
            foreach (var t in Sequences[r])
            {
                if (_p.IsBreak[t])
                {
                    breakStart = Start[t];
                }
                else
                {
                    visits.Add(new PlannedVisit(_p.VisitIds[t], Start[t]));
                }
            }

            routes.Add(new PlannedRoute(_p.ShiftIds[r], visits, breakStart));
        }

        var unassigned = new List<string>();
        for (var t = 0; t < _p.VisitCount; t++)
        {
            if (RouteOf[t] < 0)
            {
                unassigned.Add(_p.VisitIds[t]);
            }
        }

        return new Plan(routes, unassigned);
    }
}
