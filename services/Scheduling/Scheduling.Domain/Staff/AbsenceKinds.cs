namespace CareServices.Scheduling.Domain.Staff;

public static class AbsenceKinds
{
    public const string Sick = "sick";
    public const string Holiday = "holiday";
    public const string Course = "course";

    public static readonly IReadOnlyList<string> All = [Sick, Holiday, Course];
}
