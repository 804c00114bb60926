namespace CareServices.Assessment.Domain.Catalogue;

/// <summary>One entry of a municipality's service catalogue, named in the four letter languages.</summary>
public sealed class ServiceType
{
    private ServiceType()
    {
    }

    public string MunicipalityId { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string NameNb { get; private set; } = "";
    public string NameSv { get; private set; } = "";
    public string NameDa { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public Competence DefaultCompetence { get; private set; }
    public bool CoPayment { get; private set; }
    public ServiceKind Kind { get; private set; }

    public static ServiceType Create(string municipalityId, CatalogueEntry entry) => new()
    {
        MunicipalityId = municipalityId,
        Code = entry.Code,
        NameNb = entry.NameNb,
        NameSv = entry.NameSv,
        NameDa = entry.NameDa,
        NameEn = entry.NameEn,
        DefaultCompetence = entry.DefaultCompetence,
        CoPayment = entry.CoPayment,
        Kind = entry.Kind,
    };

    public void Change(CatalogueEntry entry)
    {
        NameNb = entry.NameNb;
        NameSv = entry.NameSv;
        NameDa = entry.NameDa;
        NameEn = entry.NameEn;
        DefaultCompetence = entry.DefaultCompetence;
        CoPayment = entry.CoPayment;
        Kind = entry.Kind;
    }

    /// <summary>The name in a letter language (nb, sv, da, en); Bokmål for anything else.</summary>
    public string Name(string language) => language switch
    {
        "sv" => NameSv,
        "da" => NameDa,
        "en" => NameEn,
        _ => NameNb,
    };
}
