namespace CareServices.Assessment.Api.Api.Recipients;

public sealed record ChangeStatusRequest(string? Status);
