using CareServices.Notifications.Api.Templates;
using CareServices.Notifications.Domain.Preferences;

namespace CareServices.Notifications.Tests;

/// <summary>Every template in every language, rendered from the files shipped in the service.</summary>
public sealed class TemplateTests
{
    private static readonly TemplateCatalog Catalog = TemplateCatalog.Load();

    public static TheoryData<string, string> EveryTemplateAndLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in Catalog.Templates)
        {
            foreach (var language in Languages.All)
            {
                data.Add(template, language);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateAndLanguage))]
    public void Every_template_renders_in_every_language_with_all_its_values_filled(string template, string language)
    {
        Assert.True(Catalog.Exists(template, language), $"{template} has no {language} text");
        var values = Catalog.ValueNames(template, language).ToDictionary(name => name, name => $"<{name}>");

        var message = Catalog.Render(template, language, values);

        Assert.False(string.IsNullOrWhiteSpace(message.Subject));
        Assert.False(string.IsNullOrWhiteSpace(message.Body));
        Assert.DoesNotContain("{{", message.Subject + message.Body);
    }

    [Fact]
    public void Every_template_uses_the_same_values_in_every_language()
    {
        foreach (var template in Catalog.Templates)
        {
            var norwegian = Catalog.ValueNames(template, "nb");
            Assert.All(Languages.All, language => Assert.True(norwegian.SetEquals(Catalog.ValueNames(template, language)), $"{template} ({language})"));
        }
    }

    [Fact]
    public void The_decision_templates_are_there()
    {
        Assert.Superset(new HashSet<string> { "decision-granted", "decision-changed", "decision-terminated", "decision-expiring", "digest", "sms" },
            Catalog.Templates.ToHashSet());
    }

    [Fact]
    public void The_templates_of_the_scheduling_documentation_and_activity_rules_are_there()
    {
        Assert.Superset(new HashSet<string>
        {
            "visit-rescheduled", "visit-staff-changed", "visit-cancelled", "recipient-not-home", "condition-change-reported", "deviation-reported",
            "interest-checklist-due", "activity-changed", "activity-cancelled", "activity-occurrence-cancelled",
            "volunteer-matched-volunteer", "volunteer-matched-recipient", "transport-arranged-driver", "transport-arranged-recipient",
            "visit-missed-planner", "visit-missed-escalated", "visit-missed-relatives",
        }, Catalog.Templates.ToHashSet());
    }

    [Fact]
    public void The_sms_text_names_nothing_from_the_event()
    {
        Assert.All(Languages.All, language => Assert.Empty(Catalog.ValueNames("sms", language)));
    }

    [Fact]
    public void A_value_the_template_needs_but_lacks_is_an_error_not_a_blank()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Catalog.Render("decision-terminated", "nb", new Dictionary<string, string>()));

        Assert.Contains("needs the value", error.Message);
    }
}
