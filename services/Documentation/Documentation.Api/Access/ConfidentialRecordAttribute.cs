namespace CareServices.Documentation.Api.Access;

/// <summary>
/// Endpoint metadata: the endpoint touches a recipient's confidential record, what it touches (as the access log
/// names it) and for which purpose. Every endpoint of the recipient-record group must carry it.
/// </summary>
public sealed record ConfidentialRecordAttribute(string What, RecordPurpose Purpose);
