using CareServices.Activities.Domain;

namespace CareServices.Activities.Api.Persistence;

public static class MunicipalityFilter
{
    /// <summary>The one tenant filter every query of a municipality-owned set goes through.</summary>
    public static IQueryable<T> Of<T>(this IQueryable<T> rows, string municipalityId) where T : class, IMunicipalityOwned =>
        rows.Where(row => row.MunicipalityId == municipalityId);
}
