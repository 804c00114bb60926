namespace CareServices.AppHost.Dashboard.Messaging;

/// <summary>A message waiting in an error queue, with what MassTransit recorded about its failure.</summary>
public sealed record DeadLetterView(
    string? MessageId,
    string? MessageType,
    string? ExceptionType,
    string? ExceptionMessage,
    string? FailedAt,
    int BodyBytes);
