using CareServices.Activities.Domain.Volunteers;

namespace CareServices.Activities.Tests.Volunteers;

public sealed class PoliceCertificateTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void A_certificate_exactly_three_years_old_still_counts() => Assert.True(PoliceCertificate.IsValid(Today.AddYears(-3), Today));

    [Fact]
    public void A_certificate_older_than_three_years_does_not_count_and_the_reason_says_so()
    {
        var issued = Today.AddYears(-3).AddDays(-1);

        Assert.False(PoliceCertificate.IsValid(issued, Today));
        Assert.Equal("has a police certificate from 2023-12-06, older than 3 years; home visits need a newer one", PoliceCertificate.Refusal(issued, Today));
    }

    [Fact]
    public void No_certificate_is_refused_for_home_visits() =>
        Assert.Equal("has no police certificate, which home visits require", PoliceCertificate.Refusal(null, Today));

    [Theory]
    [InlineData(VolunteerRole.VisitFriend, true)]
    [InlineData(VolunteerRole.SupportContact, true)]
    [InlineData(VolunteerRole.DementiaEscort, true)]
    [InlineData(VolunteerRole.Driver, false)]
    [InlineData(VolunteerRole.ActivityLeader, false)]
    public void Roles_that_visit_at_home_need_a_certificate(VolunteerRole role, bool required) =>
        Assert.Equal(required, PoliceCertificate.RequiredFor(role));
}
