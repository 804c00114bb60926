namespace CareServices.Assessment.Api.Api.Decisions;

/// <summary>Times are "HH:mm"; competence and co-payment default from the catalogue when absent.</summary>
public sealed record ServiceLineRequest(
    string? ServiceCode,
    int? MinutesPerVisit,
    FrequencyDto? Frequency,
    IReadOnlyList<TimeWindowDto>? TimeWindows,
    string? ExactTime,
    string? Competence,
    bool? DoubleStaffing,
    bool? CoPayment,
    string? Instructions);
