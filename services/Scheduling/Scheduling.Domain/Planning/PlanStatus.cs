namespace CareServices.Scheduling.Domain.Planning;

public static class PlanStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
    public const string Published = "published";
}
