using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareServices.Seed.Notifications;

/// <summary>
/// Gives Notifications the staff contact data no other service publishes: an e-mail address for every Scheduling
/// staff member of the municipality (nurses as <c>Nurse</c>, the others as <c>CareWorker</c>), and per zone a planner,
/// a unit leader and a case worker, so that missed visits, deviations and expiring decisions reach someone. Idempotent:
/// contact data is set with PUT, and the zone roles have ids derived from the municipality and zone.
/// </summary>
public sealed class NotificationsSeeder(GatewayClient gateway, string municipality, string domain, IReadOnlyList<ZonePlan> zones)
{
    // Unit leaders keep staff contact data.
    private const string Editor = "UnitLeader";

    private static readonly (string Role, string Title)[] ZoneRoles = [("Planner", "Planlegger"), ("UnitLeader", "Enhetsleder"), ("CaseWorker", "Saksbehandler")];

    public async Task<int> RunAsync()
    {
        var contacts = 0;
        foreach (var zone in zones)
        {
            var staff = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/staff?zone={Uri.EscapeDataString(zone.Name)}&pageSize=200", "Planner", municipality);
            foreach (var member in staff.GetProperty("items").EnumerateArray())
            {
                var name = member.GetProperty("name").GetString()!;
                var nurse = member.GetProperty("competences").EnumerateArray().Any(c => c.GetString() == "nurse");
                await PutAsync(member.GetProperty("id").GetGuid(), name, nurse ? "Nurse" : "CareWorker", zone.Name);
                contacts++;
            }
            foreach (var (role, title) in ZoneRoles)
            {
                await PutAsync(ZoneRoleId(zone.Name, role), $"{title} {zone.Name}", role, zone.Name);
                contacts++;
            }
        }
        return contacts;
    }

    private Task<JsonElement> PutAsync(Guid id, string name, string role, string zone) =>
        gateway.ExpectAsync(HttpMethod.Put, $"/api/notifications/staff/{id}", Editor, municipality,
            new { name, email = DemoEmail.For(name, domain), language = "nb", roles = new[] { role }, zone });

    private Guid ZoneRoleId(string zone, string role) =>
        new(MD5.HashData(Encoding.UTF8.GetBytes($"careservices-seed:{municipality}:{zone}:{role}")));
}
