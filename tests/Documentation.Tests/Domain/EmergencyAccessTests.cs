using CareServices.Documentation.Domain.Access;

namespace CareServices.Documentation.Tests.Domain;

public sealed class EmergencyAccessRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static EmergencyAccess Granted() =>
        EmergencyAccess.Grant("1848", Guid.NewGuid(), Guid.NewGuid(), "Ola", "CareWorker", "Found on the floor", Now);

    [Fact]
    public void Emergency_access_lasts_four_hours() =>
        Assert.Equal((true, true, false), (Granted().IsActiveAt(Now), Granted().IsActiveAt(Now.AddHours(4).AddTicks(-1)), Granted().IsActiveAt(Now.AddHours(4))));

    [Fact]
    public void Emergency_access_is_reviewed_once()
    {
        var access = Granted();

        Assert.Equal((false, true, false, true), (access.IsReviewed, access.Review(Guid.NewGuid(), null, Now), access.Review(Guid.NewGuid(), null, Now), access.IsReviewed));
    }
}
