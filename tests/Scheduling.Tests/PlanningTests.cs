using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts.Assessment;
using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Domain.Visits;
using CareServices.Scheduling.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Scheduling.Tests;

public sealed class PlanningTests : IAsyncLifetime
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private readonly SchedulingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    private Task<List<Visit>> PlannedAsync(Guid planId) =>
        _host.InDbAsync(db => db.Visits.AsNoTracking().Where(v => v.PlanId == planId).ToListAsync());

    private static TimeOnly Local(DateTimeOffset instant) => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Oslo).DateTime);

    [Fact]
    public async Task A_run_plans_every_visit_with_one_staff_member_per_recipient_and_shift_the_needed_competence_inside_the_windows_and_the_contact_person_first()
    {
        var d = await SmallDistrict.CreateAsync(_host);

        var plan = await _host.PlanAsync(d.Zone, SmallDistrict.Day);

        var visits = await PlannedAsync(plan.GetProperty("id").GetGuid());
        Assert.Equal(5, visits.Count);
        Assert.Equal(0, plan.GetProperty("figures").GetProperty("unassigned").GetInt32());
        Assert.All(visits, v => Assert.NotNull(v.PlannedStart));
        // Bundling: the nurse recipient's two morning tasks are one 40-minute visit, by the nurse (the only one who may give medication).
        var nurseVisit = Assert.Single(visits, v => v.RecipientId == d.NeedsNurse);
        Assert.Equal(40, nurseVisit.Minutes);
        Assert.Equal([d.Nurse], nurseVisit.StaffIds);
        // One staff member for the recipient's whole day shift, and it is the contact person.
        var morningAndLunch = visits.Where(v => v.RecipientId == d.MorningAndLunch).ToList();
        Assert.Equal(2, morningAndLunch.Count);
        Assert.All(morningAndLunch, v => Assert.Equal([d.HealthWorker1], v.StaffIds));
        var cleaning = Assert.Single(visits, v => v.RecipientId == d.Cleaning);
        Assert.Single(cleaning.StaffIds);
        var transfer = Assert.Single(visits, v => v.RecipientId == d.DoubleStaffed);
        Assert.Equal(2, transfer.StaffIds.Distinct().Count());
        Assert.DoesNotContain(d.HomeHelper, transfer.StaffIds);
        Assert.All(visits, v =>
        {
            var start = Local(v.PlannedStart!.Value);
            Assert.InRange(start, v.WindowStart, v.WindowEnd);
            Assert.Equal(0, v.PlannedStart!.Value.Ticks % TimeSpan.TicksPerMinute); // whole minutes, as a work list shows them
        });
        // No staff member is in two places at once.
        foreach (var staff in d.Staff)
        {
            var own = visits.Where(v => v.StaffIds.Contains(staff)).OrderBy(v => v.PlannedStart).ToList();
            for (var i = 1; i < own.Count; i++)
            {
                Assert.True(own[i].PlannedStart >= own[i - 1].PlannedEnd, $"{staff}: overlapping visits");
            }
        }
        Assert.True(plan.GetProperty("figures").GetProperty("presence").GetDouble() > 0);
        Assert.Equal(0.65, plan.GetProperty("figures").GetProperty("presenceTarget").GetDouble());
    }

    [Fact]
    public async Task A_second_run_for_the_same_zone_and_day_while_one_runs_is_a_409_with_the_running_plans_id()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var first = await _host.Client().PostAsJsonAsync("/api/scheduling/plans", new { zone = d.Zone, date = SmallDistrict.Day, timeLimitSeconds = 8 });
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("planIds")[0].GetGuid();

        var second = await _host.Client().PostAsJsonAsync("/api/scheduling/plans", new { zone = d.Zone, date = SmallDistrict.Day });
        var unknownZone = await _host.Client().PostAsJsonAsync("/api/scheduling/plans", new { zone = "Nowhere", date = SmallDistrict.Day });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(firstId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runningPlanId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, unknownZone.StatusCode);
        await _host.WaitForPlanAsync(firstId);
        var third = await _host.Client().PostAsJsonAsync("/api/scheduling/plans", new { zone = d.Zone, date = SmallDistrict.Day, timeLimitSeconds = 1 });
        Assert.Equal(HttpStatusCode.Accepted, third.StatusCode);
    }

    [Fact]
    public async Task Publishing_sends_VisitScheduled_once_per_visit_and_publishing_again_sends_nothing_new()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var planId = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        var visits = await PlannedAsync(planId);

        var published = await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);
        var again = await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);

        Assert.Equal(5, (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changedVisits").GetInt32());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("changedVisits").GetInt32());
        foreach (var visit in visits)
        {
            Assert.Equal(1, await _host.OutboxCountAsync<VisitScheduled>(p => p.Contains(visit.Id.ToString())));
        }
        var planStatus = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/plans/{planId}");
        Assert.Equal("published", planStatus.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_move_that_breaks_competence_or_shift_is_a_422_and_a_valid_move_is_pinned_through_a_rerun_and_published_as_rescheduled()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var planId = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);
        var visits = await PlannedAsync(planId);
        var nurseVisit = visits.Single(v => v.RecipientId == d.NeedsNurse);
        var lunch = visits.Single(v => v.RecipientId == d.MorningAndLunch && v.WindowStart == new TimeOnly(12, 0));
        var noon = new DateTimeOffset(2026, 3, 23, 12, 10, 0, TimeSpan.FromHours(1));

        var wrongCompetence = await _host.Client().PostAsJsonAsync($"/api/scheduling/plans/{planId}/visits/{nurseVisit.Id}/move",
            new { staffIds = new[] { d.HealthWorker2 }, start = nurseVisit.PlannedStart });
        var outsideShift = await _host.Client().PostAsJsonAsync($"/api/scheduling/plans/{planId}/visits/{lunch.Id}/move",
            new { staffIds = new[] { d.HealthWorker2 }, start = noon.AddHours(8) });
        var outsideWindow = await _host.Client().PostAsJsonAsync($"/api/scheduling/plans/{planId}/visits/{lunch.Id}/move",
            new { staffIds = new[] { d.HealthWorker2 }, start = noon.AddHours(2) });
        var moved = await _host.Client().PostAsJsonAsync($"/api/scheduling/plans/{planId}/visits/{lunch.Id}/move",
            new { staffIds = new[] { d.HealthWorker2 }, start = noon });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongCompetence.StatusCode);
        Assert.Equal("staffIds", (await wrongCompetence.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outsideShift.StatusCode);
        Assert.Equal(HttpStatusCode.OK, outsideWindow.StatusCode);
        Assert.Contains((await outsideWindow.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("window"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var rerun = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        var kept = (await PlannedAsync(rerun)).Single(v => v.Id == lunch.Id);
        Assert.Equal([d.HealthWorker2], kept.StaffIds);
        Assert.Equal(noon, kept.PlannedStart);
        Assert.True(kept.Pinned);

        await _host.Client().PostAsync($"/api/scheduling/plans/{rerun}/publish", null);
        Assert.Equal(1, await _host.OutboxCountAsync<VisitRescheduled>(p => p.Contains(lunch.Id.ToString())));
    }

    [Fact]
    public async Task Staff_reported_sick_today_have_their_remaining_visits_re_planned_and_everyone_elses_stay_as_they_were()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var planId = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);
        var before = (await PlannedAsync(planId)).ToDictionary(v => v.Id);
        var sick = d.HealthWorker2;

        var reported = await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{sick}/absences", new { kind = "sick", firstDay = SmallDistrict.Day, lastDay = SmallDistrict.Day });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);

        Assert.True(await Eventually.UntilAsync(() => _host.InDbAsync(db => db.PlanRuns.AnyAsync(p => p.Zone == d.Zone && p.Kind == "disruption" && p.Status == "published")), TimeSpan.FromSeconds(90)));
        var after = await _host.InDbAsync(db => db.Visits.AsNoTracking().Where(v => before.Keys.Contains(v.Id)).ToListAsync());
        Assert.All(after, v => Assert.DoesNotContain(sick, v.PublishedStaffIds));
        Assert.All(after, v => Assert.NotNull(v.PublishedStart));
        Assert.All(after.Where(v => !before[v.Id].StaffIds.Contains(sick)), v => Assert.Equal(before[v.Id].StaffIds, v.StaffIds));
    }

    [Fact]
    public async Task A_care_worker_reads_their_own_work_list_in_route_order_not_someone_elses_and_a_new_publication_replaces_the_cached_list()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var planId = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);
        var own = _host.Client(Roles.CareWorker, staffId: d.HealthWorker2);
        var url = $"/api/scheduling/worklists/{d.HealthWorker2}/{SmallDistrict.Day:yyyy-MM-dd}";

        var before = await own.GetFromJsonAsync<JsonElement>(url);
        var someoneElses = await own.GetAsync($"/api/scheduling/worklists/{d.Nurse}/{SmallDistrict.Day:yyyy-MM-dd}");
        var lunch = (await PlannedAsync(planId)).Single(v => v.RecipientId == d.MorningAndLunch && v.WindowStart == new TimeOnly(12, 0));
        Assert.DoesNotContain(before.GetProperty("visits").EnumerateArray(), v => v.GetProperty("visitId").GetGuid() == lunch.Id);
        await _host.Client().PostAsJsonAsync($"/api/scheduling/plans/{planId}/visits/{lunch.Id}/move",
            new { staffIds = new[] { d.HealthWorker2 }, start = new DateTimeOffset(2026, 3, 23, 12, 30, 0, TimeSpan.FromHours(1)) });
        await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);
        var after = await own.GetFromJsonAsync<JsonElement>(url);
        var printed = await own.GetStringAsync(url + "/print");

        Assert.Equal(HttpStatusCode.Forbidden, someoneElses.StatusCode);
        var starts = after.GetProperty("visits").EnumerateArray().Select(v => v.GetProperty("start").GetDateTimeOffset()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.Contains(after.GetProperty("visits").EnumerateArray(), v => v.GetProperty("visitId").GetGuid() == lunch.Id);
        Assert.Contains("<table>", printed);
        Assert.Contains("12:30", printed);
    }

    [Fact]
    public async Task A_terminated_decision_takes_its_published_visit_off_a_work_list_that_was_already_read_and_cached()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var planId = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();
        await _host.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null);
        var cleaning = (await PlannedAsync(planId)).Single(v => v.RecipientId == d.Cleaning);
        var staffId = Assert.Single(cleaning.StaffIds);
        var own = _host.Client(Roles.CareWorker, staffId: staffId);
        var url = $"/api/scheduling/worklists/{staffId}/{SmallDistrict.Day:yyyy-MM-dd}";
        async Task<bool> ListedAsync() =>
            (await own.GetFromJsonAsync<JsonElement>(url)).GetProperty("visits").EnumerateArray().Any(v => v.GetProperty("visitId").GetGuid() == cleaning.Id);
        Assert.True(await ListedAsync());

        var decisionId = await _host.InDbAsync(db => db.CareTasks.Where(t => t.RecipientId == d.Cleaning).Select(t => t.DecisionId).FirstAsync());
        await _host.PublishAsync(new DecisionTerminated
        {
            OccurredAt = _host.Clock.GetUtcNow(),
            MunicipalityId = "1848",
            DecisionId = decisionId,
            Number = "V-3",
            Version = 1,
            RecipientId = d.Cleaning,
            LastDay = SmallDistrict.Day.AddDays(-1),
            Reason = "moved",
        });

        Assert.True(await Eventually.UntilAsync(async () => !await ListedAsync()));
        Assert.Equal(VisitStatus.Cancelled, (await _host.InDbAsync(db => db.Visits.AsNoTracking().SingleAsync(v => v.Id == cleaning.Id))).Status);
    }

    [Fact]
    public async Task A_staff_member_the_recipient_refuses_is_never_planned_to_them()
    {
        var d = await SmallDistrict.CreateAsync(_host);
        var refusal = await _host.Client().PutAsJsonAsync($"/api/scheduling/recipients/{d.MorningAndLunch}/staff-preferences/{d.HealthWorker1}", new { refused = true });
        Assert.Equal(HttpStatusCode.NoContent, refusal.StatusCode);

        var planId = (await _host.PlanAsync(d.Zone, SmallDistrict.Day)).GetProperty("id").GetGuid();

        var visits = (await PlannedAsync(planId)).Where(v => v.RecipientId == d.MorningAndLunch).ToList();
        Assert.Equal(2, visits.Count);
        Assert.All(visits, v => Assert.NotEmpty(v.StaffIds));
        Assert.All(visits, v => Assert.DoesNotContain(d.HealthWorker1, v.StaffIds));
    }
}
