namespace CareServices.Assessment.Domain.Municipalities;

/// <summary>A district of a municipality that one team serves; its centre is a planning hint, not a boundary.</summary>
public sealed class Zone
{
    private Zone()
    {
    }

    internal Zone(string municipalityId, string name, double latitude, double longitude)
    {
        MunicipalityId = municipalityId;
        Name = name;
        Latitude = latitude;
        Longitude = longitude;
    }

    public string MunicipalityId { get; private set; } = "";
    public string Name { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }

    internal void MoveCentre(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }
}
