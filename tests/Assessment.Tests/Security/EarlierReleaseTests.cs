using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareServices.Assessment.Api.Api.FollowUp;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.DataProtection;
using CareServices.TestSupport;

namespace CareServices.Assessment.Tests.Security;

/// <summary>
/// What an earlier release stored in clear (key ring, national ids) or under an unkeyed hash (candidates) is
/// protected when this release starts on its database, and the API answers as before.
/// </summary>
public sealed class EarlierReleaseTests(EarlierReleaseHost host) : IClassFixture<EarlierReleaseHost>
{
    [Fact]
    public async Task A_key_ring_stored_in_clear_is_encrypted_at_start_and_codes_protected_with_it_still_read()
    {
        var keys = await RawTables.KeyRingXmlAsync(host.DatabaseConnectionString);

        Assert.NotEmpty(keys);
        Assert.All(keys, KeyRingAssert.Encrypted);
        using var replica = new StoredKeyRing(host.DatabaseConnectionString, AtRestKeys.Load(TestKeys.Directory).KeyRingCertificate);
        Assert.Equal(EarlierReleaseHost.KeyCode, replica.KeyCodes.Unprotect(host.StoredKeyCode));
        using var dump = new StoredKeyRing(host.DatabaseConnectionString, certificate: null);
        Assert.ThrowsAny<CryptographicException>(() => { dump.KeyCodes.Unprotect(host.StoredKeyCode); });
    }

    [Fact]
    public async Task A_national_id_stored_in_clear_is_encrypted_and_hashed_at_start_and_still_answered_and_found_as_a_duplicate()
    {
        var stored = await RawTables.RowAsync(host.DatabaseConnectionString,
            "SELECT legacy_national_id, protected_national_id, national_id_hash FROM recipients WHERE id = @id", ("id", host.RecipientId));
        var caseWorker = host.Client(Roles.CaseWorker);

        var recipient = await caseWorker.GetFromJsonAsync<JsonElement>($"/api/assessment/recipients/{host.RecipientId}");
        var again = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", Support.Recipients.Registration(host.NationalId));

        Assert.Null(stored[0]);
        Assert.DoesNotContain(host.NationalId, (string)stored[1]!, StringComparison.Ordinal);
        Assert.Equal(host.NationalIdHash(host.NationalId), stored[2]);
        Assert.Equal(host.NationalId, recipient.GetProperty("nationalId").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(host.RecipientId, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("existingId").GetGuid());
    }

    [Fact]
    public async Task A_candidate_under_an_unkeyed_hash_is_recognised_at_the_next_import_and_rehashed_with_the_key()
    {
        var csv = $"fodselsnummer;fornavn;etternavn;fodselsdato;adresse;postnummer;poststed\n{host.CandidateNationalId};Astrid;Berg;1945-02-02;Nyveien 9;8283;Leinesfjord";

        var response = await host.Client(Roles.CaseWorker).PostAsync("/api/assessment/follow-up/preventive-visit-candidates/import",
            new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(new PreventiveCandidatesApi.ImportResult(0, 1, 0, 0), await response.Content.ReadFromJsonAsync<PreventiveCandidatesApi.ImportResult>());
        var stored = await RawTables.RowAsync(host.DatabaseConnectionString,
            "SELECT national_id_hash, street FROM preventive_visit_candidates WHERE name = 'Astrid Berg'");
        Assert.Equal(host.NationalIdHash(host.CandidateNationalId), stored[0]);
        Assert.Equal("Nyveien 9", stored[1]);
    }
}
