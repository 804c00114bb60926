using System.Security.Cryptography;
using System.Text;
using CareServices.Assessment.Api.Persistence;
using CareServices.ServiceDefaults.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareServices.Assessment.Tests.Support;

/// <summary>
/// Assessment started on a database an earlier release left behind: its schema as of <see cref="EarlierRelease"/>,
/// a key ring written in clear (before the ring was encrypted), a recipient with a key code protected by it and the
/// national id in clear, and a preventive-visit candidate under the unkeyed hash of their national id.
/// </summary>
public sealed class EarlierReleaseHost : AssessmentHost
{
    /// <summary>The last migration before the key ring and national ids were protected at rest.</summary>
    public const string EarlierRelease = "20261207075903_DecisionAggregateVersions";

    public const string KeyCode = "4711";

    public Guid RecipientId { get; } = Guid.CreateVersion7();

    public string NationalId { get; } = Recipients.NextNorwegianId();

    public string CandidateNationalId { get; } = Recipients.NextNorwegianId("020245");

    /// <summary>The key code as the earlier release stored it.</summary>
    public string StoredKeyCode { get; private set; } = "";

    protected override async Task PrepareDatabaseAsync(string connectionString)
    {
        await DatabaseCreator.EnsureExistsAsync(connectionString, CancellationToken.None);
        var options = new DbContextOptionsBuilder<AssessmentDbContext>().UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options;
        await using (var db = new AssessmentDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync(EarlierRelease);
        }

        using (var clearRing = new StoredKeyRing(connectionString, certificate: null, createKeys: true))
        {
            StoredKeyCode = clearRing.KeyCodes.Protect(KeyCode);
        }
        await RawTables.ExecuteAsync(connectionString, """
            INSERT INTO recipients (id, municipality_id, name, birth_date, national_id, zone, preferred_language, status,
                lives_alone, welfare_technology, version, registered_at, updated_at, address_street, address_postal_code,
                address_city, address_latitude, address_longitude, home_notes_smoking, key_arrangement_kind, key_arrangement_protected_code, key_arrangement_location)
            VALUES (@id, '1848', 'Ola Nordmann', '1938-05-17', @nationalId, 'Nord-Steigen', 'nb', 'Applicant',
                true, '{}', 1, now(), now(), 'Storgata 1', '8283', 'Leinesfjord', 67.77, 15.12, false, 'KeyBox', @code, 'By the back door')
            """, ("id", RecipientId), ("nationalId", NationalId), ("code", StoredKeyCode));
        var unkeyed = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"1848:{CandidateNationalId}")));
        await RawTables.ExecuteAsync(connectionString, """
            INSERT INTO preventive_visit_candidates (id, municipality_id, national_id_hash, name, birth_date, street,
                postal_code, city, status, imported_at)
            VALUES (@id, '1848', @hash, 'Astrid Berg', '1945-02-02', 'Fjordveien 4', '8283', 'Leinesfjord', 'NotContacted', now())
            """, ("id", Guid.CreateVersion7()), ("hash", unkeyed));
    }
}
