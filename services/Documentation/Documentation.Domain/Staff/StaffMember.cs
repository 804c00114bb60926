namespace CareServices.Documentation.Domain.Staff;

/// <summary>Documentation's copy of a staff member from Scheduling: the name the access log shows and the zone a UnitLeader leads.</summary>
public sealed class StaffMember
{
    private StaffMember()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Zone { get; private set; } = "";

    /// <summary>Staff who left (Scheduling's <c>StaffUpdated</c> with <c>active: false</c>) keep their name in the log but lead no zone.</summary>
    public bool Active { get; private set; } = true;

    public DateTimeOffset AsOf { get; private set; }

    /// <summary>
    /// Scheduling's version of the staff member that this copy shows: the consumers apply an event only when it is newer
    /// (one statement, see <c>ReadModelUpsert</c>), so events may arrive in any order.
    /// </summary>
    public int Version { get; private set; }
}
