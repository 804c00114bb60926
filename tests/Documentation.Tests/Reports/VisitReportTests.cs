using System.Net;
using System.Net.Http.Json;
using CareServices.Contracts.Documentation;
using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Api.Reports;
using CareServices.Documentation.Domain.Records;
using CareServices.Documentation.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Tests.Reports;

public sealed class VisitReportTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private const string Reports = "/api/documentation/visit-reports";

    /// <summary>A team whose visit plans a 30-minute shower and a 15-minute meal line, staffed by the visitor.</summary>
    private async Task<(CareTeam Team, Guid VisitId, Guid Shower, Guid Meal)> TwoTaskVisitAsync()
    {
        var team = await CareTeam.CreateAsync(host);
        var (visitId, shower, meal) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var now = host.Clock.GetUtcNow();
        await host.DeliverAsync(team.Visit(now.AddHours(-1), [team.Visitor], now, visitId: visitId) with
        {
            Lines = [new PlannedServiceMinutes { ServiceLineId = shower, Minutes = 30 }, new PlannedServiceMinutes { ServiceLineId = meal, Minutes = 15 }],
        });
        return (team, visitId, shower, meal);
    }

    private VisitReportRequest Report(Guid visitId, Guid shower, Guid meal, bool sign = true, Guid? corrects = null, int minutes = 50,
        ConditionChangeRequest? condition = null, string? mealReason = "declined") => new(
            visitId, host.Clock.GetUtcNow().AddHours(-1), host.Clock.GetUtcNow().AddHours(-1).AddMinutes(minutes),
            [new TaskOutcomeRequest(shower, true), new TaskOutcomeRequest(meal, false, mealReason)],
            "Cheerful, talked about her grandchildren.", condition, sign, corrects);

    [Fact]
    public async Task Signing_a_report_publishes_VisitDocumented_once_with_the_minutes_delivered_per_service_line_even_when_signed_again()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();
        var client = host.Client(team.Token(team.Visitor));
        var draft = await (await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal, sign: false))).ReadAsync<VisitReportResponse>();

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Reports}/{draft.Id}/sign", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"{Reports}/{draft.Id}/sign", null)).StatusCode);

        var published = Assert.Single(await host.Events.WaitForAsync<VisitDocumented>(e => e.VisitId == visitId));
        Assert.Equal([(shower, 30), (meal, 0)], published.Lines.Select(l => (l.ServiceLineId, l.Minutes)));
        Assert.Equal((team.RecipientId, DateOnly.FromDateTime(host.Clock.GetUtcNow().AddHours(-1).UtcDateTime)), (published.RecipientId, published.Date));
        // Consumers deduplicate on the message id, so a redelivered copy carries the same one.
        Assert.Equal([published.EventId], host.Events.MessageIds<VisitDocumented>(e => e.VisitId == visitId));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(host.Events.Of<VisitDocumented>(), e => e.VisitId == visitId);
    }

    [Fact]
    public async Task A_flagged_change_in_condition_publishes_ConditionChangeReported_once()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();
        var client = host.Client(team.Token(team.Visitor));

        var report = await (await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal, condition: new("appetite", "Left most of the dinner three days in a row."))))
            .ReadAsync<VisitReportResponse>();
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"{Reports}/{report.Id}/sign", null)).StatusCode);

        var reported = Assert.Single(await host.Events.WaitForAsync<ConditionChangeReported>(e => e.VisitId == visitId));
        Assert.Equal((report.Id, team.RecipientId, "appetite", CareTeam.Zone, team.Visitor),
            (reported.VisitReportId, reported.RecipientId, reported.Category, reported.Zone, reported.ReportedByStaffId));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(host.Events.Of<ConditionChangeReported>(), e => e.VisitId == visitId);
    }

    [Fact]
    public async Task A_correction_references_the_signed_report_and_publishes_the_corrected_minutes()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();
        var client = host.Client(team.Token(team.Visitor));
        var original = await (await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal))).ReadAsync<VisitReportResponse>();

        var second = await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal));
        var correction = await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal, corrects: original.Id, minutes: 20));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        Assert.Equal(original.Id, (await correction.ReadAsync<VisitReportResponse>()).CorrectsReportId);
        var published = await host.Events.WaitForAsync<VisitDocumented>(e => e.VisitId == visitId, count: 2);
        Assert.Equal([30, 20], published.Select(e => e.Lines.Single(l => l.ServiceLineId == shower).Minutes));
        var stored = await host.Client(team.Token(team.Primary)).GetAsync<VisitReportResponse>($"/api/documentation/recipients/{team.RecipientId}/visit-reports/{original.Id}");
        Assert.Equal(30, stored.Tasks.Single(t => t.ServiceLineId == shower).DeliveredMinutes);
    }

    [Fact]
    public async Task A_report_on_an_unknown_visit_is_not_found_and_on_someone_elses_visit_is_forbidden()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();

        var unknown = await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Reports, Report(Guid.NewGuid(), shower, meal));
        var someoneElses = await host.Client(team.Token(team.Primary)).PostAsJsonAsync(Reports, Report(visitId, shower, meal));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (unknown.StatusCode, someoneElses.StatusCode));
    }

    [Fact]
    public async Task Times_out_of_order_are_unprocessable_and_nothing_is_written()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();

        var response = await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Reports, Report(visitId, shower, meal, minutes: -10));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("actualEnd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await host.WithDbAsync(db => db.VisitReports.CountAsync(r => r.VisitId == visitId)));
        Assert.Equal(0, await host.WithDbAsync(db => db.Set<ServiceDefaults.Outbox.OutboxMessage>().CountAsync(m => m.AggregateId == visitId.ToString())));
    }

    [Fact]
    public async Task An_unknown_reason_or_condition_category_is_refused_naming_the_allowed_values()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();
        var client = host.Client(team.Token(team.Visitor));

        var reason = await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal, mealReason: "bored"));
        var category = await client.PostAsJsonAsync(Reports, Report(visitId, shower, meal, condition: new("weather", null)));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (reason.StatusCode, category.StatusCode));
        Assert.Contains("declined, notHome, notEnoughTime, doneByRelative, other", await reason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("appetite, mobility, mood, memory, skin, fall, pain, other", await category.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_task_in_the_list_is_a_400_naming_the_tasks_and_nothing_is_written()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();
        var report = Report(visitId, shower, meal);

        var response = await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Reports,
            report with { Tasks = [.. report.Tasks!, null!] });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Equal(["must not hold null elements"], problem!.Errors["tasks"]);
        Assert.Equal(0, await host.WithDbAsync(db => db.VisitReports.CountAsync(r => r.VisitId == visitId)));
    }

    [Fact]
    public async Task Observations_over_twenty_thousand_characters_are_unprocessable()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();

        var response = await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Reports,
            Report(visitId, shower, meal) with { Observations = new string('x', TextLimits.MaxLength + 1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("observations", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_reports_needs_a_care_relation()
    {
        var (team, visitId, shower, meal) = await TwoTaskVisitAsync();
        (await host.Client(team.Token(team.Visitor)).PostAsJsonAsync(Reports, Report(visitId, shower, meal))).EnsureSuccessStatusCode();
        var path = $"/api/documentation/recipients/{team.RecipientId}/visit-reports";

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(team.Token(team.Stranger)).GetAsync(path)).StatusCode);
        Assert.Single(await host.Client(team.Token(team.Secondary)).GetAsync<List<VisitReportResponse>>(path));
    }
}
