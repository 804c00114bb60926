using CareServices.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace CareServices.ServiceDefaults.Tenancy;

/// <summary>The municipality the current request acts for, read from the token's <c>municipality</c> claim.</summary>
public sealed class TenantAccessor(IHttpContextAccessor httpContextAccessor)
{
    public string? MunicipalityId =>
        httpContextAccessor.HttpContext?.User.FindFirst(ClaimNames.Municipality)?.Value;

    /// <summary>For endpoints behind a role policy, which already requires the claim.</summary>
    public string RequiredMunicipalityId =>
        MunicipalityId ?? throw new InvalidOperationException("The request carries no municipality claim.");
}
