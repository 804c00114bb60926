using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.ServiceDefaults.Auth;
using CareServices.ServiceDefaults.DataProtection;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Tests.Security;

/// <summary>The Data Protection key ring is in the database, but encrypted with a certificate that is not.</summary>
public sealed class KeyRingProtectionTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    [Fact]
    public async Task Every_master_key_in_the_database_is_encrypted_and_a_key_code_reads_only_with_the_certificate()
    {
        var response = await host.Client(Roles.CaseWorker).PostAsJsonAsync("/api/assessment/recipients",
            Support.Recipients.Registration(Support.Recipients.NextNorwegianId(), extra: new { kind = "keyBox", code = "2580", location = "Under the mat" }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var stored = await host.WithDbAsync(db => db.Recipients.Where(r => r.Id == id).Select(r => r.KeyArrangement.ProtectedCode!).SingleAsync());

        var keys = await RawTables.KeyRingXmlAsync(host.DatabaseConnectionString);

        Assert.NotEmpty(keys);
        Assert.All(keys, KeyRingAssert.Encrypted);
        using var replica = new StoredKeyRing(host.DatabaseConnectionString, AtRestKeys.Load(TestKeys.Directory).KeyRingCertificate);
        Assert.Equal("2580", replica.KeyCodes.Unprotect(stored));
        using var dump = new StoredKeyRing(host.DatabaseConnectionString, certificate: null);
        Assert.ThrowsAny<CryptographicException>(() => { dump.KeyCodes.Unprotect(stored); });
    }
}

internal static class KeyRingAssert
{
    /// <summary>A master key Data Protection wrote encrypted, or encrypted later: no element left marked for encryption.</summary>
    public static void Encrypted(string keyXml)
    {
        Assert.Contains("encryptedSecret", keyXml, StringComparison.Ordinal);
        Assert.Contains("EncryptedData", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("requiresEncryption=\"true\"", keyXml, StringComparison.Ordinal);
        Assert.DoesNotContain("unencrypted form", keyXml, StringComparison.Ordinal);
    }
}
