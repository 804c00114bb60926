using CareServices.Assessment.Domain.Municipalities;
using CareServices.ServiceDefaults.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Assessment.Api.Api;

public static class MunicipalityLookup
{
    /// <summary>The caller's municipality with its zones, or null when Assessment has not been configured for it.</summary>
    public static Task<Municipality?> FindTenantAsync(this DbSet<Municipality> municipalities, TenantAccessor tenant, CancellationToken cancellationToken) =>
        municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Number == tenant.RequiredMunicipalityId, cancellationToken);

    public static ProblemDetails NotConfigured(TenantAccessor tenant) => Problems.Unprocessable(
        "municipality", $"municipality {tenant.RequiredMunicipalityId} is not configured in Assessment (PUT /api/assessment/municipalities/{tenant.RequiredMunicipalityId})");
}
