using CareServices.Assessment.Domain.Catalogue;
using CareServices.Assessment.Domain.Legal;

namespace CareServices.Assessment.Tests.Legal;

/// <summary>The shipped legal-basis table, per country and service type, on each side of the 2025 law changes.</summary>
public sealed class LegalBasisTableTests
{
    private static readonly DateOnly Before2025 = new(2025, 6, 30);
    private static readonly DateOnly After2025 = new(2025, 7, 1);

    private static LegalBasis Row(string country, string serviceCode, DateOnly date) =>
        LegalBasisTable.Default.Find(country, LegalCategories.For(serviceCode, ServiceKind.HealthCare), date)
        ?? throw new Xunit.Sdk.XunitException($"no row for {country} {serviceCode} {date}");

    [Theory]
    [InlineData("personal_care", "bokstav b")]
    [InlineData("shower", "bokstav b")]
    [InlineData("cleaning", "bokstav b")]
    [InlineData("medication", "bokstav a")]
    [InlineData("wound_care", "bokstav a")]
    public void Norway_cites_the_health_and_care_services_act_and_gives_four_weeks_to_Statsforvalteren_under_the_patients_rights_act(string service, string letter)
    {
        foreach (var date in new[] { Before2025, After2025 })
        {
            var row = Row("NO", service, date);

            Assert.Equal("Helse- og omsorgstjenesteloven", row.Law);
            Assert.Contains("§ 3-2 første ledd nr. 6 " + letter, row.Section, StringComparison.Ordinal);
            Assert.Equal("LOV-2011-06-24-30", row.OfficialReference);
            Assert.Equal(4, row.AppealWeeks);
            Assert.Equal("Statsforvalteren", row.AppealBody);
            Assert.Contains("§ 7-2 og § 7-5", row.AppealLaw, StringComparison.Ordinal);
            Assert.Equal(AppealRoute.ThroughMunicipality, row.AppealRoute);
        }
    }

    [Theory]
    [InlineData("personal_care")]
    [InlineData("shower")]
    [InlineData("nutrition")]
    [InlineData("supervisory_visit")]
    [InlineData("cleaning")]
    [InlineData("shopping")]
    public void Sweden_grants_home_help_under_the_old_social_services_act_until_July_2025_and_the_new_one_after(string service)
    {
        var before = Row("SE", service, Before2025);
        var after = Row("SE", service, After2025);

        Assert.Equal(("SFS 2001:453", "4 kap. 1 § (bistånd i form av hemtjänst)"), (before.OfficialReference, before.Section));
        Assert.Equal("SFS 2025:400", after.OfficialReference);
        Assert.True(after.NeedsLawyersConfirmation);
        Assert.All([before, after], row => Assert.Equal((3, "förvaltningsrätten", AppealRoute.ThroughMunicipality), (row.AppealWeeks!.Value, row.AppealBody, row.AppealRoute)));
    }

    [Theory]
    [InlineData("medication")]
    [InlineData("wound_care")]
    [InlineData("nursing_care")]
    public void Sweden_cites_the_health_care_act_only_for_health_care_proper_which_has_a_complaint_not_an_appeal(string service)
    {
        foreach (var date in new[] { Before2025, After2025 })
        {
            var row = Row("SE", service, date);

            Assert.Equal(("Hälso- och sjukvårdslagen (2017:30)", "SFS 2017:30"), (row.Law, row.OfficialReference));
            Assert.Equal(AppealRoute.ComplaintOnly, row.AppealRoute);
            Assert.Null(row.AppealWeeks);
        }
    }

    [Theory]
    [InlineData("personal_care", "§ 83, stk. 1, nr. 1")]
    [InlineData("shower", "§ 83, stk. 1, nr. 1")]
    [InlineData("supervisory_visit", "§ 83, stk. 1, nr. 1")]
    [InlineData("cleaning", "§ 83, stk. 1, nr. 2")]
    public void Denmark_grants_under_the_social_services_act_until_July_2025_and_the_elderly_act_after(string service, string section)
    {
        var before = Row("DK", service, Before2025);
        var after = Row("DK", service, After2025);

        Assert.Equal(("Lov om social service", "LBK nr 909 af 03/07/2024"), (before.Law, before.OfficialReference));
        Assert.StartsWith(section, before.Section, StringComparison.Ordinal);
        Assert.Equal(("Ældreloven", "LOV nr 1651 af 30/12/2024"), (after.Law, after.OfficialReference));
        Assert.All([before, after], row => Assert.Equal((4, "Ankestyrelsen"), (row.AppealWeeks!.Value, row.AppealBody)));
    }

    [Theory]
    [InlineData("medication")]
    [InlineData("wound_care")]
    public void Denmark_cites_the_health_act_only_for_home_nursing(string service)
    {
        foreach (var date in new[] { Before2025, After2025 })
        {
            var row = Row("DK", service, date);

            Assert.Equal(("Sundhedsloven", "§ 138 (hjemmesygepleje)"), (row.Law, row.Section));
            Assert.Equal(AppealRoute.ComplaintOnly, row.AppealRoute);
        }
    }

    /// <summary>The law each country grants a category under on a date, and the appeal weeks (null: complaint only).</summary>
    private static (string Law, int? Weeks) Expected(string country, LegalCategory category, DateOnly date) => (country, category) switch
    {
        ("NO", _) => ("Helse- og omsorgstjenesteloven", 4),
        ("SE", LegalCategory.HealthCare) => ("Hälso- och sjukvårdslagen (2017:30)", null),
        ("SE", _) => (date < After2025 ? "Socialtjänstlagen (2001:453)" : "Socialtjänstlagen (2025:400)", 3),
        ("DK", LegalCategory.HealthCare) => ("Sundhedsloven", null),
        _ => (date < After2025 ? "Lov om social service" : "Ældreloven", 4),
    };

    /// <summary>What the law sees in each service type: personal care, showering, meals and supervisory visits are social services.</summary>
    private static readonly Dictionary<string, LegalCategory> CategoryOf = new(StringComparer.Ordinal)
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

    public static TheoryData<string> CatalogueServices => new(DefaultCatalogue.Entries.Select(e => e.Code));

    // Every type of the catalogue, so a type added to it fails here until its legal category is decided.
    [Theory]
    [MemberData(nameof(CatalogueServices))]
    public void Every_service_type_of_the_default_catalogue_has_its_law_in_every_country_on_each_side_of_the_2025_changes(string service)
    {
        Assert.True(CategoryOf.TryGetValue(service, out var category), $"{service}: no legal category expected yet");
        Assert.Equal(category, LegalCategories.For(service, DefaultCatalogue.Entries.Single(e => e.Code == service).Kind));
        foreach (var (country, date) in from c in new[] { "NO", "SE", "DK" } from d in new[] { Before2025, After2025 } select (c, d))
        {
            var row = LegalBasisTable.Default.Find(country, category, date) ?? throw new Xunit.Sdk.XunitException($"no row for {country} {service} {date}");

            Assert.Equal(Expected(country, category, date), (row.Law, row.AppealWeeks));
        }
    }

    [Fact]
    public void Every_row_names_its_official_reference_source_appeal_body_and_how_to_appeal_and_a_flagged_row_says_why()
    {
        Assert.All(LegalBasisTable.Default.Rows, row =>
        {
            Assert.False(string.IsNullOrWhiteSpace(row.OfficialReference));
            Assert.StartsWith("https://", row.Source, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(row.AppealBody));
            Assert.False(string.IsNullOrWhiteSpace(row.HowToAppeal));
            Assert.Equal(row.AppealRoute == AppealRoute.ThroughMunicipality, row.AppealWeeks is > 0);
            Assert.Equal(row.NeedsLawyersConfirmation, !string.IsNullOrWhiteSpace(row.ConfirmationNote));
        });
    }

    [Fact]
    public void A_table_with_a_gap_between_periods_is_refused()
    {
        var row = LegalBasisTable.Default.Find("SE", LegalCategory.PersonalCare, Before2025)!;

        var error = Assert.Throws<InvalidOperationException>(() => new LegalBasisTable(
        [
            row with { ValidFrom = null, ValidUntil = new DateOnly(2025, 7, 1) },
            row with { ValidFrom = new DateOnly(2025, 8, 1), ValidUntil = null },
        ]));

        Assert.Contains("must start the day the previous one stops", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("my_own_cleaning", ServiceKind.PracticalAssistance, LegalCategory.PracticalAssistance)]
    [InlineData("my_own_nursing", ServiceKind.HealthCare, LegalCategory.HealthCare)]
    [InlineData("shower", ServiceKind.HealthCare, LegalCategory.PersonalCare)]
    public void A_municipalitys_own_service_type_follows_its_kind_and_the_default_catalogue_its_legal_category(string code, ServiceKind kind, LegalCategory expected) =>
        Assert.Equal(expected, LegalCategories.For(code, kind));
}
