namespace CareServices.Activities.Domain.Interests;

public sealed record ChecklistAnswer(string InterestCode, InterestAnswer Answer);
