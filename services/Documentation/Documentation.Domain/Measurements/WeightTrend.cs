namespace CareServices.Documentation.Domain.Measurements;

/// <summary>
/// How a recipient's weight moves: the change over the last 30 and 90 days (from the first weighing in the period
/// to the latest), and whether the loss is significant (5 % or more within 90 days, the usual clinical threshold).
/// </summary>
public sealed record WeightTrend(decimal LatestKg, decimal? Change30DaysKg, decimal? Change90DaysKg, decimal? Change90DaysPercent, bool SignificantLoss)
{
    public static WeightTrend? Of(IReadOnlyList<(DateTimeOffset At, decimal Kg)> weights, DateTimeOffset now)
    {
        if (weights.Count == 0)
        {
            return null;
        }
        var ordered = weights.OrderBy(w => w.At).ToList();
        var latest = ordered[^1];
        decimal? Since(TimeSpan period) =>
            ordered.FirstOrDefault(w => w.At >= now - period && w.At < latest.At) is { Kg: > 0 } first ? latest.Kg - first.Kg : null;
        var change90 = Since(TimeSpan.FromDays(90));
        var first90 = change90 is null ? (decimal?)null : latest.Kg - change90.Value;
        var percent = first90 is { } baseline ? Math.Round(change90!.Value / baseline * 100, 1) : (decimal?)null;
        return new WeightTrend(latest.Kg, Since(TimeSpan.FromDays(30)), change90, percent, percent <= -5);
    }
}
