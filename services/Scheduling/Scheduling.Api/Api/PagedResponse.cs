namespace CareServices.Scheduling.Api.Api;

public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
