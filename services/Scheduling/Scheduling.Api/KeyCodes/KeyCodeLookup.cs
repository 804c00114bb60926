namespace CareServices.Scheduling.Api.KeyCodes;

/// <summary>The answer Assessment gave for one recipient: the key code, none on record, or none to be had right now.</summary>
public sealed record KeyCodeLookup(KeyCode? Key, bool Unavailable)
{
    public static readonly KeyCodeLookup NoneOnRecord = new(null, false);
    public static readonly KeyCodeLookup NotAvailable = new(null, true);
}
