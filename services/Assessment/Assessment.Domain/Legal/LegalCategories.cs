using CareServices.Assessment.Domain.Catalogue;

namespace CareServices.Assessment.Domain.Legal;

/// <summary>The legal category of the default catalogue's service types; a municipality's own types follow their kind.</summary>
public static class LegalCategories
{
    private static readonly Dictionary<string, LegalCategory> ByCode = new(StringComparer.Ordinal)
    {
        ["personal_care"] = LegalCategory.PersonalCare,
        ["shower"] = LegalCategory.PersonalCare,
        ["nutrition"] = LegalCategory.PersonalCare,
        ["supervisory_visit"] = LegalCategory.PersonalCare,
        ["medication"] = LegalCategory.HealthCare,
        ["wound_care"] = LegalCategory.HealthCare,
        ["nursing_care"] = LegalCategory.HealthCare,
        ["physical_training"] = LegalCategory.HealthCare,
        ["technical_aids"] = LegalCategory.HealthCare,
        ["cleaning"] = LegalCategory.PracticalAssistance,
        ["laundry"] = LegalCategory.PracticalAssistance,
        ["bed_change"] = LegalCategory.PracticalAssistance,
        ["shopping"] = LegalCategory.PracticalAssistance,
        ["escort"] = LegalCategory.PracticalAssistance,
        ["social_activity"] = LegalCategory.PracticalAssistance,
    };

    public static LegalCategory For(string serviceCode, ServiceKind kind) =>
        ByCode.TryGetValue(serviceCode, out var category) ? category
        : kind == ServiceKind.PracticalAssistance ? LegalCategory.PracticalAssistance : LegalCategory.HealthCare;
}
