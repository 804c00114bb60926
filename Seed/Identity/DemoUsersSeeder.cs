using System.Net;
using System.Text.Json;

namespace CareServices.Seed.Identity;

/// <summary>
/// The people a visitor of the local run signs in as (README, "Signing in"): a case worker, a planner, two care
/// workers and a nurse who are staff members the Scheduling seed made (those with visits today when there are), a
/// unit leader, a recipient one of those care workers visits, a relative of theirs (the resource person's id is
/// their subject, as Notifications addresses relatives), an admin, and Oslo's case worker. The staff and recipient ids
/// exist only once the services made them, so the seed writes the identity provider's demo-user file last; a second
/// run writes the same users.
/// </summary>
public sealed class DemoUsersSeeder(GatewayClient gateway, MunicipalityPlan plan, string otherMunicipality)
{
    private const string Planner = "Planner";

    private sealed record Staff(Guid Id, string Name, string Competence, string Zone);

    public async Task<IReadOnlyDictionary<string, DemoUserEntry>> WriteAsync(string file, DateOnly today)
    {
        var m = plan.Number;
        var staff = new List<Staff>();
        foreach (var zone in plan.Zones)
        {
            var page = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/staff?zone={Uri.EscapeDataString(zone.Name)}&pageSize=200", Planner, m);
            staff.AddRange(page.GetProperty("items").EnumerateArray().Where(s => s.GetProperty("active").GetBoolean()).Select(s => new Staff(
                s.GetProperty("id").GetGuid(), s.GetProperty("name").GetString()!, s.GetProperty("competences")[0].GetString()!, zone.Name)));
        }

        // Nurses take most visits of a small seed: look through every zone for care workers who have some.
        var careWorker = await WithVisitsTodayAsync(staff, s => s.Competence != "nurse", today);
        var secondCareWorker = await WithVisitsTodayAsync(staff, s => s.Competence != "nurse" && s.Id != careWorker?.Staff.Id && s.Zone != careWorker?.Staff.Zone, today)
            ?? await WithVisitsTodayAsync(staff, s => s.Competence != "nurse" && s.Id != careWorker?.Staff.Id, today);
        var nurse = await WithVisitsTodayAsync(staff, s => s.Competence == "nurse", today);
        var recipientId = careWorker?.FirstRecipient ?? await FirstRecipientAsync();

        var users = new Dictionary<string, DemoUserEntry>(StringComparer.Ordinal)
        {
            ["caseworker"] = new("Sara Saksbehandler", "CaseWorker", m),
            ["planner"] = new("Per Planlegger", "Planner", m),
            ["unitleader"] = new("Unni Enhetsleder", "UnitLeader", m),
            ["admin"] = new("Are Administrator", "Admin", m),
            ["caseworker.oslo"] = new("Olav Saksbehandler", "CaseWorker", otherMunicipality),
        };
        AddStaff(users, "careworker", "CareWorker", careWorker?.Staff);
        AddStaff(users, "careworker2", "CareWorker", secondCareWorker?.Staff);
        AddStaff(users, "nurse", "Nurse", nurse?.Staff);
        if (recipientId is { } id)
        {
            var recipient = await gateway.ExpectAsync(HttpMethod.Get, $"/api/assessment/recipients/{id}", "CaseWorker", m);
            users["recipient"] = new(recipient.GetProperty("name").GetString()!, "Recipient", m, RecipientId: id);
            // Family before a neighbour, when the recipient has both.
            var relative = recipient.GetProperty("resourcePersons").EnumerateArray()
                .OrderBy(p => p.GetProperty("relation").GetString() == "nabo").FirstOrDefault();
            if (relative.ValueKind == JsonValueKind.Object)
            {
                users["relative"] = new(relative.GetProperty("name").GetString()!, "Relative", m, Subject: relative.GetProperty("id").GetGuid().ToString());
            }
        }

        DemoUserFile.Write(file, users);
        return users;
    }

    private void AddStaff(Dictionary<string, DemoUserEntry> users, string userName, string role, Staff? member)
    {
        if (member is not null)
        {
            users[userName] = new(member.Name, role, plan.Number, StaffId: member.Id);
        }
    }

    /// <summary>
    /// The first matching staff member (by zone, then name) with published visits today, else the first; and their first
    /// visit's recipient.
    /// </summary>
    private async Task<(Staff Staff, Guid? FirstRecipient)?> WithVisitsTodayAsync(List<Staff> staff, Func<Staff, bool> matches, DateOnly today)
    {
        var zones = plan.Zones.Select(z => z.Name).ToList();
        var candidates = staff.Where(matches).OrderBy(s => zones.IndexOf(s.Zone)).ThenBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Id).ToList();
        foreach (var member in candidates)
        {
            var (status, list) = await gateway.SendAsync(HttpMethod.Get, $"/api/scheduling/worklists/{member.Id}/{today:yyyy-MM-dd}", Planner, plan.Number);
            if (status == HttpStatusCode.OK && list.GetProperty("visits").GetArrayLength() > 0)
            {
                return (member, list.GetProperty("visits")[0].GetProperty("recipientId").GetGuid());
            }
        }
        return candidates.Count > 0 ? (candidates[0], null) : null;
    }

    private async Task<Guid?> FirstRecipientAsync()
    {
        var list = await gateway.ExpectAsync(HttpMethod.Get, "/api/assessment/recipients?page=1&pageSize=1", "CaseWorker", plan.Number);
        return list.GetProperty("items").EnumerateArray().Select(r => (Guid?)r.GetProperty("id").GetGuid()).FirstOrDefault();
    }
}
