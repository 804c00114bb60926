using System.Net;
using System.Net.Http.Json;
using CareServices.Documentation.Api.Api.Measurements;
using CareServices.Documentation.Domain.Measurements;
using CareServices.Documentation.Tests.Support;

namespace CareServices.Documentation.Tests.Measurements;

public sealed class MeasurementTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private static Dictionary<string, int> Screening(int weightLoss = 1) => new()
    {
        ["foodIntakeDecline"] = 1, ["weightLoss"] = weightLoss, ["mobility"] = 2, ["stressOrAcuteDisease"] = 2, ["neuropsychologicalProblems"] = 2,
        ["bmiOrCalfCircumference"] = 1,
    };

    [Fact]
    public async Task The_history_shows_weights_and_screenings_newest_first_with_the_weight_trend_and_nutrition_risk()
    {
        var team = await CareTeam.CreateAsync(host);
        var nurse = host.Client(team.Token(team.Secondary));
        var path = $"/api/documentation/recipients/{team.RecipientId}/measurements";
        var now = host.Clock.GetUtcNow();
        foreach (var (daysAgo, kg) in new[] { (80, 70.0m), (25, 68.0m), (1, 66.0m) })
        {
            Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"{path}/weight", new WeightRequest(kg, now.AddDays(-daysAgo)))).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Created, (await nurse.PostAsJsonAsync($"{path}/nutrition-screening", new NutritionScreeningRequest(Screening(), now))).StatusCode);

        var history = await nurse.GetAsync<MeasurementHistory>(path);

        Assert.Equal([MeasurementKind.NutritionScreening, MeasurementKind.Weight, MeasurementKind.Weight, MeasurementKind.Weight], history.Measurements.Select(m => m.Kind));
        Assert.Equal((9, "atRisk"), (history.Measurements[0].Score!.Value, history.NutritionRisk!));
        Assert.Equal((66.0m, -2.0m, -4.0m, -5.7m, true),
            (history.WeightTrend!.LatestKg, history.WeightTrend.Change30DaysKg, history.WeightTrend.Change90DaysKg, history.WeightTrend.Change90DaysPercent, history.WeightTrend.SignificantLoss));
    }

    [Fact]
    public async Task A_screening_item_out_of_range_or_missing_is_refused_naming_the_item()
    {
        var team = await CareTeam.CreateAsync(host);
        var items = Screening(weightLoss: 7);
        items.Remove("mobility");

        var response = await host.Client(team.Token(team.Secondary)).PostAsJsonAsync(
            $"/api/documentation/recipients/{team.RecipientId}/measurements/nutrition-screening", new NutritionScreeningRequest(items, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("items.weightLoss", body, StringComparison.Ordinal);
        Assert.Contains("items.mobility", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Measurements_need_a_care_relation()
    {
        var team = await CareTeam.CreateAsync(host);

        var response = await host.Client(team.Token(team.Stranger)).GetAsync($"/api/documentation/recipients/{team.RecipientId}/measurements");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
