using CareServices.Assessment.Api.Api.Legal;
using CareServices.Assessment.Domain.Legal;
using Microsoft.Extensions.Configuration;

namespace CareServices.Assessment.Tests.Legal;

/// <summary>A municipality's lawyer overrides a row by configuration; other municipalities and earlier dates keep the table's.</summary>
public sealed class MunicipalOverridesTests
{
    private static LegalBases With(Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void An_override_replaces_the_named_fields_and_clears_the_confirmation_flag_for_that_municipality_only()
    {
        var legal = With(new()
        {
            ["LegalBases:Overrides:0180:personalCare:Section"] = "9 kap. 1 §",
            ["LegalBases:Overrides:0180:personalCare:ValidFrom"] = "2025-07-01",
        });

        var overridden = legal.For("0180", "SE", LegalCategory.PersonalCare, new DateOnly(2026, 1, 1))!;
        var other = legal.For("1480", "SE", LegalCategory.PersonalCare, new DateOnly(2026, 1, 1))!;
        var oldLaw = legal.For("0180", "SE", LegalCategory.PersonalCare, new DateOnly(2025, 1, 1))!;

        Assert.Equal(("9 kap. 1 §", "Socialtjänstlagen (2025:400)", true, false), (overridden.Section, overridden.Law, overridden.Overridden, overridden.NeedsLawyersConfirmation));
        Assert.Equal((false, true), (other.Overridden, other.NeedsLawyersConfirmation));
        Assert.Equal(("4 kap. 1 § (bistånd i form av hemtjänst)", false), (oldLaw.Section, oldLaw.Overridden));
    }

    [Fact]
    public void An_override_of_the_appeal_deadline_is_what_the_municipality_applies()
    {
        var legal = With(new() { ["LegalBases:Overrides:1848:practicalAssistance:AppealWeeks"] = "6" });

        Assert.Equal(6, legal.For("1848", "NO", LegalCategory.PracticalAssistance, new DateOnly(2027, 1, 1))!.AppealWeeks);
        Assert.Equal(4, legal.For("1848", "NO", LegalCategory.HealthCare, new DateOnly(2027, 1, 1))!.AppealWeeks);
    }

    [Theory]
    [InlineData("LegalBases:Overrides:0180:personal_care:Section", "9 kap. 1 §", "not a legal category")]
    [InlineData("LegalBases:Overrides:0180:personalCare:Sektion", "9 kap. 1 §", "not a field that can be overridden")]
    [InlineData("LegalBases:Overrides:0180:personalCare:AppealWeeks", "four", "whole number of weeks")]
    [InlineData("LegalBases:Overrides:0180:personalCare:AppealWeeks", "0", "whole number of weeks")]
    [InlineData("LegalBases:Overrides:0180:personalCare:ValidFrom", "1.7.2025", "must be a date (yyyy-MM-dd)")]
    public void A_wrong_override_is_refused_when_the_service_starts_naming_the_key(string key, string value, string rule)
    {
        var error = Assert.Throws<InvalidOperationException>(() => With(new() { [key] = value }));

        Assert.StartsWith(string.Join(":", key.Split(":")[..4]), error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }
}
