using CareServices.Documentation.Domain.Access;

namespace CareServices.Documentation.Tests.Domain;

public sealed class CareRelationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Me = Guid.NewGuid();

    private static CareRelationFacts Facts(Guid? primary = null, Guid? secondary = null, bool leader = false, string? staffZone = "Nordfold",
        Guid? caseWorker = null, params DateTimeOffset[] visits) => new(Me, leader, staffZone, "Nordfold", primary, secondary, caseWorker, visits);

    [Fact]
    public void The_primary_and_secondary_contact_person_have_a_relation() =>
        Assert.Equal(
            (CareRelationKind.PrimaryContact, CareRelationKind.SecondaryContact),
            (CareRelationRules.Find(Facts(primary: Me), Now), CareRelationRules.Find(Facts(primary: Guid.NewGuid(), secondary: Me), Now)));

    [Fact]
    public void The_recipients_case_worker_has_a_relation_and_another_case_worker_has_none() =>
        Assert.Equal(
            (CareRelationKind.CaseWorker, (CareRelationKind?)null),
            (CareRelationRules.Find(Facts(caseWorker: Me), Now), CareRelationRules.Find(Facts(caseWorker: Guid.NewGuid()), Now)));

    [Theory]
    [InlineData(-7 * 24 * 60, true)]
    [InlineData(-7 * 24 * 60 - 1, false)]
    [InlineData(24 * 60, true)]
    [InlineData(24 * 60 + 1, false)]
    [InlineData(0, true)]
    public void A_visit_gives_a_relation_from_one_day_before_to_seven_days_after(int visitMinutesFromNow, bool expected) =>
        Assert.Equal(expected, CareRelationRules.Find(Facts(visits: Now.AddMinutes(visitMinutesFromNow)), Now) == CareRelationKind.Visit);

    [Fact]
    public void A_UnitLeader_has_a_relation_to_recipients_of_their_own_zone_only() =>
        Assert.Equal(
            (CareRelationKind.ZoneUnitLeader, (CareRelationKind?)null, (CareRelationKind?)null),
            (CareRelationRules.Find(Facts(leader: true), Now), CareRelationRules.Find(Facts(leader: true, staffZone: "Leiranger"), Now),
             CareRelationRules.Find(Facts(leader: true, staffZone: null), Now)));

    [Fact]
    public void Staff_of_the_zone_who_are_not_its_UnitLeader_have_no_relation_by_zone() =>
        Assert.Null(CareRelationRules.Find(Facts(leader: false), Now));
}
