using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Assessment.Tests.Security;

/// <summary>
/// A database dump holds no national id and no key code in clear: every row of every table (recipients, candidates,
/// outbox, inbox, access journal, Data Protection keys …) is read with plain SQL after recipients are registered with
/// key codes, a code is changed and candidates are imported.
/// </summary>
public sealed class RawTablesTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    // Codes of 8 to 10 mixed characters: a 4-digit code could turn up by chance inside a GUID or a timestamp.
    private static readonly string[] KeyCodes = ["Kx7Qz9Lm", "P4ssW0rdQ", "Zq81Mn64Rt", "Hy3Vb7Nc"];

    [Fact]
    public async Task No_table_holds_a_national_id_or_a_key_code_in_clear()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var nationalIds = new List<string>();
        var ids = new List<Guid>();
        foreach (var (code, kind) in new[] { (KeyCodes[0], "keyBox"), (KeyCodes[1], "digitalLock"), (KeyCodes[2], "keyBox") })
        {
            var nationalId = Support.Recipients.NextNorwegianId();
            var response = await caseWorker.PostAsJsonAsync("/api/assessment/recipients",
                Support.Recipients.Registration(nationalId, extra: new { kind, code, location = "Key box by the garage" }));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            nationalIds.Add(nationalId);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        }
        var changed = await caseWorker.PatchAsJsonAsync($"/api/assessment/recipients/{ids[0]}",
            new { keyArrangement = new { kind = "keyBox", code = KeyCodes[3], location = "Key box by the front door" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var candidates = new[] { Support.Recipients.NextNorwegianId("020245"), Support.Recipients.NextNorwegianId("030345") };
        var import = await caseWorker.PostAsync("/api/assessment/follow-up/preventive-visit-candidates/import", new StringContent(
            "fodselsnummer;fornavn;etternavn;fodselsdato;adresse;postnummer;poststed\n"
            + $"{candidates[0]};Astrid;Berg;1945-02-02;Fjordveien 4;8283;Leinesfjord\n"
            + $"{candidates[1]};Per;Dal;1945-03-03;Fjordveien 6;8283;Leinesfjord", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        string[] secrets = [.. nationalIds, .. candidates, .. KeyCodes];

        var tables = await RawTables.EveryRowAsync(host.DatabaseConnectionString);

        // The scan sees the data: the recipients, their outbox events and the key ring are there to be read.
        Assert.Contains(tables["recipients"], row => row.Contains("Kari Nordmann", StringComparison.Ordinal));
        Assert.Contains(tables["recipients"], row => row.Contains("Key box by the front door", StringComparison.Ordinal));
        Assert.Contains(tables["preventive_visit_candidates"], row => row.Contains("Astrid", StringComparison.Ordinal));
        Assert.NotEmpty(tables["data_protection_keys"]);
        Assert.Contains(tables.Keys, table => table.Contains("outbox", StringComparison.Ordinal));
        Assert.NotEmpty(tables.Where(t => t.Key.Contains("outbox", StringComparison.Ordinal)).SelectMany(t => t.Value));
        var found = tables
            .SelectMany(table => table.Value.SelectMany(row => secrets
                .Where(secret => row.Contains(secret, StringComparison.OrdinalIgnoreCase)
                    || row.Contains(Convert.ToHexStringLower(Encoding.UTF8.GetBytes(secret)), StringComparison.OrdinalIgnoreCase))
                .Select(secret => $"{table.Key}: {(KeyCodes.Contains(secret) ? "key code" : "national id")} {secret}")))
            .Distinct()
            .ToList();
        Assert.Empty(found);
    }
}
