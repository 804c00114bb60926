using CareServices.Documentation.Domain.Measurements;

namespace CareServices.Documentation.Tests.Domain;

public sealed class WeightTrendTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_loss_under_five_percent_in_ninety_days_is_not_significant()
    {
        var trend = WeightTrend.Of([(Now.AddDays(-60), 80m), (Now, 77m)], Now)!;

        Assert.Equal((-3m, -3.8m, false, (decimal?)null), (trend.Change90DaysKg!.Value, trend.Change90DaysPercent!.Value, trend.SignificantLoss, trend.Change30DaysKg));
    }

    [Fact]
    public void One_weighing_shows_no_change() =>
        Assert.Equal((70m, (decimal?)null, false), (WeightTrend.Of([(Now, 70m)], Now)!.LatestKg, WeightTrend.Of([(Now, 70m)], Now)!.Change90DaysKg, WeightTrend.Of([(Now, 70m)], Now)!.SignificantLoss));

    [Theory]
    [InlineData(14, "normal")]
    [InlineData(12, "normal")]
    [InlineData(11, "atRisk")]
    [InlineData(8, "atRisk")]
    [InlineData(7, "malnourished")]
    public void The_screening_score_gives_the_nutrition_risk(int score, string risk) => Assert.Equal(risk, NutritionScreening.Risk(score));
}
