namespace CareServices.Scheduling.Planner.Model;

/// <summary>
/// Travel durations (minutes) and distances between locations, supplied by the caller; asymmetric allowed.
/// Stored flat so the search reads it without bounds-checked jagged lookups.
/// </summary>
public sealed class TravelMatrix
{
    private readonly double[] _durations;
    private readonly double[] _distances;

    public TravelMatrix(int size, double[] durations, double[] distances)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentNullException.ThrowIfNull(durations);
        ArgumentNullException.ThrowIfNull(distances);
        if (durations.Length != size * size || distances.Length != size * size)
        {
            throw new ArgumentException("Matrices must hold size × size entries.");
        }

        Size = size;
        _durations = durations;
        _distances = distances;
    }

    public int Size { get; }

    /// <summary>Matrix where distance and duration are the same numbers (as in the Mankowska benchmark).</summary>
    public static TravelMatrix FromDurations(int size, double[] durations) => new(size, durations, durations);

    public double Duration(int from, int to) => _durations[from * Size + to];

    public double Distance(int from, int to) => _distances[from * Size + to];

    internal double[] Durations => _durations;

    internal double[] Distances => _distances;
}
