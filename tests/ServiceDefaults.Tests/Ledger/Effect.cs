namespace CareServices.ServiceDefaults.Tests.Ledger;

/// <summary>
/// What a consumer did for one message. Its own key, not the entry's, so a doubled effect would be counted rather
/// than rejected by the database.
/// </summary>
public sealed class Effect
{
    public long Id { get; set; }
    public Guid EntryId { get; set; }
    public required string Kind { get; set; }
}
