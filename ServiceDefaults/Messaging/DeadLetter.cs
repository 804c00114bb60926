namespace CareServices.ServiceDefaults.Messaging;

/// <summary>A message in an error queue, with what MassTransit recorded about the failure.</summary>
public sealed record DeadLetter(
    string? MessageId,
    string? MessageType,
    string? ExceptionType,
    string? ExceptionMessage,
    string? FailedAt,
    int BodyBytes,
    string? MunicipalityId);
