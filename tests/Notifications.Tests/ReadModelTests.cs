using CareServices.Notifications.Domain.Staff;

namespace CareServices.Notifications.Tests;

/// <summary>The read models' rules for events that arrive late or out of order, without servers.</summary>
public sealed class ReadModelTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Scheduling_keeps_a_chosen_language_and_an_older_event_arriving_late_changes_nothing()
    {
        var staff = StaffMember.Of(Guid.NewGuid(), "1848");
        staff.Set("Siv", "siv@example.no", null, "nn", ["CareWorker"], "Nord");

        Assert.True(staff.FromScheduling("Siv Hansen", "Sør", ["nurse"], "nb", active: false, Noon));
        Assert.False(staff.FromScheduling("Siv", "Nord", [], "nb", active: true, Noon.AddMinutes(-5)));

        Assert.Equal(("Siv Hansen", "Sør", "nn", false, "siv@example.no"), (staff.Name, staff.Zone, staff.Language, staff.Active, staff.Email));
        Assert.Equal(["nurse"], staff.Competences);
    }
}
