using CareServices.ServiceDefaults.Problems;

namespace CareServices.Documentation.Api.Api;

public static class Paging
{
    public static ValidationErrors Validate(int? page, int? pageSize, int maxPageSize) => new ValidationErrors()
        .Require(page is null or >= 1, "page", "At least 1.")
        .Require(pageSize is null || (pageSize >= 1 && pageSize <= maxPageSize), "pageSize", $"Between 1 and {maxPageSize}.");
}
