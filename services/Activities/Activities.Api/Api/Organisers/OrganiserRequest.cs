namespace CareServices.Activities.Api.Api.Organisers;

public sealed record OrganiserRequest(string? Name, string? Kind, string? ContactPerson, string? Phone);
