namespace CareServices.Documentation.Domain.Measurements;

/// <summary>A weight or a nutrition screening of a recipient, as measured at a time by a staff member.</summary>
public sealed class Measurement
{
    private Measurement()
    {
    }

    public Guid Id { get; private set; }
    public string MunicipalityId { get; private set; } = "";
    public Guid RecipientId { get; private set; }
    public MeasurementKind Kind { get; private set; }
    public DateTimeOffset MeasuredAt { get; private set; }
    public decimal? WeightKg { get; private set; }
    public List<ScreeningItem> Items { get; private set; } = [];
    public int? Score { get; private set; }
    public Guid RecordedBy { get; private set; }
    public string RecordedByName { get; private set; } = "";

    public static Measurement Weight(string municipalityId, Guid recipientId, decimal kg, DateTimeOffset measuredAt, Guid recordedBy, string recordedByName) => new()
    {
        Id = Guid.CreateVersion7(measuredAt),
        MunicipalityId = municipalityId,
        RecipientId = recipientId,
        Kind = MeasurementKind.Weight,
        MeasuredAt = measuredAt,
        WeightKg = kg,
        RecordedBy = recordedBy,
        RecordedByName = recordedByName,
    };

    public static Measurement Screening(string municipalityId, Guid recipientId, IReadOnlyDictionary<string, int> answers, DateTimeOffset measuredAt,
        Guid recordedBy, string recordedByName) => new()
        {
            Id = Guid.CreateVersion7(measuredAt),
            MunicipalityId = municipalityId,
            RecipientId = recipientId,
            Kind = MeasurementKind.NutritionScreening,
            MeasuredAt = measuredAt,
            Items = [.. NutritionScreening.Items.Keys.Select(item => new ScreeningItem { Name = item, Score = answers[item] })],
            Score = answers.Values.Sum(),
            RecordedBy = recordedBy,
            RecordedByName = recordedByName,
        };
}
