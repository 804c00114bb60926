namespace CareServices.ServiceDefaults.Problems;

/// <summary>
/// The <c>page</c>/<c>pageSize</c> rules every paged list shares. The page number has a ceiling so that the rows
/// to skip, <c>(page − 1) × pageSize</c>, always fit in an <see cref="int"/>: a page far past the end is an empty
/// page, a page past the ceiling a 400, never an overflow.
/// </summary>
public static class Paging
{
    public const int MaxPage = 1_000_000;

    public static ValidationErrors Validate(int? page, int? pageSize, int maxPageSize) => new ValidationErrors()
        .Require(page is null or (>= 1 and <= MaxPage), "page", $"must be between 1 and {MaxPage}")
        .Require(pageSize is null || (pageSize >= 1 && pageSize <= maxPageSize), "pageSize", $"must be between 1 and {maxPageSize}");

    /// <summary>Rows before the page; valid once <see cref="Validate"/> found nothing.</summary>
    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
