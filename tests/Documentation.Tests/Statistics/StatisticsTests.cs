using System.Net;
using System.Net.Http.Json;
using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Api.Reports;
using CareServices.Documentation.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Documentation.Tests.Statistics;

public sealed class StatisticsTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    [Fact]
    public async Task The_zone_month_CSV_counts_visits_minutes_and_changes_without_naming_anyone_and_hides_counts_under_three()
    {
        var team = await CareTeam.CreateAsync(host, municipality: "1849");
        var now = host.Clock.GetUtcNow();
        var line = Guid.NewGuid();
        var visitor = host.Client(StaffTokens.Staff(Roles.CareWorker, team.Visitor, municipality: "1849"));
        for (var i = 0; i < 3; i++)
        {
            var visitId = Guid.NewGuid();
            var start = now.AddHours(-3 + i);
            await host.DeliverAsync(team.Visit(start, [team.Visitor], now, municipality: "1849", visitId: visitId) with
            {
                Date = DateOnly.FromDateTime(now.UtcDateTime),
                Lines = [new PlannedServiceMinutes { ServiceLineId = line, Minutes = 30 }],
            });
            (await visitor.PostAsJsonAsync("/api/documentation/visit-reports", new VisitReportRequest(visitId, start, start.AddMinutes(40),
                [new TaskOutcomeRequest(line, true)], null, i == 0 ? new ConditionChangeRequest("pain", "Hip pain.") : null, Sign: true))).EnsureSuccessStatusCode();
        }

        var csv = await host.Client(StaffTokens.Staff(Roles.UnitLeader, team.ZoneLeader, municipality: "1849"))
            .GetStringAsync($"/api/documentation/statistics?zone={CareTeam.Zone}&month={now:yyyy-MM}");

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("metric,key,value", rows[0]);
        Assert.Contains("visits,,3", rows);
        Assert.Contains("deliveredMinutes,unknown,90", rows);
        Assert.Contains("conditionChanges,pain,<3", rows);
        Assert.Contains("conditionChanges,fall,0", rows);
        Assert.Contains("deviations,missedVisit,0", rows);
        Assert.DoesNotContain(team.RecipientId.ToString(), csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Hip pain", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_a_UnitLeader_gets_the_statistics_and_a_bad_month_is_refused_naming_the_field()
    {
        var bad = await host.Client(StaffTokens.Staff(Roles.UnitLeader, Guid.NewGuid())).GetAsync("/api/documentation/statistics?zone=Nordfold&month=12-2026");
        var careWorker = await host.Client(StaffTokens.Staff(Roles.CareWorker, Guid.NewGuid())).GetAsync("/api/documentation/statistics?zone=Nordfold&month=2026-12");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Forbidden), (bad.StatusCode, careWorker.StatusCode));
        Assert.Contains("month", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
