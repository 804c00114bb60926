using CareServices.Assessment.Api.Persistence;
using CareServices.Assessment.Api.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Security;

/// <summary>
/// Seals, at start, the national ids an earlier release stored in clear. SQL alone cannot: the ciphertext needs the
/// key ring and the hash its key, neither of which the database has. So the migration
/// <c>ProtectedNationalIds</c> keeps the clear column as <c>legacy_national_id</c> and gives those rows a placeholder
/// hash; this replaces both and empties the column, row by row, before the service takes requests. Replicas doing
/// it at the same time write equivalent values (same hash, each its own valid ciphertext).
/// </summary>
public sealed partial class NationalIdSealing(IServiceScopeFactory scopes, NationalIdProtector nationalIds, ILogger<NationalIdSealing> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        var legacy = await db.Recipients.IgnoreQueryFilters()
            .Where(r => EF.Property<string?>(r, RecipientConfiguration.LegacyNationalId) != null)
            .Select(r => new { r.Id, r.MunicipalityId, NationalId = EF.Property<string>(r, RecipientConfiguration.LegacyNationalId) })
            .ToListAsync(cancellationToken);
        foreach (var row in legacy)
        {
            var sealedId = nationalIds.Seal(row.MunicipalityId, row.NationalId);
            await db.Recipients.IgnoreQueryFilters().Where(r => r.Id == row.Id).ExecuteUpdateAsync(set => set
                .SetProperty(r => r.ProtectedNationalId, sealedId.Protected)
                .SetProperty(r => r.NationalIdHash, sealedId.Hash)
                .SetProperty(r => EF.Property<string?>(r, RecipientConfiguration.LegacyNationalId), (string?)null), cancellationToken);
        }
        if (legacy.Count > 0)
        {
            LogSealed(logger, legacy.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Encrypted and hashed {Count} national id(s) that were stored in clear")]
    private static partial void LogSealed(ILogger logger, int count);
}
