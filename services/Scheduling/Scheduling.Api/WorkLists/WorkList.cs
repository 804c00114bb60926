using CareServices.Scheduling.Api.KeyCodes;

namespace CareServices.Scheduling.Api.WorkLists;

/// <summary>A care worker's day (arbeidsliste / kjøreliste): published visits in route order.</summary>
public sealed record WorkList(Guid StaffId, string StaffName, DateOnly Date, IReadOnlyList<WorkListVisit> Visits, int TravelMinutes, int VisitMinutes);

public sealed record WorkListVisit(
    Guid VisitId, int Order, DateTimeOffset Start, DateTimeOffset End, int TravelMinutesBefore,
    Guid RecipientId, string RecipientName, string Street, string PostalCode, string City,
    IReadOnlyList<WorkListTask> Tasks, IReadOnlyList<Guid> StaffIds, string Status)
{
    /// <summary>
    /// The recipient's key code: only on the assigned staff member's own list for today, added per request after the
    /// cache (the cached list never holds one). <see cref="KeyUnavailable"/> says Assessment could not be asked.
    /// </summary>
    public KeyCode? Key { get; init; }

    public bool KeyUnavailable { get; init; }
}

public sealed record WorkListTask(string ServiceCode, int Minutes);
