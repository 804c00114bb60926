namespace CareServices.Documentation.Api.Access;

/// <summary>What a request does with a recipient's record; decides the rule and whether the access log records it.</summary>
public enum RecordPurpose
{
    /// <summary>Reads confidential data: needs a care relation or emergency access, and is logged.</summary>
    Read,

    /// <summary>Writes to the record: needs a care relation or emergency access; the written entry names its author.</summary>
    Write,

    /// <summary>Reads who read the record: the recipient themselves, or staff as for <see cref="Read"/>.</summary>
    AccessLog,

    /// <summary>Asks for emergency access: any staff member with a staff id, for a recipient of their municipality.</summary>
    EmergencyRequest,
}
