namespace CareServices.Scheduling.Planner.Search;

/// <summary>
/// Roulette-wheel choice among operators with weights that follow their recent success
/// (Ropke and Pisinger's adaptive scheme: scores per segment, exponential smoothing).
/// </summary>
internal sealed class AdaptiveSelector
{
    public const double NewBest = 33;
    public const double Improved = 9;
    public const double Accepted = 13;

    private const int Segment = 100;
    private const double Reaction = 0.1;
    private const double MinimumWeight = 0.05;

    private readonly double[] _weights;
    private readonly double[] _scores;
    private readonly int[] _uses;
    private int _sinceUpdate;

    public AdaptiveSelector(int count)
    {
        _weights = Enumerable.Repeat(1.0, count).ToArray();
        _scores = new double[count];
        _uses = new int[count];
    }

    public int Choose(Random rng)
    {
        var total = _weights.Sum();
        var x = rng.NextDouble() * total;
        for (var i = 0; i < _weights.Length; i++)
        {
            x -= _weights[i];
            if (x <= 0)
            {
                return i;
            }
        }

        return _weights.Length - 1;
    }

    public void Reward(int op, double score)
    {
        _scores[op] += score;
        _uses[op]++;
        if (++_sinceUpdate < Segment)
        {
            return;
        }

        _sinceUpdate = 0;
        for (var i = 0; i < _weights.Length; i++)
        {
            if (_uses[i] > 0)
            {
                _weights[i] = Math.Max(MinimumWeight, (1 - Reaction) * _weights[i] + Reaction * _scores[i] / _uses[i]);
            }

            _scores[i] = 0;
            _uses[i] = 0;
        }
    }
}
