namespace CareServices.Assessment.Domain.Municipalities;

/// <summary>A tenant: one municipality (or district) with its country, working language and zones.</summary>
public sealed class Municipality
{
    private readonly List<Zone> _zones = [];

    private Municipality()
    {
    }

    /// <summary>The national municipality number (four digits in Norway and Denmark's and Sweden's own codes).</summary>
    public string Number { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Country { get; private set; } = "";
    public string Language { get; private set; } = "";
    public string TimeZone { get; private set; } = "";
    public IReadOnlyList<Zone> Zones => _zones;

    public static Municipality Create(string number, string name, string country, string language) => new()
    {
        Number = number,
        Name = name.Trim(),
        Country = country,
        Language = language,
        TimeZone = Countries.DefaultTimeZone(country),
    };

    public void Rename(string name, string language)
    {
        Name = name.Trim();
        Language = language;
    }

    /// <summary>Adds the zone or moves its centre. Zones are never removed here: recipients and staff refer to them.</summary>
    public void SetZone(string name, double latitude, double longitude)
    {
        var existing = FindZone(name);
        if (existing is null)
        {
            _zones.Add(new Zone(Number, name.Trim(), latitude, longitude));
        }
        else
        {
            existing.MoveCentre(latitude, longitude);
        }
    }

    public Zone? FindZone(string? name) =>
        name is null ? null : _zones.FirstOrDefault(z => string.Equals(z.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Today's date where the municipality is, which is what validity dates and deadlines refer to.</summary>
    public DateOnly Today(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime);
}
