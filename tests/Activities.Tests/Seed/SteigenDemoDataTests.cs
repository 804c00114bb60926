using CareServices.Activities.Domain.Calendar;
using CareServices.Activities.Domain.Interests;
using CareServices.Activities.Domain.Organisers;
using CareServices.Activities.Domain.Volunteers;
using CareServices.Seed.Activities;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Activities.Tests.Seed;

/// <summary>The demo data the seeder sends is data the API accepts: known kinds, categories, interests, roles and valid rules.</summary>
public sealed class SteigenDemoDataTests
{
    [Fact]
    public void Every_organiser_kind_is_known_and_every_activity_names_a_seeded_organiser()
    {
        Assert.All(SteigenActivities.Organisers, o => Assert.True(EnumNames<OrganiserKind>.TryParse(o.Kind, out _), o.Kind));
        var names = SteigenActivities.Organisers.Select(o => o.Name).ToHashSet();
        Assert.All(SteigenActivities.Activities, a => Assert.Contains(a.Organiser, names));
    }

    [Fact]
    public void Every_activity_has_a_known_category_and_a_valid_recurrence_and_the_month_holds_the_bus_trip_and_dining_friends()
    {
        Assert.All(SteigenActivities.Activities, a =>
        {
            Assert.True(EnumNames<ActivityCategory>.TryParse(a.Category, out _), a.Category);
            Assert.True(a.Rule is null || Schedule.RecurrenceError(a.Rule) is null, a.Rule);
            Assert.True(a.End > a.Start, a.Title);
        });
        Assert.Contains(SteigenActivities.Activities, a => a.Category == "outing" && a.Transport && a.Title.Contains("Busstur", StringComparison.Ordinal));
        Assert.Contains(SteigenActivities.Activities, a => a.Category == "meal" && a.Title.Contains("Spisevenner", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_interest_and_role_of_the_volunteers_and_checklists_is_in_the_catalogue()
    {
        Assert.All(SteigenActivities.Volunteers.SelectMany(v => v.Interests).Concat(SteigenActivities.CommonInterests),
            code => Assert.NotNull(InterestCatalogue.Find(code)));
        Assert.All(SteigenActivities.Volunteers.SelectMany(v => v.Roles), role => Assert.True(EnumNames<VolunteerRole>.TryParse(role, out _), role));
        Assert.Contains(SteigenActivities.Volunteers, v => v.CertificateYearsAgo > PoliceCertificate.ValidYears);
        Assert.Contains(SteigenActivities.Volunteers, v => v.Roles.Contains("driver"));
    }
}
