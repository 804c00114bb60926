using System.Net;
using System.Net.Http.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;
using Hl7.Fhir.Serialization;
using Bundle = Hl7.Fhir.Model.Bundle;
using Patient = Hl7.Fhir.Model.Patient;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// Emergency access through the gateway: a nurse without a care relation is refused, asks for emergency access with a
/// reason and is let in; the recipient's access log shows the reads on that reason, the zone's UnitLeader has it to
/// review, and the record exported as FHIR parses back with Hl7.Fhir.R4.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class EmergencyAccessTests(AppHostFixture fixture)
{
    private const string Zone = "Nordfold";
    private const string Reason = "Alarm fra trygghetsalarmen, ingen kontaktperson på vakt";

    [Fact]
    public async Task A_nurse_without_a_relation_gets_403_reads_after_emergency_access_with_a_reason_is_flagged_and_exports_valid_FHIR()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        using var planner = await fixture.ClientForAsync("Planner");
        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Olav Nordfold", new DateOnly(1931, 9, 14), Zone,
            new CareSteps.Home("Nordfoldveien 3", "8286", "Nordfold", 67.76, 15.19));
        var leader = await CareSteps.RegisterStaffAsync(planner, "Lene Leder", Zone, "nurse", 67.76, 15.19);
        var nurseId = Guid.NewGuid();
        using var nurse = await fixture.ClientAsAsync("Nurse", staffId: nurseId, subject: "Nora Nattsykepleier");
        var journal = $"/api/documentation/recipients/{recipient.Id}/journal";

        // 404 until RecipientRegistered has reached Documentation; then 403: no care relation.
        var refused = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await nurse.GetAsync(journal);
            return response.StatusCode == HttpStatusCode.NotFound ? null : new Box(response.StatusCode);
        }, CareSteps.EventTimeout, "the recipient reaching Documentation");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        using var asked = await nurse.PostAsJsonAsync($"/api/documentation/recipients/{recipient.Id}/emergency-access", new { reason = Reason });
        var access = await Expect.JsonAsync<EmergencyAccess>(asked, HttpStatusCode.Created, "POST emergency-access with a reason");
        using var read = await nurse.GetAsync(journal);
        await Expect.StatusAsync(read, HttpStatusCode.OK, $"GET {journal} under emergency access");
        using var exported = await nurse.GetAsync($"/api/documentation/recipients/{recipient.Id}/fhir");
        await Expect.StatusAsync(exported, HttpStatusCode.OK, "GET the FHIR export under emergency access");

        Assert.Equal((TimeSpan.FromHours(4), false, Reason), (access.ExpiresAt - access.GrantedAt, access.Reviewed, access.Reason));
        Assert.Equal("application/fhir+json", exported.Content.Headers.ContentType?.MediaType);
        var bundle = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Bundle>(await exported.Content.ReadAsStringAsync());
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.Equal(recipient.Id.ToString(), Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Patient>()).Id);

        // The recipient sees both reads, each on the emergency and its reason.
        using var self = await fixture.ClientAsAsync("Recipient", recipientId: recipient.Id);
        using var logged = await self.GetAsync($"/api/documentation/recipients/{recipient.Id}/access-log");
        var log = await Expect.JsonAsync<List<AccessLogEntry>>(logged, HttpStatusCode.OK, "GET the recipient's own access log");
        Assert.Equal(
            [("fhir-export", "emergency", Reason), ("journal", "emergency", Reason)],
            log.Where(e => e.StaffId == nurseId).Select(e => (e.What, e.Basis, e.EmergencyReason)).OrderBy(e => e.What, StringComparer.Ordinal));

        // The zone's UnitLeader has the use to review (once StaffRegistered has told Documentation which zone they lead).
        using var unitLeader = await fixture.ClientAsAsync("UnitLeader", staffId: leader.Id, subject: leader.Name);
        var flagged = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await unitLeader.GetAsync("/api/documentation/emergency-access");
            return response.IsSuccessStatusCode
                ? (await response.Content.ReadFromJsonAsync<List<EmergencyAccess>>())!.SingleOrDefault(e => e.Id == access.Id)
                : null;
        }, CareSteps.EventTimeout, "the UnitLeader's review list showing the emergency access");
        Assert.Equal((nurseId, "Nurse", false), (flagged.StaffId, flagged.Role, flagged.Reviewed));
    }

    private sealed record Box(HttpStatusCode Status);

    private sealed record EmergencyAccess(Guid Id, Guid RecipientId, Guid StaffId, string Role, string Reason, DateTimeOffset GrantedAt, DateTimeOffset ExpiresAt, bool Reviewed);

    private sealed record AccessLogEntry(Guid StaffId, string What, string Basis, string? EmergencyReason);
}
