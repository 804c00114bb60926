namespace CareServices.Scheduling.Api.WorkLists;

/// <summary>A care worker's day (arbeidsliste / kjøreliste): published visits in route order.</summary>
public sealed record WorkList(Guid StaffId, string StaffName, DateOnly Date, IReadOnlyList<WorkListVisit> Visits, int TravelMinutes, int VisitMinutes);

public sealed record WorkListVisit(
    Guid VisitId, int Order, DateTimeOffset Start, DateTimeOffset End, int TravelMinutesBefore,
    Guid RecipientId, string RecipientName, string Street, string PostalCode, string City,
    IReadOnlyList<WorkListTask> Tasks, IReadOnlyList<Guid> StaffIds, string Status);

public sealed record WorkListTask(string ServiceCode, int Minutes);
