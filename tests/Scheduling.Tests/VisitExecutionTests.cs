using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Api.Execution;
using CareServices.Scheduling.Domain.Visits;
using CareServices.Scheduling.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Scheduling.Tests;

public sealed class VisitExecutionTests : IAsyncLifetime
{
    private readonly SchedulingHost _host = new();
    private SmallDistrict _district = null!;
    private List<Visit> _visits = null!;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _district = await SmallDistrict.CreateAsync(_host);
        var planId = (await _host.PlanAsync(_district.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        (await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null)).EnsureSuccessStatusCode();
        _visits = await _host.InDbAsync(db => db.Visits.AsNoTracking().Where(v => v.PlanId == planId).ToListAsync());
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    private HttpClient Worker(Guid staffId) => _host.Client(Roles.CareWorker, staffId: staffId);

    [Fact]
    public async Task A_visit_checked_in_far_from_the_address_warns_a_second_check_in_is_409_and_checking_out_publishes_VisitCompleted_once_with_the_minutes()
    {
        var visit = _visits.Single(v => v.RecipientId == _district.NeedsNurse);
        var nurse = Worker(_district.Nurse);
        var arrived = visit.PlannedStart!.Value;

        var checkIn = await nurse.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-in", new { at = arrived, latitude = 67.70, longitude = 15.21 });
        var again = await nurse.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-in", new { at = arrived });
        var checkOut = await nurse.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-out", new { outcome = "completed", at = arrived.AddMinutes(43) });
        var twice = await nurse.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-out", new { outcome = "completed", at = arrived.AddMinutes(44) });

        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Contains("m from the recipient's address", (await checkIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, checkOut.StatusCode);
        Assert.Equal(43, (await checkOut.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actualMinutes").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal(1, await _host.OutboxCountAsync<VisitCompleted>(p => p.Contains(visit.Id.ToString()) && JsonDocument.Parse(p).RootElement.GetProperty("actualMinutes").GetInt32() == 43));
    }

    [Fact]
    public async Task Checking_out_before_checking_in_is_422_someone_elses_visit_is_403_and_not_home_publishes_RecipientNotHome()
    {
        var visit = _visits.Single(v => v.RecipientId == _district.Cleaning);
        var own = Worker(visit.StaffIds[0]);
        var stranger = Worker(_district.Staff.First(s => !visit.StaffIds.Contains(s)));

        var early = await own.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-out", new { outcome = "completed" });
        var foreign = await stranger.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-in", new { });
        await own.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-in", new { });
        var notHome = await own.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-out", new { outcome = "notHome" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, notHome.StatusCode);
        Assert.Equal(1, await _host.OutboxCountAsync<RecipientNotHome>(p => p.Contains(visit.Id.ToString())));
        Assert.Equal(0, await _host.OutboxCountAsync<VisitCompleted>(p => p.Contains(visit.Id.ToString())));
    }

    [Fact]
    public async Task A_visit_nobody_checked_in_to_30_minutes_after_its_window_opened_is_flagged_once_as_missed()
    {
        var attended = _visits.Single(v => v.RecipientId == _district.NeedsNurse);
        await Worker(_district.Nurse).PostAsJsonAsync($"/api/scheduling/visits/{attended.Id}/check-in", new { });
        var job = _host.App.Services.GetRequiredService<MissedVisitJob>();

        var beforeGrace = await job.RunOnceAsync(CancellationToken.None);
        _host.Clock.Set(new DateTimeOffset(2026, 3, 23, 8, 31, 0, TimeSpan.FromHours(1)));
        await job.RunOnceAsync(CancellationToken.None);
        await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, beforeGrace);
        var morning = _visits.Where(v => v.WindowStart == new TimeOnly(8, 0) && v.Id != attended.Id).ToList();
        Assert.NotEmpty(morning);
        foreach (var visit in morning)
        {
            Assert.Equal(1, await _host.OutboxCountAsync<VisitMissed>(p => p.Contains(visit.Id.ToString())));
        }
        Assert.Equal(0, await _host.OutboxCountAsync<VisitMissed>(p => p.Contains(attended.Id.ToString())));
        Assert.Equal(0, await _host.OutboxCountAsync<VisitMissed>(p => p.Contains(_visits.Single(v => v.RecipientId == _district.Cleaning).Id.ToString())));
    }

    [Fact]
    public async Task Checking_in_to_a_visit_flagged_missed_publishes_VisitCheckedInLate_once_and_an_on_time_check_in_none()
    {
        var attended = _visits.Single(v => v.RecipientId == _district.NeedsNurse);
        await Worker(_district.Nurse).PostAsJsonAsync($"/api/scheduling/visits/{attended.Id}/check-in", new { });
        _host.Clock.Set(new DateTimeOffset(2026, 3, 23, 8, 31, 0, TimeSpan.FromHours(1)));
        await _host.App.Services.GetRequiredService<MissedVisitJob>().RunOnceAsync(CancellationToken.None);
        var late = _visits.First(v => v.WindowStart == new TimeOnly(8, 0) && v.Id != attended.Id);
        var worker = Worker(late.StaffIds[0]);

        var checkIn = await worker.PostAsJsonAsync($"/api/scheduling/visits/{late.Id}/check-in", new { });
        var again = await worker.PostAsJsonAsync($"/api/scheduling/visits/{late.Id}/check-in", new { });

        Assert.Equal(HttpStatusCode.OK, checkIn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(1, await _host.OutboxCountAsync<VisitCheckedInLate>(p => p.Contains(late.Id.ToString()) && p.Contains(late.StaffIds[0].ToString())));
        Assert.Equal(0, await _host.OutboxCountAsync<VisitCheckedInLate>(p => p.Contains(attended.Id.ToString())));
    }

    [Fact]
    public async Task The_KPIs_count_planned_and_delivered_minutes_and_contact_person_visits_and_only_planners_and_leaders_read_them()
    {
        var visit = _visits.Single(v => v.RecipientId == _district.NeedsNurse);
        var nurse = Worker(_district.Nurse);
        await nurse.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-in", new { at = visit.PlannedStart });
        await nurse.PostAsJsonAsync($"/api/scheduling/visits/{visit.Id}/check-out", new { outcome = "completed", at = visit.PlannedStart!.Value.AddMinutes(35) });
        var query = $"/api/scheduling/kpis?zone={_district.Zone}&from=2026-03-23&to=2026-03-23";

        var kpis = await _host.Client(Roles.UnitLeader).GetFromJsonAsync<JsonElement>(query);
        var html = await _host.Client(Roles.UnitLeader).GetStringAsync(query.Replace("/kpis?", "/kpis/html?"));
        var careWorker = await Worker(_district.Nurse).GetAsync(query);

        Assert.Equal(_visits.Sum(v => v.Minutes), kpis.GetProperty("plannedMinutes").GetInt32());
        Assert.Equal(_visits.Sum(v => v.Minutes), kpis.GetProperty("grantedMinutes").GetInt32());
        Assert.Equal(35, kpis.GetProperty("deliveredMinutes").GetInt32());
        Assert.Equal(1.0, kpis.GetProperty("punctuality").GetDouble());
        // Two of five visits are the contact person's (morning and lunch of the one recipient who has one).
        Assert.Equal(0.4, kpis.GetProperty("contactPersonShare").GetDouble());
        Assert.InRange(kpis.GetProperty("presence").GetDouble(), 0.01, 1);
        Assert.Contains("Nøkkeltall", html);
        Assert.Equal(HttpStatusCode.Forbidden, careWorker.StatusCode);
    }

    [Fact]
    public async Task A_hospital_stay_cancels_the_published_visits_inside_it_with_VisitCancelled_and_they_leave_the_work_list()
    {
        var visit = _visits.Single(v => v.RecipientId == _district.Cleaning);
        var staff = visit.StaffIds[0];
        var list = $"/api/scheduling/worklists/{staff}/2026-03-23";
        Assert.Contains((await Worker(staff).GetFromJsonAsync<JsonElement>(list)).GetProperty("visits").EnumerateArray(), v => v.GetProperty("visitId").GetGuid() == visit.Id);

        var away = await _host.Client().PostAsJsonAsync($"/api/scheduling/recipients/{_district.Cleaning}/unavailability", new { firstDay = "2026-03-23", lastDay = "2026-03-25", reason = "hospital" });

        Assert.Equal(HttpStatusCode.Created, away.StatusCode);
        Assert.Equal(3, (await away.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelledVisits").GetInt32());
        Assert.Equal(1, await _host.OutboxCountAsync<VisitCancelled>(p => p.Contains(visit.Id.ToString())));
        Assert.DoesNotContain((await Worker(staff).GetFromJsonAsync<JsonElement>(list)).GetProperty("visits").EnumerateArray(), v => v.GetProperty("visitId").GetGuid() == visit.Id);
    }
}
