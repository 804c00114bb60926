namespace CareServices.Documentation.Domain.Reports;

/// <summary>
/// Splits the time actually spent over the tasks done. Each performed task is credited its planned minutes; when
/// the visit was shorter than they add up to, every performed task is credited its share of the actual time, so a
/// report never claims more minutes than the visit lasted. A task not done delivers nothing.
/// </summary>
public static class DeliveredMinutes
{
    public static IReadOnlyList<int> Split(IReadOnlyList<(int Planned, bool Performed)> tasks, int actualMinutes)
    {
        var planned = tasks.Where(t => t.Performed).Sum(t => t.Planned);
        if (planned <= actualMinutes)
        {
            return [.. tasks.Select(t => t.Performed ? t.Planned : 0)];
        }
        var shares = tasks.Select(t => t.Performed ? t.Planned * actualMinutes / planned : 0).ToArray();
        // Integer division leaves up to one minute per task; give the rest to the largest tasks first.
        var rest = actualMinutes - shares.Sum();
        foreach (var index in Enumerable.Range(0, tasks.Count).Where(i => tasks[i].Performed).OrderByDescending(i => tasks[i].Planned).Take(rest))
        {
            shares[index]++;
        }
        return shares;
    }
}
