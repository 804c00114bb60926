using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Contracts.Scheduling;
using CareServices.Scheduling.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Scheduling.Tests;

public sealed class StaffApiTests : IAsyncLifetime
{
    private readonly SchedulingHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Registering_staff_stores_them_and_publishes_StaffRegistered_once()
    {
        var zone = $"Nordfold-{Guid.NewGuid():N}";

        var id = await _host.RegisterStaffAsync(zone, ["nurse"], "Kari Nordmann", ["nb", "en"]);

        var staff = await _host.Client(Roles.CareWorker).GetFromJsonAsync<JsonElement>($"/api/scheduling/staff/{id}");
        Assert.Equal("Kari Nordmann", staff.GetProperty("name").GetString());
        Assert.Equal(zone, staff.GetProperty("zone").GetString());
        Assert.Equal(1, await _host.OutboxCountAsync<StaffRegistered>(p => p.Contains(id.ToString())));
    }

    [Fact]
    public async Task A_competence_that_does_not_exist_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        var response = await _host.Client().PostAsJsonAsync("/api/scheduling/staff", new
        {
            name = "Ola", competences = new[] { "surgeon" }, zone = "Nordfold", employmentPercentage = 100, baseLatitude = 67.7, baseLongitude = 15.1,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("competences", out _));
        Assert.Equal(0, await _host.OutboxCountAsync<StaffRegistered>(p => p.Contains("\"Ola\"")));
    }

    [Fact]
    public async Task The_staff_list_is_paged_by_zone_and_refuses_page_sizes_over_200_and_pages_past_the_ceiling()
    {
        var zone = $"Leiranger-{Guid.NewGuid():N}";
        foreach (var name in new[] { "Anne", "Bjørn", "Cecilie" })
        {
            await _host.RegisterStaffAsync(zone, ["healthWorker"], name);
        }
        await _host.RegisterStaffAsync($"Other-{Guid.NewGuid():N}", ["healthWorker"], "Dag");

        var page = await _host.Client(Roles.UnitLeader).GetFromJsonAsync<JsonElement>($"/api/scheduling/staff?zone={zone}&page=2&pageSize=2");
        var tooBig = await _host.Client().GetAsync($"/api/scheduling/staff?zone={zone}&pageSize=201");
        var pastTheCeiling = await _host.Client().GetAsync($"/api/scheduling/staff?zone={zone}&page={int.MaxValue}&pageSize=200");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(["Cecilie"], page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pastTheCeiling.StatusCode);
        Assert.Contains("\"page\":[\"must be between 1 and 1000000\"]", await pastTheCeiling.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_care_worker_cannot_register_staff_and_another_municipality_does_not_see_them()
    {
        var id = await _host.RegisterStaffAsync($"Nordfold-{Guid.NewGuid():N}", ["homeHelper"]);

        var forbidden = await _host.Client(Roles.CareWorker).PostAsJsonAsync("/api/scheduling/staff", new { name = "X" });
        var otherMunicipality = await _host.Client(municipality: "0301").GetAsync($"/api/scheduling/staff/{id}");
        var relative = await _host.Client(Roles.Relative).GetAsync("/api/scheduling/staff");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherMunicipality.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, relative.StatusCode);
    }

    [Fact]
    public async Task An_absence_is_stored_and_publishes_StaffAbsenceRegistered_and_a_backwards_range_is_refused()
    {
        var id = await _host.RegisterStaffAsync($"Nordfold-{Guid.NewGuid():N}", ["nurse"]);

        var created = await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{id}/absences", new { kind = "holiday", firstDay = "2026-07-01", lastDay = "2026-07-21" });
        var backwards = await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{id}/absences", new { kind = "sick", firstDay = "2026-07-10", lastDay = "2026-07-01" });
        var unknown = await _host.Client().PostAsJsonAsync($"/api/scheduling/staff/{Guid.NewGuid()}/absences", new { kind = "sick", firstDay = "2026-07-01", lastDay = "2026-07-01" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, await _host.OutboxCountAsync<StaffAbsenceRegistered>(p => p.Contains(id.ToString())));
    }

    [Fact]
    public async Task A_roster_entry_given_twice_is_one_shift()
    {
        var id = await _host.RegisterStaffAsync($"Nordfold-{Guid.NewGuid():N}", ["nurse"]);
        var date = new DateOnly(2026, 3, 24);

        await _host.RosterAsync(id, date);
        await _host.RosterAsync(id, date);
        await _host.RosterAsync(id, date, "evening");

        var shifts = await _host.Client().GetFromJsonAsync<JsonElement>($"/api/scheduling/staff/{id}/shifts?from=2026-03-24&to=2026-03-24");
        Assert.Equal(["day", "evening"], shifts.EnumerateArray().Select(s => s.GetProperty("template").GetString()));
    }
}
